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

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
