/**
 * Total and rank formulas. The total is ROUND(SUM(score cells), 2): SUM skips a "not scored" text, as
 * the engine's total skips an unscored indicator. Ranks follow src/engine/rank.ts exactly:
 *   complete manager:   1 + #{complete managers with a higher total}
 *   incomplete manager: 1 + #{complete managers} + #{incomplete managers with a higher total}
 * counted with COUNTIFS; a manager is complete when none of its score cells holds the "not scored"
 * text. The region rank counts over the rows of the manager's region (a merged region cell holds its
 * name only in its top cell, so the rows are fixed when the formulas are written).
 */
import { cellAddress, columnLetter } from "../sheet/address";
import { call, cmp, iff, num, op, str } from "./text";

export interface RankColumns {
  /** 0-based score columns, one per indicator. */
  scoreCols: readonly number[];
  totalCol: number;
  /** Text of an unscored indicator's cell. */
  notScored: string;
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

/** The rank of the manager at `row` among the managers at `rows` (0-based, sorted ascending). */
export function rankFormula(cols: RankColumns, row: number, rows: readonly number[]): string {
  const mine = `$${columnLetter(cols.totalCol)}${row + 1}`;
  const higher = str(">") + "&" + mine;
  const complete = (top: number, bottom: number): string[] =>
    cols.scoreCols.flatMap((c) => [absRange(c, top, bottom), str("<>" + cols.notScored)]);
  const sum = (per: (top: number, bottom: number) => string): string =>
    runs(rows)
      .map(([top, bottom]) => per(top, bottom))
      .reduce((s, x) => op(s, "+", x));
  const totals = (top: number, bottom: number): string => absRange(cols.totalCol, top, bottom);
  const completeHigher = sum((t, b) => call("COUNTIFS", totals(t, b), higher, ...complete(t, b)));
  const completeAll = sum((t, b) => call("COUNTIFS", totals(t, b), str("<>"), ...complete(t, b)));
  const allHigher = sum((t, b) => call("COUNTIFS", totals(t, b), higher));
  const isComplete = cmp(call("COUNT", ...ownScoreCells(cols, row)), "=", num(cols.scoreCols.length));
  return iff(
    isComplete,
    op("1", "+", completeHigher),
    op(op(op("1", "+", completeAll), "+", allHigher), "-", completeHigher),
  );
}
