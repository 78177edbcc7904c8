/** Measure `field`: one input field's number (a list field gives the sum of its amounts). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { readField } from "../context";
import { type Expr, ZERO, add, lit, pct } from "../expr";
import { labelSchema } from "../schema-refs";

export interface FieldMeasure {
  kind: "field";
  field: string;
  /** "zero": a blank optional field counts 0 (else it is absent). */
  blank?: "zero";
  label?: Localized;
}

export const schema = (): z.ZodType<FieldMeasure> =>
  z.strictObject({
    kind: z.literal("field"),
    field: z.string().min(1),
    blank: z.literal("zero").optional(),
    label: labelSchema,
  });

export function evaluate(node: FieldMeasure, ctx: EvalContext): Expr | null {
  const before = ctx.problems.length;
  const v = readField(ctx, node.field);
  if (v === null) return ctx.problems.length > before || node.blank === "zero" ? ZERO : null;
  if (typeof v === "number") return ctx.lastRate ? pct(v) : lit(v);
  if (typeof v === "string") return ZERO;
  let e: Expr = lit(v[0]);
  for (let i = 1; i < v.length; i++) e = add(e, lit(v[i]));
  return e;
}
