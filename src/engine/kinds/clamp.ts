/**
 * Rule kind `clamp`: keeps a rule's score within [min, max]; `unless` lifts the bounds when a condition
 * holds (the 4G cap does not apply when the target user count is 100 or more).
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { type Condition, compileCondition, conditionFormula, conditionSchema } from "../condition";
import type { FormulaCompiler } from "../formula-api";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../nodes";

export interface ClampRule {
  kind: "clamp";
  rule: Rule;
  min?: NumP;
  max?: NumP;
  unless?: Condition;
}

declare module "../nodes" {
  interface RuleNodes {
    clamp: ClampRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<ClampRule> =>
  z.strictObject({
    kind: z.literal("clamp"),
    rule: refs.rule,
    min: numP.optional(),
    max: numP.optional(),
    unless: conditionSchema(refs).optional(),
  });

/**
 * Path choices: 0 within bounds, 1 the upper bound applied, 2 the exception held (no bound), 3 the
 * lower bound applied (the path says which bound, so an explanation template is fixed by the path).
 */
export function compile(node: ClampRule, c: Compiler): RuleFn {
  const rule = c.rule(node.rule);
  const lo = node.min === undefined ? -Infinity : num(node.min);
  const hi = node.max === undefined ? Infinity : num(node.max);
  const unless = node.unless === undefined ? null : compileCondition(node.unless, c);
  return <V>(ctx: EvalContext<V>): V => {
    const inner = rule(ctx);
    const v = ctx.ar.value(inner);
    if (v >= lo && v <= hi) {
      decide(ctx, 0);
      return inner;
    }
    if (unless !== null) {
      const measured = unless.measure(ctx);
      const exceptionValue = unless.valueOf(ctx, measured);
      if (unless.holds(exceptionValue)) {
        decide(ctx, 2);
        if (ctx.steps !== null) {
          const excepted = true;
          ctx.steps.push({
            t: "clamp",
            node,
            before: inner,
            after: v,
            excepted,
            exceptionValue,
            at: measured,
          });
        }
        return inner;
      }
    }
    const raised = v < lo;
    const after = raised ? lo : hi;
    decide(ctx, raised ? 3 : 1);
    if (ctx.steps !== null)
      ctx.steps.push({ t: "clamp", node, before: inner, after, excepted: false, at: null });
    return ctx.ar.constant(after);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: ClampRule): Evaluated {
  return { rules: [node.rule] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: ClampRule): readonly Evaluated[] {
  return [{ rules: [node.rule] }, { measures: node.unless === undefined ? [] : [node.unless.measure] }];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: ClampRule, f: FormulaCompiler, path: string): string {
  const r = f.rule(node.rule, `${path}.rule`);
  const lo = node.min === undefined ? null : f.num(num(node.min));
  const hi = node.max === undefined ? null : f.num(num(node.max));
  const unless = node.unless === undefined ? null : conditionFormula(node.unless, f, `${path}.unless`);
  const bounded = (bound: string): string => (unless === null ? bound : f.iff(unless, r, bound));
  let out = r;
  if (lo !== null) out = f.iff(f.cmp(r, "<", lo), bounded(lo), out);
  if (hi !== null) out = f.iff(f.cmp(r, ">", hi), bounded(hi), out);
  return out;
}
