/**
 * The command line as an install runs it: from its prebuilt bundle (bin/cli-bundle.cjs, built by
 * `prepare`), not through tsx because a source was edited since. Bench parts that run `gridscore`
 * call this first.
 */
import { resolve } from "node:path";

interface CliBundle {
  freshBundle(): string | null;
  buildBundle(): void;
}

export function ensureFreshCliBundle(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = require(resolve(__dirname, "../bin/cli-bundle.cjs")) as CliBundle;
  if (bundle.freshBundle() !== null) return;
  bundle.buildBundle();
  console.log("command line bundle rebuilt (the sources were newer)");
}
