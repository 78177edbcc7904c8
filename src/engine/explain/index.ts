/** The renderer: trace → text, zh-CN by default and en. */
import type { Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { explainIndicatorResult } from "./indicator";
import { explainTotalResult } from "./total";
import { bindRuleSet } from "../bind";

export { explainIndicatorResult, problemText } from "./indicator";
export { explainTotalResult } from "./total";
export { exprText } from "./expr-text";

/** Misuse: an indicator id that the manager's result does not have. */
export class UnknownIndicatorError extends Error {
  constructor(readonly indicatorId: string) {
    super(`no indicator "${indicatorId}" in this result`);
    this.name = "UnknownIndicatorError";
  }
}

/** Where the next indicator asked for probably is (see `explainIndicator`). */
let next = 0;

export function explainIndicator(
  rs: RuleSet,
  m: ManagerResult,
  indicatorId: string,
  locale: Locale = "zh-CN",
): string {
  // Callers mostly go through a result's indicators in order: try the one after the last first. Results
  // list the indicators in rule-set order: look there next, then search.
  const list = m.indicators;
  let at = next;
  if (!(at < list.length && list[at].id === indicatorId)) {
    at = bindRuleSet(rs).indexById.get(indicatorId) ?? -1;
    if (!(at >= 0 && at < list.length && list[at].id === indicatorId)) {
      at = list.findIndex((i) => i.id === indicatorId);
      if (at < 0) throw new UnknownIndicatorError(indicatorId);
    }
  }
  next = at + 1 < list.length ? at + 1 : 0;
  const r = list[at];
  return explainIndicatorResult(rs, r, m.input, locale);
}

export function explainTotal(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  return explainTotalResult(rs, m, locale);
}
