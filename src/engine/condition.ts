/** A condition on a measure (`M ≥ 15`, `U ≥ 100`), used by the conditional rule and the cap exception. */
import { z } from "zod";
import type { EvalContext } from "./context";
import { atLeast, sameNumber } from "./decimal";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "./params";
import type { SchemaRefs } from "./schema-refs";
import type { Measure } from "./nodes";
import type { Compiler, MeasureFn } from "./compile";
import type { FormulaCompiler } from "./formula-api";

export type Comparison = ">=" | ">" | "=" | "<=" | "<";

export interface Condition {
  measure: Measure;
  op: ChoiceP<Comparison>;
  value: NumP;
}

export const conditionSchema = (refs: SchemaRefs): z.ZodType<Condition> =>
  z.strictObject({ measure: refs.measure, op: choiceP([">=", ">", "=", "<=", "<"]), value: numP });

export interface CompiledCondition {
  /** The measure, null when absent. */
  measure: MeasureFn;
  /** The measured value, NaN when the measure is absent. */
  valueOf: <V>(ctx: EvalContext<V>, measured: V | null) => number;
  /** Whether the condition holds for a measured value (an absent measure never holds). */
  holds: (value: number) => boolean;
}

export function compileCondition(cond: Condition, c: Compiler): CompiledCondition {
  const measure = c.measure(cond.measure);
  const op = choice(cond.op);
  const edge = num(cond.value);
  return {
    measure,
    valueOf: (ctx, e) => (e === null ? Number.NaN : ctx.ar.value(e)),
    holds: (value) => !Number.isNaN(value) && compare(value, op, edge),
  };
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

/** The condition as a formula: FALSE when its measure is absent (as `holds`). */
export function conditionFormula(cond: Condition, f: FormulaCompiler, path: string): string {
  const m = f.measure(cond.measure, `${path}.measure`);
  const test = f.cmp(m.v, choice(cond.op), f.num(num(cond.value)));
  return f.whenPresent(m.p, test, "FALSE");
}
