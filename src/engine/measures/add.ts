/** Measure `add`: the sum of several measures (absent ones skipped; all absent → absent). */
import { z } from "zod";
import type { Locale, Localized } from "../types";
import type { EvalContext } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface AddMeasure {
  kind: "add";
  of: Measure[];
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    add: AddMeasure;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<AddMeasure> =>
  z.strictObject({ kind: z.literal("add"), of: z.array(refs.measure).min(1), label: labelSchema });

export function compile(node: AddMeasure, c: Compiler): MeasureFn {
  const parts = node.of.map((m) => c.measure(m));
  return <V>(ctx: EvalContext<V>): V | null => {
    let sum: V | null = null;
    for (let i = 0; i < parts.length; i++) {
      const e = parts[i](ctx);
      if (e !== null) sum = sum === null ? e : ctx.ar.add(sum, e);
    }
    return sum;
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(_node: AddMeasure): readonly string[] {
  return [];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(node: AddMeasure): readonly Measure[] {
  return node.of;
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: AddMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const parts = node.of.map((x, i) => f.measure(x, `${path}.of[${i}]`));
  f.noZeroTargetInside(parts, `${path} (add)`);
  const present = parts.filter((x) => x.p !== false);
  if (present.length === 0) return { v: "0", p: false, zero: null };
  const v = present.map((x) => f.whenPresent(x.p, x.v, "0")).reduce((s, x) => f.op(s, "+", x));
  const p = present.some((x) => x.p === null) ? null : f.call("OR", ...present.map(f.touch));
  return { v, p, zero: null, sure: parts.every((x) => x.sure) };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: AddMeasure, t: BookWriter): string {
  return node.of.map((x) => t.inline(x)).join(" + ");
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(node: AddMeasure, r: RateOf): boolean {
  return r.isRate(node.of[0]);
}

/** Its name in an explanation when it has no label. */
export function explainName(node: AddMeasure, n: MeasureNamer, locale: Locale): string {
  return node.of.map((m) => n.measure(m, locale)).join(" + ");
}
