/** Renders a manager's total: the score, provisional/incomplete reasons, points lost largest first, ranks. */
import type { IndicatorResult, Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { formatScore } from "../decimal";
import { fragmentsOf } from "./fragments";

function isPending(i: IndicatorResult): boolean {
  return i.warnings.some((w) => w.code === "pending");
}

export function explainTotalResult(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  const f = fragmentsOf(rs, locale);
  const p = f.p;
  const lines = [p.total(formatScore(m.total, f.decimals))];
  const unscored = m.indicators.filter((i) => i.score === null).map((i) => f.indicatorName(i.id));
  if (!m.complete && unscored.length > 0) lines.push(p.incomplete(unscored.join(p.listSep)));
  if (m.provisional) {
    const pending = m.indicators.filter(isPending).map((i) => f.indicatorName(i.id) + " " + p.pendingReason);
    lines.push(p.provisional(pending.join(p.listSep)));
  }
  // Largest first; equal losses in rule-set order (the sort is stable).
  const losses = m.indicators
    .filter((i) => i.lost > 0)
    .sort((a, b) => b.lost - a.lost || f.position(a.id) - f.position(b.id));
  const list = losses.map((i) => f.indicatorName(i.id) + " " + formatScore(i.lost, f.decimals));
  lines.push(list.length === 0 ? p.noLoss : p.lostList(list.join(p.listSep)));
  if (m.rank > 0) lines.push(p.ranks(m.rank, m.rankInRegion));
  return lines.join("\n");
}
