/**
 * The I/O floor of the CLI bench, run in its own process: ExcelJS loads a workbook and saves it
 * unchanged, the way any tool built on ExcelJS must at least. Prints `ms <number>` (load + save)
 * and `library ms <number>` (loading ExcelJS itself, before that).
 * `npx tsx bench/io-floor.ts IN.xlsx OUT.xlsx`
 */
import { readFileSync, writeFileSync } from "node:fs";

/** Load + save, and the time to load the library itself (which the CLI's end-to-end time includes). */
async function floor(input: string, output: string): Promise<{ ms: number; libraryMs: number }> {
  const loading = performance.now();
  const { default: ExcelJS } = await import("exceljs");
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
  writeFileSync(output, new Uint8Array(await wb.xlsx.writeBuffer()));
  return { ms: performance.now() - start, libraryMs: start - loading };
}

floor(process.argv[2], process.argv[3]).then(
  ({ ms, libraryMs }) => console.log(`ms ${ms.toFixed(0)}\nlibrary ms ${libraryMs.toFixed(0)}`),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
