/** Measure `combine`: the lowest ("min") or the average of the measures present (blank ones skipped). */
import { z } from "zod";
import type { Locale, Localized } from "../types";
import type { EvalContext } from "../context";
import { type ChoiceP, choice, choiceP } from "../params";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface CombineMeasure {
  kind: "combine";
  of: Measure[];
  how: ChoiceP<"min" | "average">;
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    combine: CombineMeasure;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<CombineMeasure> =>
  z.strictObject({
    kind: z.literal("combine"),
    of: z.array(refs.measure).min(1),
    how: choiceP(["min", "average"]),
    label: labelSchema,
  });

export function compile(node: CombineMeasure, c: Compiler): MeasureFn {
  const parts = node.of.map((m) => c.measure(m));
  const lowest = choice(node.how) === "min";
  return <V>(ctx: EvalContext<V>): V | null => {
    const ar = ctx.ar;
    let acc: V | null = null;
    let count = 0;
    for (let i = 0; i < parts.length; i++) {
      const e = parts[i](ctx);
      if (e === null) continue;
      count++;
      acc = acc === null ? e : lowest ? ar.min(acc, e) : ar.add(acc, e);
    }
    if (acc === null || lowest || count === 1) return acc;
    return ar.div(acc, ar.constant(count));
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(_node: CombineMeasure): readonly string[] {
  return [];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(node: CombineMeasure): readonly Measure[] {
  return node.of;
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: CombineMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const parts = node.of.map((x, i) => f.measure(x, `${path}.of[${i}]`));
  f.noZeroTargetInside(parts, `${path} (combine)`);
  const present = parts.filter((x) => x.p !== false);
  if (present.length === 0) return { v: "0", p: false, zero: null };
  const p = present.some((x) => x.p === null) ? null : f.call("OR", ...present.map(f.touch));
  if (choice(node.how) === "min") {
    return { v: f.call("MIN", ...present.map((x) => f.whenPresent(x.p, x.v, "1E307"))), p, zero: null };
  }
  const sum = present.map((x) => f.whenPresent(x.p, x.v, "0")).reduce((s, x) => f.op(s, "+", x));
  const count = present.map((x) => f.whenPresent(x.p, "1", "0")).reduce((s, x) => f.op(s, "+", x));
  return { v: present.length === 1 ? sum : f.op(sum, "/", count), p, zero: null };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: CombineMeasure, t: BookWriter): string {
  const how = typeof node.how === "string" ? node.how : t.param(node.how.param);
  const list = node.of.map((x) => t.inline(x)).join(", ");
  const by =
    typeof node.how === "object" ? t.w(`（参数 ${node.how.param}）`, ` (parameter ${node.how.param})`) : "";
  return (
    (how === "min" ? t.w(`最低值(${list})`, `lowest(${list})`) : t.w(`平均值(${list})`, `average(${list})`)) +
    by
  );
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(node: CombineMeasure, r: RateOf): boolean {
  return r.isRate(node.of[0]);
}

/** Its name in an explanation when it has no label. */
export function explainName(node: CombineMeasure, n: MeasureNamer, locale: Locale): string {
  return `${choice(node.how)}(${node.of.map((m) => n.measure(m, locale)).join(", ")})`;
}
