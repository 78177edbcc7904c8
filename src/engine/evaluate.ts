/** Scores one manager: every indicator's rule, rounded once, with its trace; then the total. */
import type { IndicatorResult, InputProblem, ManagerInput, ManagerResult, ResultWarning } from "./types";
import { type EvalContext, readField } from "./context";
import { type BoundIndicator, type BoundRuleSet, bindRuleSet } from "./bind";
import { type Arithmetic, numbers } from "./arithmetic";
import { roundHalfAway } from "./decimal";
import type { RuleSet } from "./ruleset";
import type { TraceStep } from "./trace";
import { PathNode } from "./path";

const NONE: never[] = [];
/** Where a fresh context starts (each indicator starts at its own root). */
const START = new PathNode([]);

export function newContext<V>(
  bound: BoundRuleSet,
  input: ManagerInput,
  ar: Arithmetic<V>,
  steps: TraceStep<V>[] | null,
): EvalContext<V> {
  return {
    input,
    fields: bound.fields,
    ar,
    read: [],
    steps,
    path: START,
    problems: [],
    warnings: [],
    pending: false,
    zeroTarget: null,
  };
}

/**
 * A field the applied branch did not need is still checked: a blank or unusable input of an
 * indicator leaves it unscored whichever branch applies (so a closed gate does not hide a blank
 * target, and a sheet formula, which reads every input, agrees).
 */
function checkUnread<V>(ind: BoundIndicator, ctx: EvalContext<V>): void {
  const used = ind.declsUsed;
  if (ctx.read.length >= used.length) return;
  for (let i = 0; i < used.length; i++) {
    if (!ctx.read.includes(used[i].id)) readField(ctx, used[i]);
  }
}

/**
 * Evaluates one indicator's rule in a context reused across the manager's indicators (fewer
 * allocations); afterwards the context holds the fields read, the path, problems and warnings.
 * Returns the unrounded value.
 */
export function runIndicator<V>(ind: BoundIndicator, ctx: EvalContext<V>): V {
  ctx.read.length = 0;
  if (ctx.steps !== null) ctx.steps.length = 0;
  if (ctx.problems.length > 0) ctx.problems = [];
  if (ctx.warnings.length > 0) ctx.warnings = [];
  ctx.zeroTarget = null;
  ctx.path = ind.paths;
  const value = ind.run(ctx);
  checkUnread(ind, ctx);
  return value;
}

function indicatorResult(
  bound: BoundRuleSet,
  ind: BoundIndicator,
  raw: number | null,
  ctx: EvalContext<number>,
): IndicatorResult {
  const problems: InputProblem[] = raw === null ? ctx.problems : NONE;
  const warnings: ResultWarning[] = ctx.warnings.length === 0 ? NONE : ctx.warnings;
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
    problems,
    warnings,
    // The compact trace: shared, frozen field and path arrays (see path.ts); details on demand.
    trace: { indicator: ind.id, fields: ctx.path.fieldsOf(ctx.read), path: ctx.path.choices, raw, score },
  };
}

/** One scoring context per rule set, reused for every manager (scoring is synchronous). */
const contexts = new WeakMap<BoundRuleSet, EvalContext<number>>();

function scoringContext(bound: BoundRuleSet, input: ManagerInput): EvalContext<number> {
  let ctx = contexts.get(bound);
  if (ctx === undefined) {
    ctx = newContext(bound, input, numbers, null);
    contexts.set(bound, ctx);
  }
  ctx.input = input;
  ctx.pending = false;
  return ctx;
}

/** Scores one manager; rank fields are 0 (see scoreAll). Never throws on data. */
export function evaluateManager(rs: RuleSet, input: ManagerInput): ManagerResult {
  const bound = bindRuleSet(rs);
  const indicators: IndicatorResult[] = new Array(bound.indicators.length);
  let total = 0;
  let complete = true;
  let provisional = false;
  // Scoring evaluates with plain numbers; the arithmetic as expressions is rebuilt when explaining.
  const ctx = scoringContext(bound, input);
  for (let i = 0; i < bound.indicators.length; i++) {
    const ind = bound.indicators[i];
    const value = runIndicator(ind, ctx);
    const r = indicatorResult(bound, ind, ctx.problems.length === 0 ? value : null, ctx);
    indicators[i] = r;
    if (r.score === null) complete = false;
    else total += r.score;
    for (const w of r.warnings) if (w.code === "pending") provisional = true;
  }
  // The sum of 2-dp numbers, read back at 2 dp: exactly what a person adding the cells gets.
  total = roundHalfAway(total, bound.decimals);
  return { input, indicators, total, complete, provisional, rank: 0, rankInRegion: 0 };
}
