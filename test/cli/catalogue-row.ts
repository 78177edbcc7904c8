/**
 * The catalogue's rows (see catalogue.test.ts): what a row says, and helpers to read the files a
 * run wrote.
 */
import ExcelJS from "exceljs";
import type { Make } from "./catalogue-inputs";
import type { CliResult } from "./run-cli";

export interface Row {
  name: string;
  make: Make;
  /** After `score`; "@name" is a file in the case's folder. */
  args: string[];
  code: 0 | 1 | 2;
  /** What stdout + stderr must contain. */
  says: string | RegExp;
  /** What they must not contain. */
  never?: Array<string | RegExp>;
  /** Files (besides the input) that must keep their bytes. */
  kept?: string[];
  /** Files the run creates; by default out.xlsx (and report.json when asked) unless the code is 1. */
  writes?: string[];
  /** Further checks of the files written. */
  check?: (dir: string, r: CliResult) => Promise<void>;
}

/** score IN --out OUT, the files in the case's folder. */
export const IN = ["@in.xlsx", "--out", "@out.xlsx"];

export async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}
