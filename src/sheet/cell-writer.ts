/**
 * The seam between planning and what a score cell holds. Value mode (here) writes numbers and the
 * "not scored" text; formula mode supplies another CellWriter that returns
 * `{ formula, cached }` for the same cells, with the same context.
 */
import type { IndicatorResult, Locale, ManagerResult } from "../engine/types";
import type { Detection } from "./detection";
import type { ScoreLayout } from "./layout";
import type { SheetSnapshot, WriteValue } from "./types";

export interface ManagerCellContext {
  result: ManagerResult;
  /** 0-based row and column of the cell being written. */
  row: number;
  col: number;
  layout: ScoreLayout;
  detection: Detection;
  /** Every manager's result (totals and ranks refer to all of them). */
  all: readonly ManagerResult[];
  /** The sheet as read (formula mode reads input cells' raw values and merges). */
  snapshot?: SheetSnapshot;
}

export interface IndicatorCellContext extends ManagerCellContext {
  indicator: IndicatorResult;
}

export interface CellWriter {
  indicator(ctx: IndicatorCellContext): WriteValue;
  total(ctx: ManagerCellContext): WriteValue;
  rankInRegion(ctx: ManagerCellContext): WriteValue;
  rank(ctx: ManagerCellContext): WriteValue;
  /** Formula mode's 评分项数 cell; the layout has that column only when the writer has this. */
  scoredCount?(ctx: ManagerCellContext): WriteValue;
  /** The note of a score cell (formula mode adds a sentence); the explanation as is when absent. */
  indicatorNote?(ctx: IndicatorCellContext, explanation: string): string;
  totalNote?(ctx: ManagerCellContext, explanation: string): string;
}

export const NOT_SCORED: Readonly<Record<Locale, string>> = { "zh-CN": "未评分", en: "not scored" };

export function valueWriter(locale: Locale): CellWriter {
  return {
    indicator: ({ indicator }) => (indicator.score === null ? NOT_SCORED[locale] : indicator.score),
    total: ({ result }) => result.total,
    rankInRegion: ({ result }) => result.rankInRegion,
    rank: ({ result }) => result.rank,
  };
}
