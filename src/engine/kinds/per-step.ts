/**
 * Rule kind `perStep`: base + points for each step the measure lies above (or below) an anchor, e.g.
 * "每下降1pp扣0.1分" below a target field. Steps are continuous or whole (a parameter), never negative.
 * `stepScore` is shared with the per-step band of the banded kind.
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import type { Arithmetic } from "../arithmetic";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Localized } from "../types";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type MeaningWords, type NumberMeaning, words } from "../book-api";
import type { FormulaCompiler, FormulaMeasure, FormulaText } from "../formula-api";

export interface StepSpec {
  step: NumP;
  points: NumP;
  direction: ChoiceP<"above" | "below">;
  stepMode: ChoiceP<"continuous" | "whole">;
  base?: NumP;
}

export interface PerStepRule extends StepSpec {
  kind: "perStep";
  measure: Measure;
  /** A number (or parameter), or a measure such as a target field. */
  anchor: NumP | Measure;
}

declare module "../nodes" {
  interface RuleNodes {
    perStep: PerStepRule;
  }
}

export const stepSpecShape = {
  step: numP,
  points: numP,
  direction: choiceP(["above", "below"]),
  stepMode: choiceP(["continuous", "whole"]),
  base: numP.optional(),
};

export const schema = (refs: SchemaRefs): z.ZodType<PerStepRule> =>
  z.strictObject({
    kind: z.literal("perStep"),
    measure: refs.measure,
    anchor: z.union([numP, refs.measure]),
    ...stepSpecShape,
  });

/** Leaf for a constant of the rule, shown as percent when the measure is a rate. */
export function constant<V>(ar: Arithmetic<V>, v: number, rate: boolean): V {
  return rate ? ar.constantRate(v) : ar.constant(v);
}

/** Steps scored for a measured value and an anchor (shared with the per-step band of `banded`). */
export type StepsFn = <V>(measured: V, anchor: V, ctx: EvalContext<V>) => V;

/** Path choices: 1 when there are steps to count (more than 0), else 0. */
export function compileSteps(spec: StepSpec, rate: boolean): StepsFn {
  const above = choice(spec.direction) === "above";
  const whole = choice(spec.stepMode) === "whole";
  const step = num(spec.step);
  const points = num(spec.points);
  const base = spec.base === undefined ? 0 : num(spec.base);
  return <V>(measured: V, anchor: V, ctx: EvalContext<V>): V => {
    const ar = ctx.ar;
    const gap = above ? ar.sub(measured, anchor) : ar.sub(anchor, measured);
    const exact = ar.div(gap, constant(ar, step, rate));
    const steps = whole ? ar.floor(exact) : exact;
    const pointsV = ar.constant(points);
    if (ctx.steps !== null) ctx.steps.push({ t: "steps", spec, anchor, steps, points: pointsV });
    const counted = ar.value(steps) > 0;
    decide(ctx, counted ? 1 : 0);
    if (!counted) return base === 0 ? ar.zero : ar.constant(base);
    const earned = ar.mul(pointsV, steps);
    return base === 0 ? earned : ar.add(ar.constant(base), earned);
  };
}

