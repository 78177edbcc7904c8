/**
 * Walking the rows below the headers: managers (with their region, merged, repeated or carried
 * down), and the rows skipped (blank, subtotal, rows without a name).
 */
import { cellAddress } from "./address";
import type { ManagerRow, SkippedRow } from "./detection";
import { isBlankValue, type Grid } from "./grid";
import { isSubtotalText } from "./header-scan";

export interface RowWalk {
  managers: ManagerRow[];
  skipped: SkippedRow[];
  regionCount: number;
}

function rowIsBlank(grid: Grid, row: number, lastCol: number): boolean {
  const values = grid.snapshot.values[row];
  if (!values) return true;
  const end = Math.min(values.length - 1, lastCol);
  for (let c = 0; c <= end; c++) if (!isBlankValue(values[c])) return false;
  return true;
}

export function walkManagerRows(
  grid: Grid,
  firstRow: number,
  nameCol: number,
  regionCol: number | null,
  lastInputCol: number,
): RowWalk {
  const managers: ManagerRow[] = [];
  const skipped: SkippedRow[] = [];
  const pending: SkippedRow[] = [];
  const regions = new Set<string>();
  let region = "";
  for (let r = firstRow; r < grid.snapshot.rowCount; r++) {
    const name = grid.text(r, nameCol).trim();
    const regionText = regionCol === null ? "" : grid.text(r, regionCol).trim();
    if (isSubtotalText(name) || isSubtotalText(regionText)) {
      pending.push({ row: r, reason: "subtotal", text: name || regionText });
      continue;
    }
    if (name === "") {
      const blank = rowIsBlank(grid, r, lastInputCol);
      pending.push({ row: r, reason: blank ? "blank" : "noName", text: regionText });
      continue;
    }
    if (regionText !== "") region = regionText;
    skipped.push(...pending);
    pending.length = 0;
    regions.add(region);
    managers.push({ row: r, name, region, nameCell: cellAddress(r, nameCol) });
  }
  // Trailing rows after the last manager: notes and subtotals are listed, blank rows are not.
  for (const p of pending) if (p.reason !== "blank") skipped.push(p);
  return { managers, skipped, regionCount: regions.size };
}
