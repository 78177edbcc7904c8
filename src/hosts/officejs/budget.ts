/**
 * Excel on the web rejects a request or response over 5 MB. A read or write is split into row blocks whose
 * estimated payload stays under a budget; a sheet that fits is read or written in one request.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;
/** Headroom for JSON framing and our estimate's error. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;
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

/** Bytes a string costs in a request (UTF-8, JSON-escaped roughly). */
export function textBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Groups items, in order, so that each group's summed cost stays under `budget` (an item is never split). */
export function groupByBudget<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && used + c > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
