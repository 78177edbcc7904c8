/** Renders a manager's total: the score, provisional/incomplete reasons, points lost largest first, ranks. */
import type { IndicatorResult, Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { formatScore } from "../decimal";
import { fragmentsOf } from "./fragments";

function isPending(i: IndicatorResult): boolean {
  const warnings = i.warnings;
  for (let k = 0; k < warnings.length; k++) if (warnings[k].code === "pending") return true;
  return false;
}

/**
 * Indicators lost points on (their position in the result), and how many, largest first (equal
 * losses in rule-set order).
 */
const lostAt: number[] = [];
const lostPoints: number[] = [];

/** Sorts the first `n` losses, largest first; stable (an insertion sort: there are at most ~15). */
function sortLosses(n: number): void {
  for (let i = 1; i < n; i++) {
    const at = lostAt[i];
    const points = lostPoints[i];
    let j = i - 1;
    while (j >= 0 && lostPoints[j] < points) {
      lostAt[j + 1] = lostAt[j];
      lostPoints[j + 1] = lostPoints[j];
      j--;
    }
    lostAt[j + 1] = at;
    lostPoints[j + 1] = points;
  }
}

export function explainTotalResult(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  const f = fragmentsOf(rs, locale);
  const p = f.p;
  const decimals = f.decimals;
  const indicators = m.indicators;
  let out = p.total(formatScore(m.total, decimals));
  if (!m.complete) {
    let list = "";
    for (const i of indicators) {
      if (i.score !== null) continue;
      list = list === "" ? f.indicatorName(i.id) : list + p.listSep + f.indicatorName(i.id);
    }
    if (list !== "") out += "\n" + p.incomplete(list);
  }
  if (m.provisional) {
    let list = "";
    for (const i of indicators) {
      if (!isPending(i)) continue;
      const item = f.indicatorName(i.id) + " " + p.pendingReason;
      list = list === "" ? item : list + p.listSep + item;
    }
    out += "\n" + p.provisional(list);
  }
  let n = 0;
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k];
    const lost = i.lost;
    if (lost <= 0) continue;
    lostAt[n] = k;
    lostPoints[n] = lost;
    n++;
  }
  sortLosses(n);
  // "名称 2.00, 名称 1.50": each item's name with its space (and the separator before it) is one
  // precomputed piece, taken by position (results list the indicators in rule-set order), so an item
  // costs two joins; joined from the left, so neither copies characters (see `fill` in template.ts).
  let list = "";
  for (let k = 0; k < n; k++) {
    const at = lostAt[k];
    const id = indicators[at].id;
    const head =
      f.ids[at] === id
        ? (k === 0 ? f.lossHeads : f.lossHeadsAfter)[at]
        : (k === 0 ? "" : p.listSep) + f.indicatorName(id) + " ";
    list = list + head + formatScore(lostPoints[k], decimals);
  }
  out = out + "\n" + (n === 0 ? p.noLoss : p.lostList(list));
  if (m.rank > 0) out = out + "\n" + p.ranks(m.rank, m.rankInRegion);
  return out;
}
