/** Renders a manager's total: the score, provisional/incomplete reasons, points lost largest first, ranks. */
import type { Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { formatScore } from "../decimal";
import { bindRuleSet } from "../bind";
import { namesOf } from "./names";
import { PHRASES } from "./phrases";

export function explainTotalResult(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  const p = PHRASES[locale];
  const names = namesOf(rs);
  const decimals = bindRuleSet(rs).decimals;
  const name = (id: string) => names.indicator(id)?.name[locale] ?? id;
  const lines = [p.total(formatScore(m.total, decimals))];
  const unscored = m.indicators.filter((i) => i.score === null).map((i) => name(i.id));
  if (unscored.length > 0) lines.push(p.incomplete(unscored.join(p.listSep)));
  if (m.provisional) {
    const pending = m.indicators
      .filter((i) => i.warnings.some((w) => w.code === "pending"))
      .map((i) => name(i.id));
    lines.push(p.provisional(pending.map((n) => n + " " + p.pendingReason).join(p.listSep)));
  }
  const lost = m.indicators.filter((i) => i.lost > 0).sort((a, b) => b.lost - a.lost);
  lines.push(
    lost.length === 0
      ? p.noLoss
      : p.lostList(lost.map((i) => name(i.id) + " " + formatScore(i.lost, decimals)).join(p.listSep)),
  );
  if (m.rank > 0) lines.push(p.ranks(m.rank, m.rankInRegion));
  return lines.join("\n");
}
