/** Measure `subtract`: one measure minus another (e.g. equivalent accounts above target, E − T). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type SchemaRefs, labelSchema } from "../schema-refs";
import type { Measure } from "../rule";
import type { Compiler, MeasureFn } from "../compile";

export interface SubtractMeasure {
  kind: "subtract";
  of: Measure;
  minus: Measure;
  label?: Localized;
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
