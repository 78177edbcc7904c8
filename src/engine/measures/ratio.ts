/**
 * Measure `ratio`: actual ÷ target (a completion rate). Convention (parameter): a target of 0 counts as
 * met — the value is 100% and the banded rule that measured it gives its full points, no bonus.
 */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { addProblem } from "../context";
import { type Expr, ONE, ZERO, div } from "../expr";
import { type ChoiceP, choice, choiceP } from "../params";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";

export interface RatioMeasure {
  kind: "ratio";
  of: Measure;
  to: Measure;
  /** Target 0: "met" (full points) or "notScored" (an input problem on the target). */
  zeroTarget: ChoiceP<"met" | "notScored">;
  label?: Localized;
}

export const schema = (refs: SchemaRefs): z.ZodType<RatioMeasure> =>
  z.strictObject({
    kind: z.literal("ratio"),
    of: refs.measure,
    to: refs.measure,
    zeroTarget: choiceP(["met", "notScored"]),
    label: labelSchema,
  });

export function evaluate(node: RatioMeasure, ctx: EvalContext): Expr | null {
  const before = ctx.problems.length;
  const actual = ctx.measure(node.of, ctx);
  const target = ctx.measure(node.to, ctx);
  if (ctx.problems.length > before) return ZERO;
  if (actual === null || target === null) return null;
  if (target.v === 0) {
    if (choice(node.zeroTarget) === "notScored") {
      const field = node.to.kind === "field" ? node.to.field : "";
      const fi = ctx.input.fields[field];
      addProblem(ctx, {
        cell: fi?.cell ?? "",
        field,
        found: fi?.text ?? "0",
        expected: "> 0",
        code: "outOfBounds",
      });
      return ZERO;
    }
    ctx.zeroTarget = node;
    return ONE;
  }
  return div(actual, target);
}
