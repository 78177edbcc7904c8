/** Measure `firstPresent`: the first alternative that is not blank (e.g. h₂, else paid ÷ billed). */
import { z } from "zod";
import type { Localized } from "../types";
import { type EvalContext, decide } from "../context";
import { addProblem } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";
import type { Compiler, MeasureFn } from "../compile";

export interface FirstPresentMeasure {
  kind: "firstPresent";
  of: Measure[];
  label?: Localized;
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
