/**
 * Rule kind `banded`: bands over a measure, each band [from, to) scoring one way (fixed points, in
 * proportion, on a line, by steps, or by a nested rule: the ways are in band-score.ts).
 * A ratio whose target is 0 counts as met: the rule gives `full` (a convention of the rule set, see the rule book).
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { atLeastEdge } from "../decimal";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Localized } from "../types";
import {
  type Band,
  type BandScore,
  bandScoreBook,
  bandScoreFormula,
  bandScoreMeaning,
  bandScoreWords,
  compileBandScore,
  scoreSchema,
} from "./band-score";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type MeaningWords, type NumberMeaning, pointsMeaning, words } from "../book-api";
import type { FormulaCompiler, FormulaText } from "../formula-api";

export type { Band, BandScore };

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

export const schema = (refs: SchemaRefs): z.ZodType<BandedRule> =>
  z.strictObject({
    kind: z.literal("banded"),
    measure: refs.measure,
    full: numP,
    bands: z
      .array(z.strictObject({ from: numP.optional(), to: numP.optional(), score: scoreSchema(refs) }))
      .min(1),
  });

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
  const scores = node.bands.map((band) => compileBandScore(band, full, rate, c));
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

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: BandedRule, f: FormulaCompiler, path: string): string {
  const m = f.measure(node.measure, `${path}.measure`);
  const bands = bandChain(f, m.v, node.bands, (b, i) =>
    bandScoreFormula(f, b, node.full, m.v, `${path}.bands[${i}]`),
  );
  const full = f.num(num(node.full));
  const atZero = m.sure ? full : f.iff(f.isValid(m), full, f.notScored);
  const body = m.zero === null ? bands : f.iff(m.zero, atZero, bands);
  return f.whenPresent(m.p, body, "0");
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
      `${k === 0 ? `${name} ` : ""}${t.range(b, rate)}${t.w("：", ": ")}${bandScoreBook(t, b, node.full, rate, name)}`,
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
  return bandScoreMeaning(band, k, b, () => m.unit(node.measure));
}
