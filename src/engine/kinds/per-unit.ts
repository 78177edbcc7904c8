/**
 * Rule kind `perUnit`: base + points × a count, uncapped (a cap is a `clamp` around it). A negative
 * count (net decrease) scores 0 or is deducted, as the `negative` parameter says.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Expr, ZERO, add, constNumber, mul } from "../expr";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure } from "../rule";

export interface PerUnitRule {
  kind: "perUnit";
  measure: Measure;
  points: NumP;
  base?: NumP;
  negative: ChoiceP<"zero" | "deduct">;
}

export const schema = (refs: SchemaRefs): z.ZodType<PerUnitRule> =>
  z.strictObject({
    kind: z.literal("perUnit"),
    measure: refs.measure,
    points: numP,
    base: numP.optional(),
    negative: choiceP(["zero", "deduct"]),
  });

export function evaluate(node: PerUnitRule, ctx: EvalContext): Expr {
  const measured = ctx.measure(node.measure, ctx) ?? ZERO;
  let earned: Expr;
  if (measured.v < 0 && choice(node.negative) === "zero") {
    ctx.steps.push({ t: "negativeIgnored", node, value: measured.v });
    earned = ZERO;
  } else {
    earned = mul(constNumber(num(node.points)), measured);
  }
  const base = node.base === undefined ? 0 : num(node.base);
  return base === 0 ? earned : add(constNumber(base), earned);
}
