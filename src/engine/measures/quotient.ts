/**
 * Measure `quotient`: a field's amount(s) divided by a unit, each amount separately, summed:
 * Σ ⌊Rᵢ ÷ 50000⌋ or ⌊S ÷ 3000⌋ ("floor"), or the exact quotient ("exact"). Blank counts 0.
 */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { readField } from "../context";
import { type Expr, ZERO, add, constNumber, div, floor, lit } from "../expr";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import { labelSchema } from "../schema-refs";

export interface QuotientMeasure {
  kind: "quotient";
  field: string;
  per: NumP;
  mode: ChoiceP<"floor" | "exact">;
  label?: Localized;
}

export const schema = (): z.ZodType<QuotientMeasure> =>
  z.strictObject({
    kind: z.literal("quotient"),
    field: z.string().min(1),
    per: numP,
    mode: choiceP(["floor", "exact"]),
    label: labelSchema,
  });

export function evaluate(node: QuotientMeasure, ctx: EvalContext): Expr {
  const v = readField(ctx, node.field);
  if (v === null || typeof v === "string") return ZERO;
  const per = constNumber(num(node.per));
  const whole = choice(node.mode) === "floor";
  if (typeof v === "number") return share(v, per, whole);
  let e = share(v[0], per, whole);
  for (let i = 1; i < v.length; i++) e = add(e, share(v[i], per, whole));
  return e;
}

/** One amount's share: ⌊x ÷ per⌋, or x ÷ per. */
function share(x: number, per: Expr, whole: boolean): Expr {
  const q = div(lit(x), per);
  return whole ? floor(q) : q;
}
