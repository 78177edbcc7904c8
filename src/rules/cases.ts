/**
 * Runs a rule set's own cases (its worked examples): each case's inputs are scored under the rule set
 * (with the case's parameter values, if any) and each listed indicator's score is compared with the
 * expected one, to the cent. Pure: used by `gridscore rules test`, the tests over every shipped rule set,
 * and anywhere else that wants to know whether a rule set still does what its examples say.
 */
import {
  evaluateManager,
  managerFromValues,
  withParameters,
  type Localized,
  type RuleSet,
  type RuleSetCase,
} from "../engine";
import { RuleSetError } from "../engine/errors";

export interface CaseCheck {
  indicator: string;
  expected: number;
  /** The score the rule set gives; null when the indicator could not be scored. */
  actual: number | null;
  ok: boolean;
}

export interface CaseOutcome {
  index: number;
  name: Localized;
  ok: boolean;
  checks: CaseCheck[];
  /** Why the case could not be run as written (an unknown field, indicator or parameter). */
  faults: Localized[];
}

function fault(zh: string, en: string): Localized {
  return { "zh-CN": zh, en };
}

/** The case's own mistakes: names the rule set does not have. */
function faultsOf(rs: RuleSet, c: RuleSetCase): Localized[] {
  const out: Localized[] = [];
  const fields = new Set(rs.fields.map((f) => f.id));
  const indicators = new Set(rs.indicators.map((i) => i.id));
  for (const id of Object.keys(c.inputs))
    if (!fields.has(id))
      out.push(fault(`输入了未声明的字段 “${id}”`, `input names undeclared field "${id}"`));
  for (const id of Object.keys(c.expected))
    if (!indicators.has(id))
      out.push(fault(`期望了不存在的指标 “${id}”`, `expects unknown indicator "${id}"`));
  if (Object.keys(c.expected).length === 0)
    out.push(fault("没有列出任何期望得分", "lists no expected score"));
  return out;
}

/** The rule set under the case's parameter values, or why they cannot be used. */
function withCaseParameters(rs: RuleSet, c: RuleSetCase): { rs: RuleSet } | { fault: Localized } {
  if (c.parameters === undefined) return { rs };
  try {
    return { rs: withParameters(rs, c.parameters) };
  } catch (e) {
    if (!(e instanceof RuleSetError)) throw e;
    const issues = e.issues.join("; ");
    return { fault: fault(`参数不可用: ${issues}`, `parameters not usable: ${issues}`) };
  }
}

function runCase(rs: RuleSet, c: RuleSetCase, index: number): CaseOutcome {
  const faults = faultsOf(rs, c);
  const bound = withCaseParameters(rs, c);
  if ("fault" in bound) faults.push(bound.fault);
  if (faults.length > 0 || "fault" in bound) return { index, name: c.name, ok: false, checks: [], faults };
  const result = evaluateManager(bound.rs, managerFromValues("", c.name.en, c.inputs));
  const checks = Object.entries(c.expected).map(([indicator, expected]): CaseCheck => {
    const r = result.indicators.find((i) => i.id === indicator);
    const actual = r === undefined || r.score === null ? null : r.score;
    // Scores are rounded to the rule set's decimals: equal to the cent means equal as numbers.
    const ok = actual !== null && Math.abs(actual - expected) < 1e-9;
    return { indicator, expected, actual, ok };
  });
  return { index, name: c.name, ok: checks.every((x) => x.ok), checks, faults };
}

/** Every case of the rule set, run. An empty list when it carries none. */
export function runCases(rs: RuleSet): CaseOutcome[] {
  return (rs.cases ?? []).map((c, i) => runCase(rs, c, i));
}
