/**
 * Rule kind `perStep`: base + points for each step the measure lies above (or below) an anchor, e.g.
 * "每下降1pp扣0.1分" below a target field. Steps are continuous or whole (a parameter), never negative.
 * `stepScore` is shared with the per-step band of the banded kind.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Expr, ZERO, add, constNumber, constRate, div, floor, mul, sub } from "../expr";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure } from "../rule";

export interface StepSpec {
  step: NumP;
  points: NumP;
  direction: ChoiceP<"above" | "below">;
  stepMode: ChoiceP<"continuous" | "whole">;
  base?: NumP;
}

export interface PerStepRule extends StepSpec {
  kind: "perStep";
  measure: Measure;
  /** A number (or parameter), or a measure such as a target field. */
  anchor: NumP | Measure;
}

export const stepSpecShape = {
  step: numP,
  points: numP,
  direction: choiceP(["above", "below"]),
  stepMode: choiceP(["continuous", "whole"]),
  base: numP.optional(),
};

export const schema = (refs: SchemaRefs): z.ZodType<PerStepRule> =>
  z.strictObject({
    kind: z.literal("perStep"),
    measure: refs.measure,
    anchor: z.union([numP, refs.measure]),
    ...stepSpecShape,
  });

/** Leaf for a constant of the rule, shown as percent when the measure is a rate. */
export function constant(v: number, rate: boolean): Expr {
  return rate ? constRate(v) : constNumber(v);
}

export function stepScore(
  spec: StepSpec,
  measured: Expr,
  anchor: Expr,
  rate: boolean,
  ctx: EvalContext,
): Expr {
  const gap = choice(spec.direction) === "above" ? sub(measured, anchor) : sub(anchor, measured);
  const exact = div(gap, constant(num(spec.step), rate));
  const steps = choice(spec.stepMode) === "whole" ? floor(exact) : exact;
  const points = constNumber(num(spec.points));
  ctx.steps.push({ t: "steps", spec, anchor, steps, points });
  const earned = steps.v > 0 ? mul(points, steps) : ZERO;
  const base = spec.base === undefined ? 0 : num(spec.base);
  return base === 0 ? earned : earned === ZERO ? constNumber(base) : add(constNumber(base), earned);
}

export function evaluate(node: PerStepRule, ctx: EvalContext): Expr {
  const measured = ctx.measure(node.measure, ctx);
  const anchor =
    typeof node.anchor === "number" || "param" in node.anchor
      ? constant(num(node.anchor as NumP), ctx.isRate(node.measure))
      : ctx.measure(node.anchor, ctx);
  if (measured === null || anchor === null) return ZERO;
  return stepScore(node, measured, anchor, ctx.isRate(node.measure), ctx);
}
