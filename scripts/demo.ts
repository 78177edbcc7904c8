/**
 * `npm run demo`, the README's main job: scores the bundled sample into out/ with a JSON report.
 * The sample deliberately holds a bad cell (八十), so the command line exits 2 ("input problems,
 * outputs written"); for the demo that is success, any other non-zero code is a failure.
 */
import { resolve } from "node:path";
import { main } from "../src/cli/main";

process.chdir(resolve(__dirname, ".."));
const args = [
  "score",
  "assets/samples/sample-2014-05.xlsx",
  "--out",
  "out/sample-2014-05-scored.xlsx",
  "--report",
  "out/sample-2014-05-report.json",
  ...process.argv.slice(2),
];

main(args, { out: (text) => process.stdout.write(text), err: process.stderr }).then((code) => {
  process.exitCode = code === 2 ? 0 : code;
});
