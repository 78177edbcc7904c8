/**
 * Rule kind `banded`: bands over a measure, each band [from, to) scoring one way:
 * - fixed points;
 * - proportional: full × the measure (completion-rate bands, "按比例得分");
 * - interpolated: 0 at the band's floor rising in a line to `points` at its top ("线性得分" on a rate);
 * - perStep: base + points per step above/below an anchor;
 * - a nested rule.
 * A ratio whose target is 0 counts as met: the rule gives `full` (Convention of RULES.md).
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { atLeast } from "../decimal";
import { type Expr, ZERO, constNumber, div, mul, sub } from "../expr";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure, Rule } from "../rule";
import { type StepSpec, constant, stepScore, stepSpecShape } from "./per-step";

export type BandScore =
  | { type: "fixed"; points: NumP }
  | { type: "proportional" }
  | { type: "interpolated"; points: NumP }
  | ({ type: "perStep"; anchor: NumP } & StepSpec)
  | { type: "rule"; rule: Rule };

export interface Band {
  /** Inclusive lower edge; absent = no lower edge. */
  from?: NumP;
  /** Exclusive upper edge; absent = no upper edge. */
  to?: NumP;
  score: BandScore;
}

export interface BandedRule {
  kind: "banded";
  measure: Measure;
  /** Points at 100% (proportional bands, and a target of 0). */
  full: NumP;
  bands: Band[];
}

export const schema = (refs: SchemaRefs): z.ZodType<BandedRule> => {
  const score = z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("fixed"), points: numP }),
    z.strictObject({ type: z.literal("proportional") }),
    z.strictObject({ type: z.literal("interpolated"), points: numP }),
    z.strictObject({ type: z.literal("perStep"), anchor: numP, ...stepSpecShape }),
    z.strictObject({ type: z.literal("rule"), rule: refs.rule }),
  ]);
  return z.strictObject({
    kind: z.literal("banded"),
    measure: refs.measure,
    full: numP,
    bands: z.array(z.strictObject({ from: numP.optional(), to: numP.optional(), score })).min(1),
  });
};

/** The index of the band holding v, or -1 (a gap; the checker reports gaps). */
export function findBand(bands: ReadonlyArray<{ from?: NumP; to?: NumP }>, v: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.from !== undefined && !atLeast(v, num(b.from))) continue;
    if (b.to !== undefined && atLeast(v, num(b.to))) continue;
    return i;
  }
  return -1;
}

export function evaluate(node: BandedRule, ctx: EvalContext): Expr {
  const before = ctx.problems.length;
  ctx.zeroTarget = null;
  const measured = ctx.measure(node.measure, ctx);
  if (measured === null || ctx.problems.length > before) return ZERO;
  const full = num(node.full);
  if (ctx.zeroTarget !== null) {
    ctx.steps.push({ t: "targetZero", node: ctx.zeroTarget, full });
    ctx.zeroTarget = null;
    return constNumber(full);
  }
  const i = findBand(node.bands, measured.v);
  if (i < 0) return ZERO;
  ctx.steps.push({ t: "band", node, band: i, value: measured.v });
  const band = node.bands[i];
  const s = band.score;
  const rate = ctx.isRate(node.measure);
  switch (s.type) {
    case "fixed":
      return constNumber(num(s.points));
    case "proportional":
      return mul(constNumber(full), measured);
    case "interpolated": {
      const from = constant(num(band.from ?? 0), rate);
      const to = constant(num(band.to ?? 0), rate);
      return mul(constNumber(num(s.points)), div(sub(measured, from), sub(to, from)));
    }
    case "perStep":
      return stepScore(s, measured, constant(num(s.anchor), rate), rate, ctx);
    case "rule":
      return ctx.rule(s.rule, ctx);
  }
}
