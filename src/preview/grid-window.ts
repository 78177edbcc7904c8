/**
 * Which columns the preview's grid renders: those that can be in view, from column A up to a little past
 * the right edge of what is scrolled to. A sheet is often three screens wide (the sample's 40 columns
 * with Chinese headers); the columns off to the right are rendered when the grid scrolls towards them.
 *
 * Widths are estimated from the cells' text, never more than the browser gives them (12 px per wide
 * character, 6 px per narrow one, at the grid's 12 px font): an estimate errs on rendering more columns.
 */
import type { SheetSnapshot } from "../sheet/types";

/** The narrowest a column is drawn (the cell's min-width), and its padding and border. */
const MIN_WIDTH = 40;
const EXTRA = 9;
const WIDE = 12;
const NARROW = 6;
/** How far past the visible edge columns are rendered, in widths of the visible area. */
export const AHEAD = 0.1;

/** A text's width in px at most (wide: CJK and full-width forms). */
function textWidth(text: string): number {
  let px = 0;
  for (let i = 0; i < text.length; i++) px += text.charCodeAt(i) >= 0x1100 ? WIDE : NARROW;
  return px;
}

/** Each column's width at most as wide as the browser lays it out (merged cells left out). */
export function estimatedWidths(snapshot: SheetSnapshot): number[] {
  const merged = new Set<string>();
  for (const m of snapshot.merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.add(`${r},${c}`);
  const widths = new Array<number>(snapshot.colCount).fill(MIN_WIDTH + EXTRA);
  snapshot.text.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === "" || c >= widths.length || merged.has(`${r},${c}`)) return;
      widths[c] = Math.max(widths[c], textWidth(text) + EXTRA);
    }),
  );
  return widths;
}

/**
 * How many columns (from A) to render so that everything up to `right` px is drawn; at least `atLeast`
 * (a selected or edited cell's column + 1).
 */
export function columnsFor(widths: readonly number[], right: number, atLeast = 0): number {
  let x = 0;
  let n = 0;
  while (n < widths.length && x <= right) x += widths[n++];
  return Math.min(widths.length, Math.max(n, atLeast));
}

/** A merged area's column span, cut at the last rendered column. */
export function clippedSpan(left: number, cols: number, shown: number): number {
  return Math.max(1, Math.min(cols, shown - left));
}
