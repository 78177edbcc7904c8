/**
 * The vocabulary: rule kinds (a score) and measures (a number a rule looks at), each one file with its
 * zod schema and evaluate function, gathered here into exhaustive registries keyed by `kind`.
 */
import { z } from "zod";
import type { EvalContext, FieldDecl } from "./context";
import type { Compiler, MeasureFn, RuleFn } from "./compile";
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

/** Compiles a rule by kind: an exhaustive switch (the dispatch happens once, at compile time). */
function compileRule(node: Rule, c: Compiler): RuleFn {
  switch (node.kind) {
    case "banded":
      return banded.compile(node, c);
    case "choose":
      return choose.compile(node, c);
    case "clamp":
      return clamp.compile(node, c);
    case "fixed":
      return fixed.compile(node);
    case "gate":
      return gate.compile(node, c);
    case "manual":
      return manual.compile(node, c);
    case "perStep":
      return perStep.compile(node, c);
    case "perUnit":
      return perUnit.compile(node, c);
    case "sum":
      return sum.compile(node, c);
    case "when":
      return when.compile(node, c);
  }
}

function compileMeasureValue(node: Measure, c: Compiler): MeasureFn {
  switch (node.kind) {
    case "field":
      return field.compile(node, c);
    case "ratio":
      return ratio.compile(node, c);
    case "add":
      return addM.compile(node, c);
    case "subtract":
      return subtract.compile(node, c);
    case "quotient":
      return quotient.compile(node, c);
    case "combine":
      return combine.compile(node, c);
    case "firstPresent":
      return firstPresent.compile(node, c);
  }
}

function compileMeasure(node: Measure, c: Compiler): MeasureFn {
  const value = compileMeasureValue(node, c);
  // A ratio's value is shown by the band it falls in and its arithmetic by the score: no own step.
  if (node.label === undefined || node.kind === "ratio") return value;
  return <V>(ctx: EvalContext<V>): V | null => {
    const v = value(ctx);
    if (ctx.steps !== null && v !== null) ctx.steps.push({ t: "measure", node, value: v });
    return v;
  };
}

/** A compiler for the rules of one bound rule set. */
export function compiler(isRate: (node: Measure) => boolean, field: (id: string) => FieldDecl): Compiler {
  const c: Compiler = {
    rule: (node) => compileRule(node, c),
    measure: (node) => compileMeasure(node, c),
    isRate,
    field,
  };
  return c;
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
