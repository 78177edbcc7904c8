/**
 * Where the scores go: each indicator's score column (an existing 得分 column under the indicator,
 * else a new column in our block right of the last used column), then 总分, 区域排名, 总排名, and in
 * formula mode 评分项数 (the rank formulas count it). Derived from the detection and the mode alone,
 * so a rerun on a scored sheet finds the same layout.
 */
import type { RuleSetMeta } from "../engine/types";
import type { Detection } from "./detection";
import type { Rect } from "./types";

export interface ScoreLayout {
  /** Score column by indicator id. */
  indicatorCols: Record<string, number>;
  /** Indicators whose score column is in our block, in block order. */
  blockIndicators: string[];
  totalCol: number;
  rankInRegionCol: number;
  rankCol: number;
  /** Formula mode: 评分项数, the count of the manager's scored indicators, right of 总排名. */
  scoredCountCol?: number;
  /** Our block's columns (inclusive). */
  blockLeft: number;
  blockRight: number;
  /** Header rows the block writes: top header row … field row. */
  headerTop: number;
  fieldRow: number;
}

export function scoreLayout(rs: RuleSetMeta, d: Detection, withScoredCount = false): ScoreLayout {
  const indicatorCols: Record<string, number> = {};
  const blockIndicators: string[] = [];
  let col = d.lastInputCol + 1;
  const blockLeft = col;
  for (const ind of rs.indicators) {
    const existing = d.scoreColumns[ind.id];
    if (existing !== undefined) indicatorCols[ind.id] = existing;
    else {
      indicatorCols[ind.id] = col++;
      blockIndicators.push(ind.id);
    }
  }
  const totalCol = col++;
  const rankInRegionCol = col++;
  const rankCol = col;
  const scoredCountCol = withScoredCount ? rankCol + 1 : undefined;
  const headerTop = d.headerRows[0] ?? Math.max(0, (d.firstManagerRow ?? 1) - 1);
  const fieldRow = d.fieldRow ?? d.headerRows[d.headerRows.length - 1] ?? headerTop;
  return {
    indicatorCols,
    blockIndicators,
    totalCol,
    rankInRegionCol,
    rankCol,
    ...(scoredCountCol === undefined ? {} : { scoredCountCol }),
    blockLeft,
    blockRight: scoredCountCol ?? rankCol,
    headerTop,
    fieldRow,
  };
}

/** Consecutive rows grouped into [first, last] runs (rows sorted ascending). */
export function rowRuns(rows: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

export function blockRect(layout: ScoreLayout, bottom: number): Rect {
  return { top: layout.headerTop, left: layout.blockLeft, bottom, right: layout.blockRight };
}
