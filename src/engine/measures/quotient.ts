/**
 * Measure `quotient`: a field's amount(s) divided by a unit, each amount separately, summed:
 * Σ ⌊Rᵢ ÷ 50000⌋ or ⌊S ÷ 3000⌋ ("floor"), or the exact quotient ("exact"). Blank counts 0.
 */
import { z } from "zod";
import type { Measure } from "../nodes";
import type { Locale, Localized } from "../types";
import { type EvalContext, readField } from "../context";
import type { Arithmetic } from "../arithmetic";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import { labelSchema } from "../schema-refs";
import { formatNumber } from "../decimal";
import type { Compiler, MeasureFn } from "../compile";
import { type BookWriter, type NumberMeaning, words } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface QuotientMeasure {
  kind: "quotient";
  field: string;
  per: NumP;
  mode: ChoiceP<"floor" | "exact">;
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    quotient: QuotientMeasure;
  }
}

export const schema = (): z.ZodType<QuotientMeasure> =>
  z.strictObject({
    kind: z.literal("quotient"),
    field: z.string().min(1),
    per: numP,
    mode: choiceP(["floor", "exact"]),
    label: labelSchema,
  });

export function compile(node: QuotientMeasure, c: Compiler): MeasureFn {
  const decl = c.field(node.field);
  const per = num(node.per);
  const whole = choice(node.mode) === "floor";
  return <V>(ctx: EvalContext<V>): V => {
    const ar = ctx.ar;
    const v = readField(ctx, decl);
    if (v === null || typeof v === "string") return ar.zero;
    const perV = ar.constant(per);
    if (typeof v === "number") return share(ar, v, decl.id, -1, perV, whole);
    let e = share(ar, v[0], decl.id, 0, perV, whole);
    for (let i = 1; i < v.length; i++) e = ar.add(e, share(ar, v[i], decl.id, i, perV, whole));
    return e;
  };
}

/** One amount's share: ⌊x ÷ per⌋, or x ÷ per. */
function share<V>(ar: Arithmetic<V>, x: number, field: string, index: number, per: V, whole: boolean): V {
  const q = ar.div(ar.input(x, field, index), per);
  return whole ? ar.floor(q) : q;
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(node: QuotientMeasure): readonly string[] {
  return [node.field];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(_node: QuotientMeasure): readonly Measure[] {
  return [];
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: QuotientMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const at = `${path} (quotient)`;
  const info = f.fieldInfo(node.field, at);
  if (!f.hasColumn(node.field)) return { v: info.optional ? "0" : f.notScored, p: null, zero: null };
  const x = f.checkedField(node.field, at);
  const q = f.op(x, "/", f.num(num(node.per)));
  const v = choice(node.mode) === "floor" ? `INT(${q})` : q;
  const sure = f.checkedUpFront(node.field);
  if (info.optional) return { v: f.iff(`ISBLANK(${f.slot(node.field)})`, "0", v), p: null, zero: null, sure };
  return { v, p: null, zero: null, sure };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: QuotientMeasure, t: BookWriter): string {
  const mode = typeof node.mode === "string" ? node.mode : t.param(node.mode.param);
  const q = `${t.field(node.field)} ÷ ${t.value(node.per)}`;
  const how =
    typeof node.mode === "object"
      ? t.w(`（参数 ${node.mode.param}）`, ` (parameter ${node.mode.param})`)
      : "";
  return (mode === "floor" ? `⌊${q}⌋` : q) + how;
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  _node: QuotientMeasure,
  rel: ReadonlyArray<string | number>,
): NumberMeaning | undefined {
  if (rel.join(".") !== "per") return undefined;
  return { meaning: words("每满此数折 1 家", "one account per this amount"), unit: "amount" };
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(_node: QuotientMeasure, _r: RateOf): boolean {
  return false;
}

/** Its name in an explanation when it has no label. */
export function explainName(node: QuotientMeasure, n: MeasureNamer, locale: Locale): string {
  return `${n.field(node.field, locale)} ÷ ${formatNumber(num(node.per))}`;
}
