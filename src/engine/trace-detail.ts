/**
 * Rebuilds the detailed trace of an indicator result (every step, and the score's arithmetic as an
 * expression in terms of the inputs) by evaluating its rule again with expressions instead of numbers.
 * Evaluation is pure, so this is exactly what happened; the recorded path proves it (a result from
 * another rule set or other inputs is misuse and throws).
 */
import type { IndicatorResult, ManagerInput } from "./types";
import type { TraceDetail, TraceStep } from "./trace";
import type { RuleSet } from "./ruleset";
import type { Expr } from "./expr";
import { type BoundRuleSet, bindRuleSet } from "./bind";
import type { EvalContext } from "./context";
import { expressions } from "./arithmetic";
import { newContext, runIndicator, useInput } from "./evaluate";

/** Misuse: explaining a result with a rule set or inputs other than those that produced it. */
export class TraceMismatchError extends Error {
  constructor(readonly indicatorId: string) {
    super(`the trace of "${indicatorId}" was not produced by this rule set and these inputs`);
    this.name = "TraceMismatchError";
  }
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One replay context per rule set, reused (explaining 150,000 indicators allocates no contexts). */
const contexts = new WeakMap<BoundRuleSet, EvalContext<Expr>>();
/** The `fields` object each replay context last loaded. */
const loadedFields = new WeakMap<EvalContext<Expr>, ManagerInput["fields"]>();

function contextFor(bound: BoundRuleSet, input: ManagerInput, steps: TraceStep[]): EvalContext<Expr> {
  let ctx = contexts.get(bound);
  if (ctx === undefined) {
    ctx = newContext(bound, input, expressions, steps);
    contexts.set(bound, ctx);
  }
  // An indicator's explanations come one manager at a time: the inputs loaded for the manager's
  // first indicator serve the others (`fields` is read-only, so the same object holds the same inputs).
  if (ctx.input !== input || loadedFields.get(ctx) !== input.fields) {
    useInput(ctx, input);
    loadedFields.set(ctx, input.fields);
  }
  ctx.steps = steps;
  ctx.pending = false;
  return ctx;
}

/** Fills `steps` (cleared first) and returns the arithmetic of the score (null when not scored). */
export function replayInto(
  rs: RuleSet,
  result: IndicatorResult,
  input: ManagerInput,
  steps: TraceStep[],
): Expr | null {
  const bound = bindRuleSet(rs);
  const ind = bound.indicatorById.get(result.id);
  if (ind === undefined) throw new TraceMismatchError(result.id);
  const ctx = contextFor(bound, input, steps);
  const expr = runIndicator(ind, ctx);
  const scored = ctx.problems.length === 0;
  if (!samePath(ctx.path.choices, result.trace.path) || scored !== (result.trace.raw !== null)) {
    throw new TraceMismatchError(result.id);
  }
  return scored ? expr : null;
}

/** The detailed trace of one indicator result: its steps and the arithmetic of its score. */
export function traceDetail(rs: RuleSet, result: IndicatorResult, input: ManagerInput): TraceDetail {
  const steps: TraceStep[] = [];
  const expr = replayInto(rs, result, input, steps);
  return { steps, expr };
}
