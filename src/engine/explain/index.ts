/** The renderer: trace → text, zh-CN by default and en. */
import type { Locale, ManagerResult } from "../types";
import type { RuleSet } from "../ruleset";
import { explainIndicatorResult } from "./indicator";
import { explainTotalResult } from "./total";

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

export function explainIndicator(
  rs: RuleSet,
  m: ManagerResult,
  indicatorId: string,
  locale: Locale = "zh-CN",
): string {
  const r = m.indicators.find((i) => i.id === indicatorId);
  if (r === undefined) throw new UnknownIndicatorError(indicatorId);
  return explainIndicatorResult(rs, r, m.input, locale);
}

export function explainTotal(rs: RuleSet, m: ManagerResult, locale: Locale = "zh-CN"): string {
  return explainTotalResult(rs, m, locale);
}
