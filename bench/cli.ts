/**
 * Bench part "cli": on a generated 10,000-manager workbook (40 columns), the
 * command line end to end (`gridscore score`, a fresh process: start-up, read, detect, score,
 * explain, write 160,000 notes, save) against the I/O floor (ExcelJS loading the same workbook
 * and saving it unchanged, timed inside its own process). Target: ratio ≤ 2.
 * Runs alternate floor and CLI so that both see the same machine load; medians are reported.
 * Standalone: `npx tsx bench/cli.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ensureFreshCliBundle } from "./cli-bundle";
import { BENCH_WORKBOOK, makeBenchWorkbook } from "../scripts/make-bench-workbook";
import { median } from "./timing";

const ROOT = resolve(__dirname, "..");
const RUNS = 5;
const OUT = resolve(ROOT, ".tmp/bench-cli");

function node(args: string[]): { ms: number; stdout: string; status: number | null } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 2)
    throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout, status: r.status };
}

/** The floor's load + save, and the same with the time to load ExcelJS itself. */
function floorMs(input: string): { ms: number; withLibrary: number } {
  const r = node(["--import", "tsx", "bench/io-floor.ts", input, resolve(OUT, "floor.xlsx")]);
  const m = /^ms (\d+)$/m.exec(r.stdout);
  const lib = /^library ms (\d+)$/m.exec(r.stdout);
  if (!m || !lib) throw new Error(`io-floor printed no time: ${r.stdout}`);
  return { ms: Number(m[1]), withLibrary: Number(m[1]) + Number(lib[1]) };
}

function cliMs(input: string): number {
  return node(["bin/gridscore.cjs", "score", input, "--out", resolve(OUT, "scored.xlsx")]).ms;
}

export async function run(): Promise<void> {
  ensureFreshCliBundle();
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(BENCH_WORKBOOK)) await makeBenchWorkbook(10_000, BENCH_WORKBOOK);
  const floors: number[] = [];
  const withLibrary: number[] = [];
  const clis: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const f = floorMs(BENCH_WORKBOOK);
    floors.push(f.ms);
    withLibrary.push(f.withLibrary);
    clis.push(cliMs(BENCH_WORKBOOK));
  }
  const floor = median(floors);
  const cli = median(clis);
  const size = (path: string) => (statSync(path).size / 1e6).toFixed(1) + " MB";
  console.log(
    `workbook: 10,000 managers × 40 columns, ${size(BENCH_WORKBOOK)}; scored copy ${size(resolve(OUT, "scored.xlsx"))}`,
  );
  console.log(
    `I/O floor (ExcelJS load + save unchanged), runs: ${floors.map((n) => n.toFixed(0)).join(", ")} ms`,
  );
  console.log(
    `gridscore score end to end (fresh process), runs: ${clis.map((n) => n.toFixed(0)).join(", ")} ms`,
  );
  // For context only: the CLI's time includes loading its code (ExcelJS within it); the floor's does not.
  const floorWithLibrary = median(withLibrary);
  console.log(
    `for context: the floor with loading ExcelJS itself ${floorWithLibrary.toFixed(0)} ms, ` +
      `ratio ${(cli / floorWithLibrary).toFixed(2)} (the target is on the ratio below)`,
  );
  console.log(`ms io-floor/10k: ${floor.toFixed(0)}`);
  console.log(`ms cli/10k: ${cli.toFixed(0)}`);
  console.log(`ratio cli/io-floor: ${(cli / floor).toFixed(2)}`);
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
