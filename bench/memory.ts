/**
 * Bench part "memory": the peak memory of `gridscore score` on a generated 20,000-manager workbook
 * (notes on), against ExcelJS alone loading and saving the same workbook unchanged, each in a
 * process of its own (peak resident set size, from bench/peak-rss.cjs). Target: ratio ≤ 1.5.
 * The floor runs as plain JavaScript, as the command runs from its prebuilt bundle: no loader in
 * either. Standalone: `npx tsx bench/memory.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { ensureFreshCliBundle } from "./cli-bundle";
import { makeBenchWorkbook } from "../scripts/make-bench-workbook";

const ROOT = resolve(__dirname, "..");
const OUT = resolve(ROOT, ".tmp/bench-memory");
const MANAGERS = 20_000;
const WORKBOOK = resolve(ROOT, `.tmp/bench-${MANAGERS / 1000}k.xlsx`);

const FLOOR = `
const ExcelJS = require("exceljs");
const { readFileSync, writeFileSync } = require("node:fs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(process.argv[1]));
  writeFileSync(process.argv[2], new Uint8Array(await wb.xlsx.writeBuffer()));
})();`;

/** Runs node with `args` and returns the peak resident set size (MB) of it and any Node it starts. */
function peakMb(name: string, args: string[]): number {
  const file = resolve(OUT, `${name}.peak`);
  rmSync(file, { force: true });
  const r = spawnSync(process.execPath, ["--require", resolve(__dirname, "peak-rss.cjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, PEAK_RSS_FILE: file },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0 && r.status !== 2) throw new Error(`${name} failed (${r.status}): ${r.stderr}`);
  const peaks = readFileSync(file, "utf8").trim().split("\n").map(Number);
  return Math.max(...peaks) / 1024;
}

export async function run(): Promise<void> {
  ensureFreshCliBundle();
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(WORKBOOK)) await makeBenchWorkbook(MANAGERS, WORKBOOK);
  const floor = peakMb("io-floor", ["-e", FLOOR, WORKBOOK, resolve(OUT, "floor.xlsx")]);
  const cli = peakMb("cli", ["bin/gridscore.cjs", "score", WORKBOOK, "--out", resolve(OUT, "scored.xlsx")]);
  console.log(`workbook: ${MANAGERS.toLocaleString("en")} managers × 40 columns; peak resident memory:`);
  console.log(`mb io-floor-peak/20k: ${floor.toFixed(0)}`);
  console.log(`mb cli-peak/20k: ${cli.toFixed(0)}`);
  console.log(`ratio cli-peak/io-floor-peak: ${(cli / floor).toFixed(2)}`);
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