export function compile(node: PerStepRule, c: Compiler): RuleFn {
  const measure = c.measure(node.measure);
  const rate = c.isRate(node.measure);
  const steps = compileSteps(node, rate);
  const fixedAnchor =
    typeof node.anchor === "number" || "param" in node.anchor ? num(node.anchor as NumP) : null;
  const anchorMeasure = fixedAnchor === null ? c.measure(node.anchor as Measure) : null;
  return <V>(ctx: EvalContext<V>): V => {
    const measured = measure(ctx);
    const anchor = anchorMeasure === null ? constant(ctx.ar, fixedAnchor ?? 0, rate) : anchorMeasure(ctx);
    if (measured === null || anchor === null) return ctx.ar.zero;
    return steps(measured, anchor, ctx);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: PerStepRule): Evaluated {
  const anchor = node.anchor;
  // The anchor is a number, a parameter, or a measure (only a measure is evaluated).
  const measured = typeof anchor === "object" && "kind" in anchor ? [anchor] : [];
  return { measures: [node.measure, ...measured] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: PerStepRule): readonly Evaluated[] {
  return [alwaysEvaluated(node)];
}

/** base + points × steps above/below the anchor (never negative steps), as `compileSteps` scores. */
export function stepsFormula(f: FormulaText, spec: StepSpec, measured: string, anchor: string): string {
  const gap = choice(spec.direction) === "above" ? f.op(measured, "-", anchor) : f.op(anchor, "-", measured);
  const exact = f.op(gap, "/", f.num(num(spec.step)));
  const steps = choice(spec.stepMode) === "whole" ? `INT(${exact})` : exact;
  const earned = f.iff(f.cmp(steps, ">", "0"), f.op(f.num(num(spec.points)), "*", steps), "0");
  const base = spec.base === undefined ? 0 : num(spec.base);
  return base === 0 ? earned : f.op(f.num(base), "+", earned);
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: PerStepRule, f: FormulaCompiler, path: string): string {
  const m = f.measure(node.measure, `${path}.measure`);
  const a: FormulaMeasure =
    typeof node.anchor === "number"
      ? { v: f.num(node.anchor), p: null, zero: null }
      : f.measure(node.anchor as Measure, `${path}.anchor`);
  return f.whenPresent(f.allPresent([m, a]), stepsFormula(f, node, m.v, a.v), "0");
}

/** Steps in the rule book's words (shared with the per-step band of `banded`). */
export function stepsBook(t: BookWriter, s: StepSpec, anchor: string, rate: boolean, name: string): string {
  const dir = typeof s.direction === "string" ? s.direction : t.param(s.direction.param);
  const mode = typeof s.stepMode === "string" ? s.stepMode : t.param(s.stepMode.param);
  const base = s.base === undefined ? "" : t.w(`${t.points(s.base)}起，`, `${t.points(s.base)}, then `);
  const above = dir === "above";
  const whole = mode === "whole";
  const how = whole ? t.w("只计整步", "whole steps only") : t.w("连续计算", "steps counted continuously");
  const param =
    typeof s.stepMode === "object"
      ? t.w(`，参数 ${s.stepMode.param}`, `, parameter ${s.stepMode.param}`)
      : "";
  return t.w(
    `${base}${name}每${above ? "高于" : "低于"} ${anchor} 一步（${t.value(s.step, rate)}）计 ${t.points(s.points)}（${how}${param}）`,
    `${base}${t.points(s.points)} per step of ${t.value(s.step, rate)} that ${name} lies ${above ? "above" : "below"} ${anchor} (${how}${param})`,
  );
}

/** The rule in the rule book. */
export function book(node: PerStepRule, t: BookWriter, depth: number): string[] {
  const rate = t.isRate(node.measure);
  const name = t.inline(node.measure);
  const anchor =
    typeof node.anchor === "object" && "kind" in node.anchor
      ? t.inline(node.anchor)
      : t.value(node.anchor as NumP, rate);
  return [t.item(depth, stepsBook(t, node, anchor, rate, name))];
}

/** The words of a step's numbers (shared with the per-step band of `banded`). */
export const STEP_WORDS: Readonly<Record<string, Localized>> = {
  anchor: words("起算点", "anchor the steps count from"),
  step: words("每一步的大小", "size of one step"),
  points: words("每一步的分值", "points per step"),
  base: words("起始分", "starting points"),
};

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: PerStepRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  const key = rel.join(".");
  const w = STEP_WORDS[key];
  if (w === undefined) return undefined;
  const name = m.name(node.measure);
  return {
    meaning: words(`${name["zh-CN"]}：${w["zh-CN"]}`, `${name.en}: ${w.en}`),
    unit: key === "anchor" || key === "step" ? m.unit(node.measure) : "points",
  };
}
