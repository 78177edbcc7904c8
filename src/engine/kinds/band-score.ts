/**
 * What one band of a `banded` rule scores, every fact of each way in one place: its schema, its score
 * (compiled), its formula, its words in the rule book and on the rules sheet, and in an explanation
 * what it reads as and what it cost. The ways:
 * - fixed points;
 * - proportional: full × the measure (completion-rate bands, "按比例得分");
 * - interpolated: 0 at the band's floor rising in a line to `points` at its top ("线性得分" on a rate);
 * - perStep: base + points per step above/below an anchor;
 * - a nested rule.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { formatNumber } from "../decimal";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../nodes";
import type { Localized } from "../types";
import type { Compiler } from "../compile";
import type { BookWriter, MeaningWords, NumberMeaning } from "../book-api";
import { pointsMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";
import type { Phrases } from "../explain/phrases";
import {
  STEP_WORDS,
  type StepSpec,
  compileSteps,
  constant,
  stepSpecShape,
  stepsBook,
  stepsFormula,
} from "./per-step";

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

export const scoreSchema = (refs: SchemaRefs): z.ZodType<BandScore> =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("fixed"), points: numP }),
    z.strictObject({ type: z.literal("proportional") }),
    z.strictObject({ type: z.literal("interpolated"), points: numP }),
    z.strictObject({ type: z.literal("perStep"), anchor: numP, ...stepSpecShape }),
    z.strictObject({ type: z.literal("rule"), rule: refs.rule }),
  ]);

/** What one band scores, given the measured value. */
export type BandScoreFn = <V>(measured: V, ctx: EvalContext<V>) => V;

/** The band's score, compiled (`full`: the rule's points at 100%; `rate`: the measure is a rate). */
export function compileBandScore(band: Band, full: number, rate: boolean, c: Compiler): BandScoreFn {
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

/** The band's score as a formula over the measured value `v`, as `compileBandScore` computes it. */
export function bandScoreFormula(
  f: FormulaCompiler,
  band: Band,
  full: NumP,
  v: string,
  path: string,
): string {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return f.num(num(s.points));
    case "proportional":
      return f.op(f.num(num(full)), "*", v);
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

/** The band's score in the rule book's words (`name`: the measure's name). */
export function bandScoreBook(t: BookWriter, band: Band, full: NumP, rate: boolean, name: string): string {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return t.points(s.points);
    case "proportional":
      return t.w(`按比例 ${t.value(full)} × ${name}`, `in proportion, ${t.value(full)} × ${name}`);
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

/** What the band scores, in a few words (the meaning of its edges on the rules sheet). */
export function bandScoreWords(band: Band, full: NumP): Localized {
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

/** What the number `key` of band k's score means (its points or its steps), and its unit. */
export function bandScoreMeaning(
  band: Band,
  k: number,
  key: string,
  measureUnit: () => ReturnType<MeaningWords["unit"]>,
): NumberMeaning | undefined {
  const type = band.score.type;
  if (key === "points" && type === "fixed")
    return pointsMeaning(words(`第${k + 1}档的得分`, `points in band ${k + 1}`));
  if (key === "points" && type === "interpolated")
    return pointsMeaning(
      words(
        `第${k + 1}档：档顶的分值（从档底的 0 分线性上升）`,
        `band ${k + 1}: points at its top (rising from 0 at its floor)`,
      ),
    );
  const w = STEP_WORDS[key];
  if (w === undefined) return undefined;
  const unit = key === "anchor" || key === "step" ? measureUnit() : "points";
  return { meaning: words(`第${k + 1}档：${w["zh-CN"]}`, `band ${k + 1}: ${w.en}`), unit };
}

/** The most the band can give when that is a number of its own (fixed or interpolated points), else null. */
export function bandBest(band: Band): number | null {
  const s = band.score;
  return s.type === "fixed" || s.type === "interpolated" ? num(s.points) : null;
}

/**
 * In an explanation: whether the band's loss is said by the steps it counts (its own line then only
 * names the measured value, the steps' subject).
 */
export function lossBySteps(band: Band): boolean {
  return band.score.type === "perStep";
}

/**
 * In an explanation: what the band cost below the rule's best (`best`) at the measured value, or
 * null when the band does not isolate it (steps, a nested rule).
 */
export function bandCost(band: Band, full: NumP, best: number, value: number): number | null {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return best - num(s.points);
    case "proportional":
      return num(full) * (1 - Math.min(1, Math.max(0, value)));
    case "interpolated": {
      if (band.from === undefined || band.to === undefined) return null;
      const from = num(band.from);
      const earned = (num(s.points) * (value - from)) / (num(band.to) - from);
      return best - earned;
    }
    case "perStep":
    case "rule":
      return null;
  }
}

/**
 * In an explanation: what the band scores, after its range (": 按比例得分 15 × 完成率"); "" when
 * its own lines say it (steps, a nested rule). `label`: the measure's name.
 */
export function bandScoreTail(p: Phrases, band: Band, full: NumP, label: string): string {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return ": " + p.fixed(formatNumber(num(s.points)));
    case "proportional":
      return ": " + p.proportional(formatNumber(num(full)), label);
    case "interpolated":
      return ": " + p.interpolated(formatNumber(num(s.points)));
    case "perStep":
    case "rule":
      return "";
  }
}
