/** Scores one manager: every indicator's rule, rounded once, with its trace; then the total. */
import type { IndicatorResult, ManagerInput, ManagerResult } from "./types";
import { type EvalContext, readField } from "./context";
import { type BoundIndicator, type BoundRuleSet, bindRuleSet } from "./bind";
import { roundHalfAway } from "./decimal";
import { evaluateMeasure, evaluateRule } from "./rule";
import type { RuleSet } from "./ruleset";

const NONE: never[] = [];

function newContext(bound: BoundRuleSet, input: ManagerInput): EvalContext {
  return {
    input,
    fields: bound.fields,
    rule: evaluateRule,
    measure: evaluateMeasure,
    isRate: bound.isRate,
    read: [],
    steps: [],
    problems: [],
    warnings: [],
    lastRate: false,
    pending: false,
    zeroTarget: null,
  };
}

/**
 * A field the applied branch did not need is still checked: a blank or unusable input of an
 * indicator leaves it unscored whichever branch applies (so a closed gate does not hide a blank
 * target, and a sheet formula, which reads every input, agrees).
 */
function checkUnread(ind: BoundIndicator, ctx: EvalContext): void {
  const used = ind.fieldsUsed;
  if (ctx.read.length >= used.length) return;
  for (let i = 0; i < used.length; i++) {
    if (!ctx.read.includes(used[i])) readField(ctx, used[i]);
  }
}

/**
 * The fields an indicator reads are nearly always the same list for every manager: results share
 * one frozen array per indicator while the list repeats (10,000 managers, one array).
 */
const lastFields = new WeakMap<BoundIndicator, readonly string[]>();

function sharedFields(ind: BoundIndicator, read: readonly string[]): readonly string[] {
  const last = lastFields.get(ind);
  if (last !== undefined && last.length === read.length) {
    let same = true;
    for (let i = 0; i < read.length && same; i++) same = last[i] === read[i];
    if (same) return last;
  }
  const copy = Object.freeze(read.slice());
  lastFields.set(ind, copy);
  return copy;
}

/** Evaluates one indicator in a context reused across the manager's indicators (fewer allocations). */
function evaluateIndicator(bound: BoundRuleSet, ind: BoundIndicator, ctx: EvalContext): IndicatorResult {
  ctx.read.length = 0;
  ctx.steps.length = 0;
  if (ctx.problems.length > 0) ctx.problems = [];
  if (ctx.warnings.length > 0) ctx.warnings = [];
  ctx.zeroTarget = null;
  const expr = evaluateRule(ind.rule, ctx);
  checkUnread(ind, ctx);
  const scored = ctx.problems.length === 0;
  const raw = scored ? expr.v : null;
  const score = raw === null ? null : roundHalfAway(raw, bound.decimals);
  const lost =
    score !== null && !ind.bonus && score < ind.weight
      ? roundHalfAway(ind.weight - score, bound.decimals)
      : 0;
  return {
    id: ind.id,
    weight: ind.weight,
    bonus: ind.bonus,
    score,
    lost,
    problems: scored ? NONE : ctx.problems,
    warnings: ctx.warnings.length === 0 ? NONE : ctx.warnings,
    // Exact-size copies of the scratch lists: a trace keeps no spare capacity (10,000s are kept).
    trace: {
      indicator: ind.id,
      fields: sharedFields(ind, ctx.read),
      steps: ctx.steps.length === 0 ? NONE : ctx.steps.slice(),
      expr: scored ? expr : null,
      raw,
      score,
    },
  };
}

/** Scores one manager; rank fields are 0 (see scoreAll). Never throws on data. */
export function evaluateManager(rs: RuleSet, input: ManagerInput): ManagerResult {
  const bound = bindRuleSet(rs);
  const indicators: IndicatorResult[] = new Array(bound.indicators.length);
  let total = 0;
  let complete = true;
  let provisional = false;
  const ctx = newContext(bound, input);
  for (let i = 0; i < bound.indicators.length; i++) {
    const r = evaluateIndicator(bound, bound.indicators[i], ctx);
    indicators[i] = r;
    if (r.score === null) complete = false;
    else total += r.score;
    for (const w of r.warnings) if (w.code === "pending") provisional = true;
  }
  // The sum of 2-dp numbers, read back at 2 dp: exactly what a person adding the cells gets.
  total = roundHalfAway(total, bound.decimals);
  return { input, indicators, total, complete, provisional, rank: 0, rankInRegion: 0 };
}
