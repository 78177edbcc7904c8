/**
 * The I/O floor of the CLI bench, run in its own process: ExcelJS loads a workbook and saves it
 * unchanged, the way any tool built on ExcelJS must at least. Prints `ms <number>`.
 * `npx tsx bench/io-floor.ts IN.xlsx OUT.xlsx`
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";

async function floor(input: string, output: string): Promise<number> {
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
  writeFileSync(output, new Uint8Array(await wb.xlsx.writeBuffer()));
  return performance.now() - start;
}

floor(process.argv[2], process.argv[3]).then(
  (ms) => console.log(`ms ${ms.toFixed(0)}`),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
