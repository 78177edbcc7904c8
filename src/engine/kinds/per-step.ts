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
import type { Compiler, RuleFn, Evaluated } from "../compile";
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
