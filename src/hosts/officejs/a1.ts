import { cellAddress, parseRangeAddress } from "../../sheet/address";
import type { Rect } from "../../sheet/types";

/** A sheet name as Excel wants it in an address: quoted unless it is a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'考核表'!F7" — comments and notes must be added with a sheet-qualified address. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

/** An address Excel gave us; throws when Excel's own answer is unreadable (a broken invariant). */
export function rectOf(address: string): Rect {
  const rect = parseRangeAddress(address);
  if (!rect) throw new RangeError(`Excel returned an address GridScore cannot read: ${address}`);
  return rect;
}

const AREA = /(?:'(?:[^']|'')*'|[^,'!\s]+)!\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?/g;

/** "Sheet1!A1:C1, Sheet1!A6:A12" (a RangeAreas address) → one Rect per area. */
export function parseAreasAddress(address: string): Rect[] {
  return (address.match(AREA) ?? []).map(rectOf);
}

/** Excel's last row and column (0-based): 1,048,576 rows and 16,384 columns. */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/**
 * The address of a change event: a cell or range ("E7", "A1:C3"), or whole rows or columns ("5:7",
 * "C:E") as Excel gives them when rows or columns are inserted or deleted. Null when unreadable.
 */
export function parseEventAddress(address: string): Rect | null {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: LAST_COL };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(bare);
  if (cols) {
    const left = parseRangeAddress(`${cols[1]}1`)?.left;
    const right = parseRangeAddress(`${cols[2]}1`)?.left;
    if (left === undefined || right === undefined) return null;
    return { top: 0, bottom: LAST_ROW, left, right };
  }
  return parseRangeAddress(bare);
}
