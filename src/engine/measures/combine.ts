/** Measure `combine`: the lowest ("min") or the average of the measures present (blank ones skipped). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type Expr, add, constNumber, div, min } from "../expr";
import { type ChoiceP, choice, choiceP } from "../params";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";

export interface CombineMeasure {
  kind: "combine";
  of: Measure[];
  how: ChoiceP<"min" | "average">;
  label?: Localized;
}

export const schema = (refs: SchemaRefs): z.ZodType<CombineMeasure> =>
  z.strictObject({
    kind: z.literal("combine"),
    of: z.array(refs.measure).min(1),
    how: choiceP(["min", "average"]),
    label: labelSchema,
  });

export function evaluate(node: CombineMeasure, ctx: EvalContext): Expr | null {
  const lowest = choice(node.how) === "min";
  let acc: Expr | null = null;
  let count = 0;
  for (const part of node.of) {
    const e = ctx.measure(part, ctx);
    if (e === null) continue;
    count++;
    acc = acc === null ? e : lowest ? min(acc, e) : add(acc, e);
  }
  if (acc === null || lowest || count === 1) return acc;
  return div(acc, constNumber(count));
}
