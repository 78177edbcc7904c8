/** Measure `firstPresent`: the first alternative that is not blank (e.g. h₂, else paid ÷ billed). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type Expr, ZERO } from "../expr";
import { addProblem } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";

export interface FirstPresentMeasure {
  kind: "firstPresent";
  of: Measure[];
  label?: Localized;
}

export const schema = (refs: SchemaRefs): z.ZodType<FirstPresentMeasure> =>
  z.strictObject({ kind: z.literal("firstPresent"), of: z.array(refs.measure).min(2), label: labelSchema });

export function evaluate(node: FirstPresentMeasure, ctx: EvalContext): Expr | null {
  for (let i = 0; i < node.of.length; i++) {
    const e = ctx.measure(node.of[i], ctx);
    if (e !== null) {
      if (i > 0) ctx.steps.push({ t: "firstPresent", node, chosen: i });
      return e;
    }
  }
  const first = node.of[0];
  if (first.kind === "field") {
    const fi = ctx.input.fields[first.field];
    addProblem(ctx, {
      cell: fi?.cell ?? "",
      field: first.field,
      found: fi?.text ?? "",
      expected: "a value (no alternative was filled in)",
      code: "blank",
    });
    return ZERO;
  }
  return null;
}
