/** Measure `add`: the sum of several measures (absent ones skipped; all absent → absent). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type Expr, add } from "../expr";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";

export interface AddMeasure {
  kind: "add";
  of: Measure[];
  label?: Localized;
}

export const schema = (refs: SchemaRefs): z.ZodType<AddMeasure> =>
  z.strictObject({ kind: z.literal("add"), of: z.array(refs.measure).min(1), label: labelSchema });

export function evaluate(node: AddMeasure, ctx: EvalContext): Expr | null {
  let sum: Expr | null = null;
  for (const part of node.of) {
    const e = ctx.measure(part, ctx);
    if (e !== null) sum = sum === null ? e : add(sum, e);
  }
  return sum;
}
