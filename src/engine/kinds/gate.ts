/**
 * Rule kind `gate`: a coefficient chosen by bands over a measure multiplies a rule's score; a
 * coefficient of 0 scores 0 without evaluating the rule. "rate" uses the measured rate itself.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Expr, ZERO, constNumber, mul } from "../expr";
import { type NumP, num, numP, paramRefSchema, type ParamRef } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure, Rule } from "../rule";
import { findBand } from "./banded";

export interface GateBand {
  from?: NumP;
  to?: NumP;
  coefficient: number | "rate" | ParamRef;
}

export interface GateRule {
  kind: "gate";
  measure: Measure;
  bands: GateBand[];
  rule: Rule;
}

export const schema = (refs: SchemaRefs): z.ZodType<GateRule> =>
  z.strictObject({
    kind: z.literal("gate"),
    measure: refs.measure,
    bands: z
      .array(
        z.strictObject({
          from: numP.optional(),
          to: numP.optional(),
          coefficient: z.union([z.number(), z.literal("rate"), paramRefSchema]),
        }),
      )
      .min(1),
    rule: refs.rule,
  });

export function evaluate(node: GateRule, ctx: EvalContext): Expr {
  const before = ctx.problems.length;
  const measured = ctx.measure(node.measure, ctx);
  if (measured === null || ctx.problems.length > before) return ZERO;
  const i = findBand(node.bands, measured.v);
  if (i < 0) return ZERO;
  const c = node.bands[i].coefficient;
  const k: Expr = c === "rate" ? measured : constNumber(num(c as NumP));
  ctx.steps.push({ t: "gate", node, band: i, value: measured.v, coefficient: k.v });
  if (k.v === 0) return ZERO;
  const inner = ctx.rule(node.rule, ctx);
  return k.v === 1 ? inner : mul(k, inner);
}
