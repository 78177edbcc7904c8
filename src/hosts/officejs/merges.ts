import type { CellValue, Rect } from "../../sheet/types";

/**
 * Fallback when Excel cannot list merged areas (before ExcelApi 1.13, or past its 512-area limit):
 * infer the header merges that matter for detection. In the header band (rows above the first row that
 * is mostly numbers, at most 6), a header followed by blank cells whose column still has a header below
 * it is taken as merged across those cells (the category and indicator rows of a scoring sheet).
 * Merged region cells need no inference: the sheet pipeline carries a region down blank cells.
 */
const MAX_HEADER_ROWS = 6;

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function isMostlyNumbers(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isBlank(v));
  return filled.length > 0 && filled.filter((v) => typeof v === "number").length * 2 >= filled.length;
}

function headerBand(values: readonly CellValue[][]): number {
  const limit = Math.min(values.length, MAX_HEADER_ROWS);
  for (let r = 0; r < limit; r++) if (isMostlyNumbers(values[r])) return r;
  return limit;
}

function hasHeaderBelow(values: readonly CellValue[][], row: number, col: number, band: number): boolean {
  for (let r = row + 1; r < band; r++) if (!isBlank(values[r][col])) return true;
  return false;
}

export function inferHeaderMerges(values: readonly CellValue[][]): Rect[] {
  const band = headerBand(values);
  const merges: Rect[] = [];
  for (let r = 0; r < band; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      let right = c;
      while (right + 1 < row.length && isBlank(row[right + 1]) && hasHeaderBelow(values, r, right + 1, band))
        right++;
      if (right > c) merges.push({ top: r, left: c, bottom: r, right });
      c = right;
    }
  }
  return merges;
}
