/**
 * Rule kind `banded`: bands over a measure, each band [from, to) scoring one way:
 * - fixed points;
 * - proportional: full × the measure (completion-rate bands, "按比例得分");
 * - interpolated: 0 at the band's floor rising in a line to `points` at its top ("线性得分" on a rate);
 * - perStep: base + points per step above/below an anchor;
 * - a nested rule.
 * A ratio whose target is 0 counts as met: the rule gives `full` (a convention of the rule set, see the rule book).
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { atLeastEdge } from "../decimal";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure, Rule } from "../nodes";
import { type StepSpec, compileSteps, constant, stepSpecShape, stepsFormula } from "./per-step";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import type { FormulaCompiler, FormulaText } from "../formula-api";

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

declare module "../nodes" {
  interface RuleNodes {
    banded: BandedRule;
  }
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

/**
 * Band edges read once when compiling, as numbers: each edge's threshold (`atLeastEdge`) in a typed
 * array, NaN for a band without that edge (the loop then reads no rule data, whatever its shape).
 */
export interface BandEdges {
  readonly from: Float64Array;
  readonly to: Float64Array;
}

export function bandEdges(bands: ReadonlyArray<{ from?: NumP; to?: NumP }>): BandEdges {
  const edge = (x: NumP | undefined) => (x === undefined ? NaN : atLeastEdge(num(x)));
  return {
    from: Float64Array.from(bands, (b) => edge(b.from)),
    to: Float64Array.from(bands, (b) => edge(b.to)),
  };
}

/** The index of the band holding v (from ≤ v < to, at 15 digits), or -1 (a gap; the checker reports gaps). */
export function findBand(edges: BandEdges, v: number): number {
  const { from, to } = edges;
  for (let i = 0; i < from.length; i++) {
    const lo = from[i];
    if (lo === lo && !(v >= lo)) continue;
    const hi = to[i];
    if (hi === hi && v >= hi) continue;
    return i;
  }
  return -1;
}

/**
 * Path choices: the index of the band that applied; bands.length = target 0 counted as met;
 * bands.length + 1 = no band (a gap).
 */
export function compile(node: BandedRule, c: Compiler): RuleFn {
  const measure = c.measure(node.measure);
  const rate = c.isRate(node.measure);
  const full = num(node.full);
  const noBand = node.bands.length;
  const scores = node.bands.map((band) => bandScore(band, full, rate, c));
  const edges = bandEdges(node.bands);
  return <V>(ctx: EvalContext<V>): V => {
    const ar = ctx.ar;
    const before = ctx.problems.length;
    ctx.zeroTarget = null;
    const measured = measure(ctx);
    if (measured === null || ctx.problems.length > before) return ar.zero;
    if (ctx.zeroTarget !== null) {
      decide(ctx, noBand);
      if (ctx.steps !== null) ctx.steps.push({ t: "targetZero", node: ctx.zeroTarget, full });
      ctx.zeroTarget = null;
      return ar.constant(full);
    }
    const value = ar.value(measured);
    const i = findBand(edges, value);
    if (i < 0) {
      decide(ctx, noBand + 1);
      return ar.zero;
    }
    decide(ctx, i);
    if (ctx.steps !== null) ctx.steps.push({ t: "band", node, band: i, value, at: measured });
    return scores[i](measured, ctx);
  };
}

/** What one band scores, given the measured value. */
type BandScoreFn = <V>(measured: V, ctx: EvalContext<V>) => V;

function bandScore(band: Band, full: number, rate: boolean, c: Compiler): BandScoreFn {
  const s = band.score;
  switch (s.type) {
    case "fixed": {
      const points = num(s.points);
      return (_measured, ctx) => ctx.ar.constant(points);
    }
    case "proportional":
      return (measured, ctx) => ctx.ar.mul(ctx.ar.constant(full), measured);
    case "interpolated": {
      const points = num(s.points);
      const from = num(band.from ?? 0);
      const to = num(band.to ?? 0);
      return (measured, ctx) => {
        const ar = ctx.ar;
        const lo = constant(ar, from, rate);
        const hi = constant(ar, to, rate);
        return ar.mul(ar.constant(points), ar.div(ar.sub(measured, lo), ar.sub(hi, lo)));
      };
    }
    case "perStep": {
      const step = compileSteps(s, rate);
      const anchor = num(s.anchor);
      return (measured, ctx) => step(measured, constant(ctx.ar, anchor, rate), ctx);
    }
    case "rule": {
      const rule = c.rule(s.rule);
      return (_measured, ctx) => rule(ctx);
    }
  }
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: BandedRule): Evaluated {
  return { measures: [node.measure] };
}

/** Its bands, which the checker requires to cover the line without gaps or overlaps. */
export function bands(node: BandedRule): ReadonlyArray<{ from?: NumP; to?: NumP }> {
  return node.bands;
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: BandedRule): readonly Evaluated[] {
  const rules = node.bands.flatMap((b) => (b.score.type === "rule" ? [b.score.rule] : []));
  return [{ measures: [node.measure], rules }];
}

/** The band's edges as a formula condition (from inclusive, to exclusive). */
function bandTest(f: FormulaText, v: string, band: { from?: NumP; to?: NumP }): string {
  const tests: string[] = [];
  if (band.from !== undefined) tests.push(f.cmp(v, ">=", f.num(num(band.from))));
  if (band.to !== undefined) tests.push(f.cmp(v, "<", f.num(num(band.to))));
  return f.and(tests);
}

/** Bands as a formula: band by band, the first band holding the value; a gap scores 0 (shared with `gate`). */
export function bandChain<B extends { from?: NumP; to?: NumP }>(
  f: FormulaText,
  v: string,
  bands: readonly B[],
  score: (b: B, i: number) => string,
): string {
  let out = "0";
  for (let i = bands.length - 1; i >= 0; i--) {
    const test = bandTest(f, v, bands[i]);
    out = test === "TRUE" ? score(bands[i], i) : f.iff(test, score(bands[i], i), out);
  }
  return out;
}

/** What one band scores, as a formula over the measured value `v` (as `bandScore` computes it). */
function bandFormula(f: FormulaCompiler, node: BandedRule, band: Band, v: string, path: string): string {
  const s = band.score;
  const full = f.num(num(node.full));
  switch (s.type) {
    case "fixed":
      return f.num(num(s.points));
    case "proportional":
      return f.op(full, "*", v);
    case "interpolated": {
      const from = f.num(num(band.from ?? 0));
      const to = f.num(num(band.to ?? 0));
      return f.op(f.num(num(s.points)), "*", f.op(f.op(v, "-", from), "/", f.op(to, "-", from)));
    }
    case "perStep":
      return stepsFormula(f, s, v, f.num(num(s.anchor)));
    case "rule":
      return f.guarded(s.rule, `${path}.score.rule`);
  }
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: BandedRule, f: FormulaCompiler, path: string): string {
  const m = f.measure(node.measure, `${path}.measure`);
  const bands = bandChain(f, m.v, node.bands, (b, i) => bandFormula(f, node, b, m.v, `${path}.bands[${i}]`));
  const full = f.num(num(node.full));
  const atZero = m.sure ? full : f.iff(f.isValid(m), full, f.notScored);
  const body = m.zero === null ? bands : f.iff(m.zero, atZero, bands);
  return f.whenPresent(m.p, body, "0");
}
