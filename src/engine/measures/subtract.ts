/** Measure `subtract`: one measure minus another (e.g. equivalent accounts above target, E − T). */
import { z } from "zod";
import type { Locale, Localized } from "../types";
import type { EvalContext } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface SubtractMeasure {
  kind: "subtract";
  of: Measure;
  minus: Measure;
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    subtract: SubtractMeasure;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<SubtractMeasure> =>
  z.strictObject({ kind: z.literal("subtract"), of: refs.measure, minus: refs.measure, label: labelSchema });

export function compile(node: SubtractMeasure, c: Compiler): MeasureFn {
  const of = c.measure(node.of);
  const minus = c.measure(node.minus);
  return <V>(ctx: EvalContext<V>): V | null => {
    const a = of(ctx);
    const b = minus(ctx);
    return a === null || b === null ? null : ctx.ar.sub(a, b);
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(_node: SubtractMeasure): readonly string[] {
  return [];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(node: SubtractMeasure): readonly Measure[] {
  return [node.of, node.minus];
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: SubtractMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const a = f.measure(node.of, `${path}.of`);
  const b = f.measure(node.minus, `${path}.minus`);
  f.noZeroTargetInside([a, b], `${path} (subtract)`);
  return {
    v: f.op(a.v, "-", b.v),
    p: f.allPresent([a, b]),
    zero: null,
    sure: a.sure === true && b.sure === true,
  };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: SubtractMeasure, t: BookWriter): string {
  return `${t.inline(node.of)} − ${t.inline(node.minus)}`;
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(node: SubtractMeasure, r: RateOf): boolean {
  return r.isRate(node.of);
}

/** Its name in an explanation when it has no label. */
export function explainName(node: SubtractMeasure, n: MeasureNamer, locale: Locale): string {
  return `${n.measure(node.of, locale)} - ${n.measure(node.minus, locale)}`;
}
