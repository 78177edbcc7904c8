/**
 * Measure `ratio`: actual ÷ target (a completion rate). Convention (parameter): a target of 0 counts as
 * met — the value is 100% and the banded rule that measured it gives its full points, no bonus.
 */
import { z } from "zod";
import type { Locale, Localized } from "../types";
import { type EvalContext, addProblem } from "../context";
import { type ChoiceP, choice, choiceP } from "../params";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, MeasureFn } from "../compile";
import type { BookWriter } from "../book-api";
import type { MeasureNamer, RateOf } from "../measure-api";
import type { FormulaCompiler, FormulaMeasure } from "../formula-api";

export interface RatioMeasure {
  kind: "ratio";
  of: Measure;
  to: Measure;
  /** Target 0: "met" (full points) or "notScored" (an input problem on the target). */
  zeroTarget: ChoiceP<"met" | "notScored">;
  label?: Localized;
}

declare module "../nodes" {
  interface MeasureNodes {
    ratio: RatioMeasure;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<RatioMeasure> =>
  z.strictObject({
    kind: z.literal("ratio"),
    of: refs.measure,
    to: refs.measure,
    zeroTarget: choiceP(["met", "notScored"]),
    label: labelSchema,
  });

/** Its value is shown by the band it falls in and its arithmetic by the score: no step of its own. */
export const shownByItsBand = true;

export function compile(node: RatioMeasure, c: Compiler): MeasureFn {
  const actualOf = c.measure(node.of);
  const targetOf = c.measure(node.to);
  const notScored = choice(node.zeroTarget) === "notScored";
  const targetField = node.to.kind === "field" ? node.to.field : "";
  return <V>(ctx: EvalContext<V>): V | null => {
    const ar = ctx.ar;
    const before = ctx.problems.length;
    const actual = actualOf(ctx);
    const target = targetOf(ctx);
    if (ctx.problems.length > before) return ar.zero;
    if (actual === null || target === null) return null;
    if (ar.look(target) === 0) {
      if (notScored) {
        const fi = ctx.input.fields[targetField];
        addProblem(ctx, {
          cell: fi?.cell ?? "",
          field: targetField,
          found: fi?.text ?? "0",
          expected: "> 0",
          code: "outOfBounds",
        });
        return ar.zero;
      }
      ctx.zeroTarget = node;
      return ar.one;
    }
    return ar.div(actual, target);
  };
}

/** The fields the measure reads itself (not through the measures under it). */
export function ownFields(_node: RatioMeasure): readonly string[] {
  return [];
}

/** The measures under it that are evaluated every time it is. */
export function alwaysEvaluated(node: RatioMeasure): readonly Measure[] {
  return [node.of, node.to];
}
/** The measure as formula text, step for step as `compile` computes it (see formula-api.ts). */
export function formula(node: RatioMeasure, f: FormulaCompiler, path: string): FormulaMeasure {
  const a = f.measure(node.of, `${path}.of`);
  const t = f.measure(node.to, `${path}.to`);
  f.noZeroTargetInside([a, t], `${path} (ratio)`);
  const targetZero = f.cmp(t.v, "=", "0");
  const met = choice(node.zeroTarget) === "met";
  const atZero = met ? (a.sure ? "1" : f.iff(`ISNUMBER(${a.v})`, "1", f.notScored)) : f.notScored;
  const v = f.iff(targetZero, atZero, f.op(a.v, "/", t.v));
  return {
    v,
    p: f.allPresent([a, t]),
    zero: met ? targetZero : null,
    sure: met && a.sure === true && t.sure === true,
  };
}
/** The measure's arithmetic in the rule book's words (without its label). */
export function book(node: RatioMeasure, t: BookWriter): string {
  return `${t.inline(node.of)} ÷ ${t.inline(node.to)}`;
}
/** Whether the measure is a rate (shown and compared as percent). */
export function isRate(_node: RatioMeasure, _r: RateOf): boolean {
  return true;
}

/** Its name in an explanation when it has no label. */
export function explainName(node: RatioMeasure, n: MeasureNamer, locale: Locale): string {
  return `${n.measure(node.of, locale)} ÷ ${n.measure(node.to, locale)}`;
}
