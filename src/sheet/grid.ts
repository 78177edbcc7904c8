/**
 * Read access to a snapshot that honours merged areas: a merged area's value belongs to every
 * cell it covers.
 */
import type { CellValue, Rect, SheetSnapshot } from "./types";

export interface Grid {
  readonly snapshot: SheetSnapshot;
  /** The merged area covering a cell, if any. */
  mergeAt(row: number, col: number): Rect | undefined;
  /** Raw value, taken from the merged area's top-left cell when the cell is merged. */
  value(row: number, col: number): CellValue;
  /** Display text (falls back to the raw value), merged areas resolved. */
  text(row: number, col: number): string;
}

export function cellText(s: SheetSnapshot, row: number, col: number): string {
  const t = s.text[row]?.[col];
  if (t !== undefined && t !== "") return t;
  const v = s.values[row]?.[col];
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  return String(v);
}

export function makeGrid(snapshot: SheetSnapshot): Grid {
  const width = Math.max(snapshot.colCount, 1);
  const covered = new Map<number, Rect>();
  for (const m of snapshot.merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) covered.set(r * width + c, m);
  }
  const mergeAt = (row: number, col: number): Rect | undefined =>
    covered.size === 0 ? undefined : covered.get(row * width + col);
  return {
    snapshot,
    mergeAt,
    value(row, col) {
      const m = mergeAt(row, col);
      return (m ? snapshot.values[m.top]?.[m.left] : snapshot.values[row]?.[col]) ?? null;
    },
    text(row, col) {
      const m = mergeAt(row, col);
      return m ? cellText(snapshot, m.top, m.left) : cellText(snapshot, row, col);
    },
  };
}

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
