/** Measure `subtract`: one measure minus another (e.g. equivalent accounts above target, E − T). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type Expr, sub } from "../expr";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";

export interface SubtractMeasure {
  kind: "subtract";
  of: Measure;
  minus: Measure;
  label?: Localized;
}

export const schema = (refs: SchemaRefs): z.ZodType<SubtractMeasure> =>
  z.strictObject({ kind: z.literal("subtract"), of: refs.measure, minus: refs.measure, label: labelSchema });

export function evaluate(node: SubtractMeasure, ctx: EvalContext): Expr | null {
  const a = ctx.measure(node.of, ctx);
  const b = ctx.measure(node.minus, ctx);
  return a === null || b === null ? null : sub(a, b);
}
