/**
 * Excel on the web rejects a request or response over 5 MB. A read or write is split into row blocks whose
 * estimated payload stays under a budget; a sheet that fits is read or written in one request.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;
/** Headroom under the 5 MB limit for JSON framing and our estimate's error (estimates err on the high side). */
export const DEFAULT_BUDGET_BYTES = 4_400_000;
/**
 * Estimated bytes per cell for values + text + numberFormat as JSON ("12.5","12.5","General" plus
 * separators). CJK text is longer; numbers and "General" dominate a scoring sheet.
 */
export const READ_BYTES_PER_CELL = 30;

export interface RowBlock {
  top: number;
  rows: number;
}

/** Splits `rowCount` rows of `colCount` cells into blocks of at most `budget` estimated bytes each. */
export function rowBlocks(rowCount: number, colCount: number, budget: number): RowBlock[] {
  if (rowCount === 0 || colCount === 0) return [];
  const rowsPerBlock = Math.max(1, Math.floor(budget / (colCount * READ_BYTES_PER_CELL)));
  const blocks: RowBlock[] = [];
  for (let top = 0; top < rowCount; top += rowsPerBlock) {
    blocks.push({ top, rows: Math.min(rowsPerBlock, rowCount - top) });
  }
  return blocks;
}

/** Bytes a string costs in a request or response: UTF-8 as a JSON string, quotes and escapes counted. */
export function textBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20) bytes += 2;
    else bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}
