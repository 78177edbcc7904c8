/**
 * Our block's header cells, matching the sheet's header rows: the category over its indicators'
 * score columns (merged when several), the indicator, then `得分`; `总分`, `区域排名`, `总排名`
 * (and formula mode's `评分项数`) merged down the header rows; each indicator's weight in the weights row.
 */
import type { RuleSetMeta } from "../engine/types";
import type { Detection } from "./detection";
import type { ScoreLayout } from "./layout";
import { BLOCK_HEADERS } from "./synonyms";
import type { Rect, WriteValue } from "./types";

export interface HeaderCells {
  cells: Array<{ row: number; col: number; value: WriteValue }>;
  merges: Rect[];
}

export function blockHeaders(rs: RuleSetMeta, d: Detection, layout: ScoreLayout): HeaderCells {
  const cells: HeaderCells["cells"] = [];
  const merges: Rect[] = [];
  const { fieldRow, headerTop } = layout;
  const indicatorRow = d.indicatorRow !== null && d.indicatorRow < fieldRow ? d.indicatorRow : null;
  const categoryRow =
    d.categoryRow !== null && indicatorRow !== null && d.categoryRow < indicatorRow ? d.categoryRow : null;
  const byId = new Map(rs.indicators.map((i) => [i.id, i]));
  const categoryName = new Map(
    rs.categories.map((c) => [c.id, d.categoryHeaders[c.id] ?? c.headers[0] ?? c.name["zh-CN"]]),
  );

  let run: { category: string; from: number; to: number } | null = null;
  const closeRun = (): void => {
    if (!run || categoryRow === null) return;
    cells.push({ row: categoryRow, col: run.from, value: categoryName.get(run.category) ?? run.category });
    if (run.to > run.from)
      merges.push({ top: categoryRow, left: run.from, bottom: categoryRow, right: run.to });
  };
  for (const id of layout.blockIndicators) {
    const ind = byId.get(id);
    if (!ind) continue;
    const col = layout.indicatorCols[id];
    if (indicatorRow !== null)
      cells.push({
        row: indicatorRow,
        col,
        value: d.indicatorHeaders[id] ?? ind.headers[0] ?? ind.name["zh-CN"],
      });
    cells.push({ row: fieldRow, col, value: BLOCK_HEADERS.score });
    if (d.weightsRow !== null) cells.push({ row: d.weightsRow, col, value: ind.weight });
    if (run && run.category === ind.category && run.to === col - 1) run.to = col;
    else {
      closeRun();
      run = { category: ind.category, from: col, to: col };
    }
  }
  closeRun();
  const tail: Array<[number, string]> = [
    [layout.totalCol, BLOCK_HEADERS.total],
    [layout.rankInRegionCol, BLOCK_HEADERS.rankInRegion],
    [layout.rankCol, BLOCK_HEADERS.rank],
  ];
  if (layout.scoredCountCol !== undefined) tail.push([layout.scoredCountCol, BLOCK_HEADERS.scoredCount]);
  for (const [col, text] of tail) {
    cells.push({ row: headerTop, col, value: text });
    if (fieldRow > headerTop) merges.push({ top: headerTop, left: col, bottom: fieldRow, right: col });
  }
  return { cells, merges };
}
