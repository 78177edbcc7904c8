/** Measure `field`: one input field's number (a list field gives the sum of its amounts). */
import { z } from "zod";
import type { Measure } from "../nodes";
import type { Locale, Localized } from "../types";
import { type EvalContext, readField } from "../context";
import { labelSchema } from "../schema-refs";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface FieldMeasure {
  kind: "field";
  field: string;
  /** "zero": a blank optional field counts 0 (else it is absent). */
  blank?: "zero";
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    field: FieldMeasure;
  }
}

export const schema = (): z.ZodType<FieldMeasure> =>
  z.strictObject({
    kind: z.literal("field"),
    field: z.string().min(1),
    blank: z.literal("zero").optional(),
    label: labelSchema,
  });

export function compile(node: FieldMeasure, c: Compiler): MeasureFn {
  const decl = c.field(node.field);
  const rate = decl.type === "rate";
  const zeroIfBlank = node.blank === "zero";
  return <V>(ctx: EvalContext<V>): V | null => {
    const ar = ctx.ar;
    const before = ctx.problems.length;
    const v = readField(ctx, decl);
    if (v === null) return ctx.problems.length > before || zeroIfBlank ? ar.zero : null;
    if (typeof v === "number") return rate ? ar.inputRate(v, decl.id, -1) : ar.input(v, decl.id, -1);
    if (typeof v === "string") return ar.zero;
    let e = ar.input(v[0], decl.id, 0);
    for (let i = 1; i < v.length; i++) e = ar.add(e, ar.input(v[i], decl.id, i));
    return e;
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(node: FieldMeasure): readonly string[] {
  return [node.field];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(_node: FieldMeasure): readonly Measure[] {
  return [];
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: FieldMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const at = `${path} (field)`;
  const info = f.fieldInfo(node.field, at);
  const zeroIfBlank = node.blank === "zero";
  if (!f.hasColumn(node.field) && info.optional) {
    return zeroIfBlank ? { v: "0", p: null, zero: null } : { v: "0", p: false, zero: null };
  }
  const v = f.checkedField(node.field, at);
  const sure = f.checkedUpFront(node.field);
  if (!info.optional) return { v, p: null, zero: null, sure };
  if (zeroIfBlank) return { v: f.iff(`ISBLANK(${f.slot(node.field)})`, "0", v), p: null, zero: null, sure };
  return { v, p: f.fieldPresence(node.field, at), zero: null, sure };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: FieldMeasure, t: BookWriter): string {
  return t.field(node.field) + (node.blank === "zero" ? t.w("（空白计 0）", " (blank counts 0)") : "");
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(node: FieldMeasure, r: RateOf): boolean {
  return r.fieldType(node.field) === "rate";
}

/** Its name in an explanation when it has no label. */
export function explainName(node: FieldMeasure, n: MeasureNamer, locale: Locale): string {
  return n.field(node.field, locale);
}

/** It is one input field, read as is (see `MeasureKindModule.singleField`). */
export function singleField(node: FieldMeasure): string {
  return node.field;
}
