/**
 * Bench part `libreoffice`: the 10,000-manager workbook scored by the command line in value mode
 * (the full product: with an explanation note on every score), against LibreOffice headless loading
 * the formula-mode version of the same workbook and recalculating every score, total and rank (what
 * staff would otherwise do with hand-written formulas, which have no notes: the formula version is
 * written with `notes: false`, as `--formulas --no-notes` does; LibreOffice imports each note slowly).
 * Ends with `ms cli/10k`, `ms libreoffice/10k` and `ratio cli/libreoffice` (below 1 = the CLI is faster).
 */
import { formulaWriter } from "../src/formula/writer";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { BENCH_WORKBOOK, makeBenchWorkbook } from "../scripts/make-bench-workbook";
import { zlibCodec } from "../src/cli/zlib-codec";
import { xiaoshan201405 } from "../src/engine";
import { LibreOffice } from "../src/formula/libreoffice";
import { ExcelJsHost } from "../src/hosts/xlsx/exceljs-host";
import { scoreWorkbook } from "../src/sheet/pipeline";

const OUT = resolve(__dirname, "../.tmp/bench-libreoffice");
const CLI = resolve(__dirname, "../bin/gridscore.cjs");
const SAMPLE = resolve(__dirname, "../assets/samples/sample-2014-05.xlsx");

function runCli(input: string, out: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, "score", input, "--out", out],
      { maxBuffer: 64 * 1024 * 1024 },
      (error) => {
        // Exit code 2 means "scored, with input problems" (the bench workbook has some on purpose).
        if (error && error.code !== 2) fail(error);
        else done();
      },
    );
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function formulaVersion(input: string): Promise<Uint8Array> {
  const host = await ExcelJsHost.load(readFileSync(input), { codec: zlibCodec });
  await scoreWorkbook(host, {
    ruleSet: xiaoshan201405,
    locale: "zh-CN",
    writer: formulaWriter(xiaoshan201405, "zh-CN"),
    notes: false,
  });
  return host.save();
}

export async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const input = existsSync(BENCH_WORKBOOK) ? BENCH_WORKBOOK : await makeBenchWorkbook();
  const formulas = await formulaVersion(input);
  writeFileSync(resolve(OUT, "formulas.xlsx"), formulas);
  console.log(
    `formula version (--formulas --no-notes, as hand-written formulas would be): ${(formulas.length / 1e6).toFixed(1)} MB`,
  );

  const lo = new LibreOffice();
  try {
    await lo.recalculate(readFileSync(SAMPLE)); // first start initialises the profile: not timed
    await runCli(SAMPLE, resolve(OUT, "warm.xlsx"));
    const cliMs = await timed(() => runCli(input, resolve(OUT, "scored.xlsx")));
    const loMs = await timed(() => lo.recalculate(formulas));
    console.log(
      `CLI, value mode with notes, 10,000 managers: ${(cliMs / 1000).toFixed(1)} s (process start to written file)`,
    );
    console.log(
      `LibreOffice headless, formula version without notes, load + recalculate + save: ${(loMs / 1000).toFixed(1)} s`,
    );
    console.log(`ms cli/10k: ${Math.round(cliMs)}`);
    console.log(`ms libreoffice/10k: ${Math.round(loMs)}`);
    console.log(`ratio cli/libreoffice: ${(cliMs / loMs).toFixed(3)}`);
  } finally {
    lo.dispose();
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
