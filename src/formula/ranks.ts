/**
 * Total, 评分项数 and rank formulas. The total is ROUND(SUM(score cells), 2): SUM skips a "not scored"
 * text, as the engine's total skips an unscored indicator. 评分项数 is COUNT(score cells): numbers
 * only, so it equals the number of indicators exactly when the manager is complete. Ranks follow
 * src/engine/rank.ts exactly, counting over the total and 评分项数 columns (N = indicators):
 *   complete manager:   1 + COUNTIFS(评分项数, N, 总分, ">"&mine)
 *   incomplete manager: 1 + COUNTIF(评分项数, N) + COUNTIFS(评分项数, "<N", 总分, ">"&mine)
 * Two conditions per count instead of one per indicator: LibreOffice recalculates 10,000 ranks in
 * seconds instead of hours. The region rank counts over the rows of the manager's region (a merged
 * region cell holds its name only in its top cell, so the rows are fixed when the formulas are written).
 */
import { cellAddress, columnLetter } from "../sheet/address";
import { call, cmp, iff, num, op, str } from "./text";

export interface RankColumns {
  /** 0-based score columns, one per indicator. */
  scoreCols: readonly number[];
  totalCol: number;
  /** 评分项数: the count of the manager's scored indicators. */
  scoredCountCol: number;
}

/** Consecutive numbers grouped into [first, last] runs (input sorted ascending). */
export function runs(sorted: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x === last[1] + 1) last[1] = x;
    else out.push([x, x]);
  }
  return out;
}

function absRange(col: number, top: number, bottom: number): string {
  const c = columnLetter(col);
  return `$${c}$${top + 1}:$${c}$${bottom + 1}`;
}

/** The manager's own score cells, consecutive columns as one range ("C7:Q7"). */
function ownScoreCells(cols: RankColumns, row: number): string[] {
  const sorted = [...cols.scoreCols].sort((a, b) => a - b);
  return runs(sorted).map(([a, b]) =>
    a === b ? cellAddress(row, a) : `${cellAddress(row, a)}:${cellAddress(row, b)}`,
  );
}

export function totalFormula(cols: RankColumns, row: number, decimals: number): string {
  return call("ROUND", call("SUM", ...ownScoreCells(cols, row)), num(decimals));
}

/** 评分项数: how many of the manager's score cells hold a number. */
export function scoredCountFormula(cols: RankColumns, row: number): string {
  return call("COUNT", ...ownScoreCells(cols, row));
}

/** The rank of the manager at `row` among the managers at `rows` (0-based, sorted ascending). */
export function rankFormula(cols: RankColumns, row: number, rows: readonly number[]): string {
  const n = cols.scoreCols.length;
  const higher = str(">") + "&" + `$${columnLetter(cols.totalCol)}${row + 1}`;
  const sum = (per: (top: number, bottom: number) => string): string =>
    runs(rows)
      .map(([top, bottom]) => per(top, bottom))
      .reduce((s, x) => op(s, "+", x));
  const counts = (t: number, b: number): string => absRange(cols.scoredCountCol, t, b);
  const totals = (t: number, b: number): string => absRange(cols.totalCol, t, b);
  const completeHigher = sum((t, b) => call("COUNTIFS", counts(t, b), num(n), totals(t, b), higher));
  const completeAll = sum((t, b) => call("COUNTIF", counts(t, b), num(n)));
  const incompleteHigher = sum((t, b) => call("COUNTIFS", counts(t, b), str(`<${n}`), totals(t, b), higher));
  const isComplete = cmp(`$${columnLetter(cols.scoredCountCol)}${row + 1}`, "=", num(n));
  return iff(isComplete, op("1", "+", completeHigher), op(op("1", "+", completeAll), "+", incompleteHigher));
}
