/**
 * Rule kind `clamp`: keeps a rule's score within [min, max]; `unless` lifts the bounds when a condition
 * holds (the 4G cap does not apply when the target user count is 100 or more).
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Condition, conditionSchema, testCondition } from "../condition";
import { type Expr, constNumber } from "../expr";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../rule";

export interface ClampRule {
  kind: "clamp";
  rule: Rule;
  min?: NumP;
  max?: NumP;
  unless?: Condition;
}

export const schema = (refs: SchemaRefs): z.ZodType<ClampRule> =>
  z.strictObject({
    kind: z.literal("clamp"),
    rule: refs.rule,
    min: numP.optional(),
    max: numP.optional(),
    unless: conditionSchema(refs).optional(),
  });

export function evaluate(node: ClampRule, ctx: EvalContext): Expr {
  const inner = ctx.rule(node.rule, ctx);
  const v = inner.v;
  const lo = node.min === undefined ? -Infinity : num(node.min);
  const hi = node.max === undefined ? Infinity : num(node.max);
  if (v >= lo && v <= hi) return inner;
  if (node.unless !== undefined) {
    const test = testCondition(node.unless, ctx);
    if (test.held) {
      ctx.steps.push({
        t: "clamp",
        node,
        before: inner,
        after: v,
        excepted: true,
        exceptionValue: test.value,
      });
      return inner;
    }
  }
  const after = v < lo ? lo : hi;
  ctx.steps.push({ t: "clamp", node, before: inner, after, excepted: false });
  return constNumber(after);
}
