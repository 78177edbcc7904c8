/**
 * The vocabulary: rule kinds (a score) and measures (a number a rule looks at), each one file with its
 * zod schema and evaluate function, gathered here into exhaustive registries keyed by `kind`.
 */
import { z } from "zod";
import type { EvalContext } from "./context";
import type { Expr } from "./expr";
import type { SchemaRefs } from "./schema-refs";
import * as banded from "./kinds/banded";
import * as choose from "./kinds/choose";
import * as clamp from "./kinds/clamp";
import * as fixed from "./kinds/fixed";
import * as gate from "./kinds/gate";
import * as manual from "./kinds/manual";
import * as perStep from "./kinds/per-step";
import * as perUnit from "./kinds/per-unit";
import * as sum from "./kinds/sum";
import * as when from "./kinds/when";
import * as addM from "./measures/add";
import * as combine from "./measures/combine";
import * as field from "./measures/field";
import * as firstPresent from "./measures/first-present";
import * as quotient from "./measures/quotient";
import * as ratio from "./measures/ratio";
import * as subtract from "./measures/subtract";

export type Rule =
  | banded.BandedRule
  | choose.ChooseRule
  | clamp.ClampRule
  | fixed.FixedRule
  | gate.GateRule
  | manual.ManualRule
  | perStep.PerStepRule
  | perUnit.PerUnitRule
  | sum.SumRule
  | when.WhenRule;

export type Measure =
  | field.FieldMeasure
  | ratio.RatioMeasure
  | addM.AddMeasure
  | subtract.SubtractMeasure
  | quotient.QuotientMeasure
  | combine.CombineMeasure
  | firstPresent.FirstPresentMeasure;

export type RuleKind = Rule["kind"];
export type MeasureKind = Measure["kind"];

interface KindModule<N> {
  schema: (refs: SchemaRefs) => z.ZodType<N>;
}

/** Every rule kind, by name, with its schema (the type makes the map exhaustive). */
export const ruleKinds: { [K in RuleKind]: KindModule<Extract<Rule, { kind: K }>> } = {
  banded,
  choose,
  clamp,
  fixed,
  gate,
  manual,
  perStep,
  perUnit,
  sum,
  when,
};

/** Every measure kind, by name. */
export const measureKinds: { [K in MeasureKind]: KindModule<Extract<Measure, { kind: K }>> } = {
  field,
  ratio,
  add: addM,
  subtract,
  quotient,
  combine,
  firstPresent,
};

/** Dispatch by kind: an exhaustive switch (direct calls, cheaper than a lookup in the hot loop). */
export function evaluateRule(node: Rule, ctx: EvalContext): Expr {
  switch (node.kind) {
    case "banded":
      return banded.evaluate(node, ctx);
    case "choose":
      return choose.evaluate(node, ctx);
    case "clamp":
      return clamp.evaluate(node, ctx);
    case "fixed":
      return fixed.evaluate(node, ctx);
    case "gate":
      return gate.evaluate(node, ctx);
    case "manual":
      return manual.evaluate(node, ctx);
    case "perStep":
      return perStep.evaluate(node, ctx);
    case "perUnit":
      return perUnit.evaluate(node, ctx);
    case "sum":
      return sum.evaluate(node, ctx);
    case "when":
      return when.evaluate(node, ctx);
  }
}

function measureValue(node: Measure, ctx: EvalContext): Expr | null {
  switch (node.kind) {
    case "field":
      return field.evaluate(node, ctx);
    case "ratio":
      return ratio.evaluate(node, ctx);
    case "add":
      return addM.evaluate(node, ctx);
    case "subtract":
      return subtract.evaluate(node, ctx);
    case "quotient":
      return quotient.evaluate(node, ctx);
    case "combine":
      return combine.evaluate(node, ctx);
    case "firstPresent":
      return firstPresent.evaluate(node, ctx);
  }
}

export function evaluateMeasure(node: Measure, ctx: EvalContext): Expr | null {
  const value = measureValue(node, ctx);
  // A ratio's value is shown by the band it falls in and its arithmetic by the score: no own step.
  if (value !== null && node.label !== undefined && node.kind !== "ratio")
    ctx.steps.push({ t: "measure", node, value });
  return value;
}

function kindNames(map: object): string {
  return Object.keys(map).join(", ");
}

/** The schemas of rules and measures, built once (recursive through lazy references). */
export const refs: SchemaRefs = {
  rule: z.lazy(() => ruleUnion),
  measure: z.lazy(() => measureUnion),
};

const ruleUnion: z.ZodType<Rule> = z.discriminatedUnion(
  "kind",
  Object.values(ruleKinds).map((m) => m.schema(refs)) as never,
  { error: () => `unknown rule kind; expected one of ${kindNames(ruleKinds)}` },
) as never;

const measureUnion: z.ZodType<Measure> = z.discriminatedUnion(
  "kind",
  Object.values(measureKinds).map((m) => m.schema(refs)) as never,
  { error: () => `unknown measure kind; expected one of ${kindNames(measureKinds)}` },
) as never;
