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
import type { Localized } from "../types";
import {
  STEP_WORDS,
  type StepSpec,
  compileSteps,
  constant,
  stepSpecShape,
  stepsBook,
  stepsFormula,
} from "./per-step";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type MeaningWords, type NumberMeaning, pointsMeaning, words } from "../book-api";
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

/** What one band scores, in the rule book's words. */
function bandBook(t: BookWriter, node: BandedRule, band: Band, rate: boolean, name: string): string {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return t.points(s.points);
    case "proportional":
      return t.w(`按比例 ${t.value(node.full)} × ${name}`, `in proportion, ${t.value(node.full)} × ${name}`);
    case "interpolated":
      return t.w(
        `从该档下限的 0 分线性升到上限的 ${t.points(s.points)}`,
        `from 0 at the band's floor rising in a line to ${t.points(s.points)} at its top`,
      );
    case "perStep":
      return stepsBook(t, s, t.value(s.anchor, rate), rate, name);
    case "rule":
      return t.short(s.rule) ?? t.w("按下列规则", "by the rule below");
  }
}

/** The rule in the rule book: the measure named once, then each band and what it scores, as the original reads. */
export function book(node: BandedRule, t: BookWriter, depth: number): string[] {
  const out: string[] = [];
  const rate = t.isRate(node.measure);
  const name = t.name(node.measure);
  const def = t.defines(node.measure);
  if (def) out.push(t.item(depth, def));
  const parts = node.bands.map(
    (b, k) =>
      `${k === 0 ? `${name} ` : ""}${t.range(b, rate)}${t.w("：", ": ")}${bandBook(t, node, b, rate, name)}`,
  );
  out.push(t.item(depth, parts.join(t.w("；", "; "))));
  node.bands.forEach((b) => {
    if (b.score.type === "rule" && t.short(b.score.rule) === null) {
      out.push(
        t.item(depth + 1, t.w(`${name} ${t.range(b, rate)} 时：`, `when ${name} is ${t.range(b, rate)}:`)),
      );
      out.push(...t.lines(b.score.rule, depth + 2));
    }
  });
  return out;
}

/** What a band scores, in a few words (the meaning of its edges). */
function bandScoreWords(band: Band, full: NumP): Localized {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return s.points === full
        ? words("得满分", "full points")
        : words("得该档固定分", "this band's fixed points");
    case "proportional":
      return words("按比例得分", "points in proportion");
    case "interpolated":
      return words("线性得分", "points on a line");
    case "perStep":
      return words("按步计分", "points per step");
    case "rule":
      return words("按该档的规则计分", "scored by this band's own rule");
  }
}

/** The meaning of band k's edge: "完成率达到此值：得满分" (shared with `gate`). */
export function edgeMeaning(
  band: { from?: NumP; to?: NumP },
  k: number,
  edge: "from" | "to",
  name: Localized,
  what: Localized,
): Localized {
  const n = k + 1;
  if (edge === "from" && band.to === undefined)
    return words(`${name["zh-CN"]}达到此值：${what["zh-CN"]}`, `${name.en} at or above this: ${what.en}`);
  if (edge === "to" && band.from === undefined)
    return words(`${name["zh-CN"]}低于此值：${what["zh-CN"]}`, `${name.en} below this: ${what.en}`);
  return edge === "from"
    ? words(
        `${name["zh-CN"]}第${n}档下限（含）：${what["zh-CN"]}`,
        `${name.en}, band ${n} from (inclusive): ${what.en}`,
      )
    : words(`${name["zh-CN"]}第${n}档上限（不含）`, `${name.en}, band ${n} up to (exclusive)`);
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: BandedRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  if (rel.join(".") === "full")
    return pointsMeaning(
      words("满分（按比例得分时的 100%）", "full points (at 100% in a proportional band)"),
    );
  const [, k, a, b] = rel;
  if (typeof k !== "number") return undefined;
  const band = node.bands[k];
  if (a === "from" || a === "to") {
    const name = m.name(node.measure);
    return {
      meaning: edgeMeaning(band, k, a, name, bandScoreWords(band, node.full)),
      unit: m.unit(node.measure),
    };
  }
  if (a !== "score" || typeof b !== "string") return undefined;
  const type = band.score.type;
  if (b === "points" && type === "fixed")
    return pointsMeaning(words(`第${k + 1}档的得分`, `points in band ${k + 1}`));
  if (b === "points" && type === "interpolated")
    return pointsMeaning(
      words(
        `第${k + 1}档：档顶的分值（从档底的 0 分线性上升）`,
        `band ${k + 1}: points at its top (rising from 0 at its floor)`,
      ),
    );
  const w = STEP_WORDS[b];
  if (w === undefined) return undefined;
  const unit = b === "anchor" || b === "step" ? m.unit(node.measure) : "points";
  return { meaning: words(`第${k + 1}档：${w["zh-CN"]}`, `band ${k + 1}: ${w.en}`), unit };
}
