/** Renders a manager's total: the score, provisional/incomplete reasons, points lost largest first, ranks. */
import type { IndicatorResult, Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { formatScore } from "../decimal";
import { bindRuleSet } from "../bind";
import { namesOf } from "./names";
import { PHRASES } from "./phrases";

function isPending(i: IndicatorResult): boolean {
  for (const w of i.warnings) if (w.code === "pending") return true;
  return false;
}

/** Names of the indicators that pass `test`, joined (plain loops: this runs once per manager). */
function nameList(
  m: ManagerResult,
  test: (i: IndicatorResult) => boolean,
  name: (id: string) => string,
  suffix: string,
  sep: string,
): string {
  let list = "";
  for (const i of m.indicators) {
    if (!test(i)) continue;
    list = list === "" ? name(i.id) + suffix : list + sep + name(i.id) + suffix;
  }
  return list;
}

export function explainTotalResult(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  const p = PHRASES[locale];
  const names = namesOf(rs);
  const decimals = bindRuleSet(rs).decimals;
  const name = (id: string) => names.indicator(id)?.name[locale] ?? id;
  let out = p.total(formatScore(m.total, decimals));
  if (!m.complete) {
    const unscored = nameList(m, (i) => i.score === null, name, "", p.listSep);
    if (unscored !== "") out += "\n" + p.incomplete(unscored);
  }
  if (m.provisional)
    out += "\n" + p.provisional(nameList(m, isPending, name, " " + p.pendingReason, p.listSep));
  const lost: IndicatorResult[] = [];
  for (const i of m.indicators) if (i.lost > 0) lost.push(i);
  lost.sort((a, b) => b.lost - a.lost);
  let list = "";
  for (const i of lost) {
    const item = name(i.id) + " " + formatScore(i.lost, decimals);
    list = list === "" ? item : list + p.listSep + item;
  }
  out += "\n" + (lost.length === 0 ? p.noLoss : p.lostList(list));
  if (m.rank > 0) out += "\n" + p.ranks(m.rank, m.rankInRegion);
  return out;
}
