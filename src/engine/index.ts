/**
 * The engine API: rule sets as validated data, evaluation with traces, ranks, the renderer and the
 * checker. Pure TypeScript: no Office, ExcelJS, DOM or React.
 */
export type { RuleSet, Indicator, FieldDef, ParameterDef } from "./ruleset";
export { parseRuleSet, withParameters, ruleSetSchema, RuleSetError } from "./ruleset";
// The built-in rule set is data (src/rulesets/); re-exported here for the hosts and tests that score with it.
export { xiaoshan201405, xiaoshan201405Data } from "../rulesets/built-in";
export type { RuleSetCase } from "./ruleset";
export { checkRuleSet } from "./check";
export type { RuleSetMessage } from "./check";
export { evaluateManager } from "./evaluate";
export { assignRanks } from "./rank";
export { scoreAll } from "./evaluate";
export { copyResult } from "./score-table";
export {
  explainIndicator,
  explainTotal,
  explainIndicatorResult,
  explainTotalResult,
  problemText,
  exprText,
  UnknownIndicatorError,
} from "./explain";
export { formatScore, formatNumber, formatPercent, roundHalfAway } from "./decimal";
export { managerFromValues } from "./manager";
export type { PlainValue } from "./manager";
export type { Rule, Measure, RuleKind, MeasureKind } from "./rule";
export { ruleKinds, measureKinds } from "./rule";
export type { Trace, TraceStep, TraceDetail } from "./trace";
export { traceDetail, TraceMismatchError } from "./trace-detail";
export type { Expr } from "./expr";
export type { ParamRef } from "./params";
export * from "./types";
