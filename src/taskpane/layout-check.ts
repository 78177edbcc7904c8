/**
 * Before a partial re-score writes only the edited rows, the sheet must still be laid out as it was
 * scored: otherwise the cached row and column numbers point at other cells, and the write would land in
 * the wrong place. Inserted or deleted rows and columns are reported by Excel and re-score everything;
 * this check is the second guard, for whatever was not reported (or a host that reports nothing).
 */
import type { ScoreRun } from "../sheet/pipeline";
import type { CellValue, SheetSnapshot } from "../sheet/types";

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * True when `fresh` keeps the layout `run` was scored on: the header rows (over the input columns) read
 * the same, every manager's name is in its row, and the headers of our score block are where we wrote them.
 */
export function sameLayout(run: ScoreRun, fresh: SheetSnapshot): boolean {
  const d = run.detection;
  const before = run.snapshot;
  if (!d.ok || d.nameCol === null || d.firstManagerRow === null) return false;
  const nameCol = d.nameCol;
  const headerRows = [...d.headerRows, ...(d.weightsRow === null ? [] : [d.weightsRow])];
  for (const r of headerRows)
    for (let c = 0; c <= d.lastInputCol; c++)
      if (!same(before.values[r]?.[c], fresh.values[r]?.[c])) return false;
  if (d.managers.some((m) => !same(m.name, fresh.values[m.row]?.[nameCol]))) return false;
  const firstManagerRow = d.firstManagerRow;
  const headerBlocks = run.plan.blocks.filter((b) => b.top + b.values.length <= firstManagerRow);
  return headerBlocks.every((b) =>
    b.values.every((row, i) =>
      row.every((v, j) => typeof v !== "string" || same(v, fresh.values[b.top + i]?.[b.left + j])),
    ),
  );
}
