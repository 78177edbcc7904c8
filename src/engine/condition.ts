/** A condition on a measure (`M ≥ 15`, `U ≥ 100`), used by the conditional rule and the cap exception. */
import { z } from "zod";
import type { EvalContext } from "./context";
import { atLeast, sameNumber } from "./decimal";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "./params";
import type { SchemaRefs } from "./schema-refs";
import type { Measure } from "./rule";

export type Comparison = ">=" | ">" | "=" | "<=" | "<";

export interface Condition {
  measure: Measure;
  op: ChoiceP<Comparison>;
  value: NumP;
}

export const conditionSchema = (refs: SchemaRefs): z.ZodType<Condition> =>
  z.strictObject({ measure: refs.measure, op: choiceP([">=", ">", "=", "<=", "<"]), value: numP });

/** Tests the condition; an absent measure never holds. Returns the measured value (NaN when absent). */
export function testCondition(cond: Condition, ctx: EvalContext): { held: boolean; value: number } {
  const e = ctx.measure(cond.measure, ctx);
  if (e === null) return { held: false, value: Number.NaN };
  return { held: compare(e.v, choice(cond.op), num(cond.value)), value: e.v };
}

export function compare(x: number, op: Comparison, y: number): boolean {
  switch (op) {
    case ">=":
      return atLeast(x, y);
    case ">":
      return !atLeast(y, x);
    case "=":
      return sameNumber(x, y);
    case "<=":
      return atLeast(y, x);
    case "<":
      return !atLeast(x, y);
  }
}
