/** Measure `firstPresent`: the first alternative that is not blank (e.g. h₂, else paid ÷ billed). */
import { z } from "zod";
import type { Locale, Localized } from "../types";
import { type EvalContext, decide } from "../context";
import { addProblem } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface FirstPresentMeasure {
  kind: "firstPresent";
  of: Measure[];
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    firstPresent: FirstPresentMeasure;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<FirstPresentMeasure> =>
  z.strictObject({ kind: z.literal("firstPresent"), of: z.array(refs.measure).min(2), label: labelSchema });

/** Path choices: the index of the alternative used; of.length = none was present. */
export function compile(node: FirstPresentMeasure, c: Compiler): MeasureFn {
  const alternatives = node.of.map((m) => c.measure(m));
  const first = node.of[0];
  return <V>(ctx: EvalContext<V>): V | null => {
    for (let i = 0; i < alternatives.length; i++) {
      const e = alternatives[i](ctx);
      if (e !== null) {
        decide(ctx, i);
        if (i > 0 && ctx.steps !== null) ctx.steps.push({ t: "firstPresent", node, chosen: i });
        return e;
      }
    }
    decide(ctx, alternatives.length);
    if (first.kind === "field") {
      const fi = ctx.input.fields[first.field];
      addProblem(ctx, {
        cell: fi?.cell ?? "",
        field: first.field,
        found: fi?.text ?? "",
        expected: "a value (no alternative was filled in)",
        code: "blank",
      });
      return ctx.ar.zero;
    }
    return null;
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(_node: FirstPresentMeasure): readonly string[] {
  return [];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(node: FirstPresentMeasure): readonly Measure[] {
  // The fallbacks are read only when the first is absent.
  return node.of.slice(0, 1);
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: FirstPresentMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const parts = node.of.map((x, i) => f.measure(x, `${path}.of[${i}]`));
  const lastResort = node.of[0].kind === "field" ? f.notScored : null;
  let v = lastResort ?? "0";
  let zero: string | null = null;
  const anyZero = parts.some((x) => x.zero !== null);
  for (let i = parts.length - 1; i >= 0; i--) {
    const x = parts[i];
    if (x.p === false) continue;
    v = f.whenPresent(x.p, x.v, v);
    if (anyZero) zero = f.whenPresent(x.p, x.zero ?? "FALSE", zero ?? "FALSE");
  }
  const p = lastResort !== null || parts.some((x) => x.p === null) ? null : orPresent(f, parts);
  return { v, p, zero };
}

/** Present when any alternative is, tried in order (a later one is read only when needed). */
function orPresent(f: FormulaCompiler, parts: readonly FormulaMeasure[]): string | false {
  let p = "FALSE";
  for (let i = parts.length - 1; i >= 0; i--) p = f.whenPresent(parts[i].p, "TRUE", p);
  return p === "FALSE" ? false : p;
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: FirstPresentMeasure, t: BookWriter): string {
  return node.of.map((x) => t.inline(x)).join(t.w("；空白时用 ", "; when blank, "));
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(node: FirstPresentMeasure, r: RateOf): boolean {
  return r.isRate(node.of[0]);
}

/** Its name in an explanation when it has no label. */
export function explainName(node: FirstPresentMeasure, n: MeasureNamer, locale: Locale): string {
  return n.measure(node.of[0], locale);
}
