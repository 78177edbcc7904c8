/**
 * The vocabulary: rule kinds (a score) and measures (a number a rule looks at), each one file with all
 * it does — schema, evaluation, fields read, formula, rule-book text, the meanings of its numbers,
 * explanation facts — gathered here into exhaustive registries keyed by `kind`. The formula compiler,
 * the rule book, the rules sheet and the renderer dispatch through these registries.
 */
import { z } from "zod";
import type { EvalContext, FieldDecl } from "./context";
import type { Compiler, Evaluated, MeasureFn, RuleFn } from "./compile";
import type { Measure, MeasureKind, Rule, RuleKind } from "./nodes";
import type { FormulaCompiler, FormulaMeasure } from "./formula-api";
import type { BookWriter, MeaningWords, NumberMeaning } from "./book-api";
import type { MeasureNamer, RateOf } from "./measure-api";
import type { LossCause, LossScore, LossWords } from "./explain-api";
import type { TraceStep } from "./trace";
import type { Locale, Localized } from "./types";
import type { NumP } from "./params";
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

export type { Measure, MeasureKind, Rule, RuleKind } from "./nodes";

/**
 * One rule kind, all in its own file: its schema, how it scores (compiled once into closures), what
 * it evaluates every time (the formula compiler's fields read up front), what it may evaluate in any
 * branch (the fields checked for problems), its bands if it has any (the checker's band checks), its
 * formula, its rule-book text and the meanings of its numbers. Explanations render its trace steps
 * (explain/) with the facts it gives below.
 */
export interface RuleKindModule<N> {
  schema(refs: SchemaRefs): z.ZodType<N>;
  compile(node: N, c: Compiler): RuleFn;
  alwaysEvaluated(node: N): Evaluated;
  mayEvaluate(node: N): readonly Evaluated[];
  bands?(node: N): ReadonlyArray<{ from?: NumP; to?: NumP }>;
  /** Its spreadsheet formula (after binding), the same operations in the same order as `compile`. */
  formula(node: N, f: FormulaCompiler, path: string): string;
  /** Its lines in the rule book, as Markdown list items at `depth` (nested rules through `t.lines`). */
  book(node: N, t: BookWriter, depth: number): string[];
  /** Its text when it reads in one line inside another rule's line ("5 分"); absent: lines of its own. */
  bookShort?(node: N, t: BookWriter): string;
  /**
   * What a number of the node means on the rules sheet, and its unit; `rel` is the keys from the node
   * down to the number ("bands", 1, "from"). A kind without numbers of its own has none.
   */
  meaning?(node: N, rel: ReadonlyArray<string | number>, m: MeaningWords): NumberMeaning | undefined;
  /**
   * In an explanation, why an indicator made of this rule lost points in the rule's own terms, when no
   * step names a cause; absent: "below the weight".
   */
  lossSummary?(node: N, steps: readonly TraceStep[], r: LossScore, w: LossWords): string;
  /** In an explanation, whether its score is the sum of parts shown on lines of their own. */
  madeOfParts?(node: N): boolean;
  /** Problems of the node once its parameters are bound that its schema cannot see (for RuleSetError). */
  boundProblems?(node: N, path: string): string[];
  /**
   * The checker's errors about the node's parameters: each option a parameter it reads allows must
   * be one it can take (`options`: a parameter's allowed values).
   */
  optionProblems?(
    node: N,
    path: string,
    options: (param: string) => ReadonlyArray<number | string> | undefined,
  ): Array<{ path: string; message: Localized }>;
  /** In an explanation, its own cause when it is a part of a sum (null: none). */
  partLoss?(node: N, value: number, w: LossWords): LossCause | null;
}

/** One measure kind: its schema, its value, the fields it reads itself, the measures it always reads. */
export interface MeasureKindModule<N> {
  schema(refs: SchemaRefs): z.ZodType<N>;
  compile(node: N, c: Compiler): MeasureFn;
  ownFields(node: N): readonly string[];
  alwaysEvaluated(node: N): readonly Measure[];
  /** Its value, presence and target-0 condition as formula text (see `RuleKindModule.formula`). */
  formula(node: N, f: FormulaCompiler, path: string): FormulaMeasure;
  /** Its arithmetic in the rule book's words, without its label ("累计新建 ÷ 累计目标"). */
  book(node: N, t: BookWriter): string;
  /** What a number of the node means (see `RuleKindModule.meaning`). */
  meaning?(node: N, rel: ReadonlyArray<string | number>, m: MeaningWords): NumberMeaning | undefined;
  /**
   * The id of the one input field it is, read as is: its name is the field's, and the rule book writes
   * it without parentheses or a definition of its own. Absent for a measure computed from others.
   */
  singleField?(node: N): string;
  /** A labelled measure gets a step of its own in an explanation, unless its value is shown by the band it falls in. */
  shownByItsBand?: true;
  /** Whether it is a rate (shown and compared as percent), from its field or the measures under it. */
  isRate(node: N, r: RateOf): boolean;
  /** Its name in an explanation when it has no label (after binding). */
  explainName(node: N, n: MeasureNamer, locale: Locale): string;
}

/** Every rule kind, by name (the type makes the map exhaustive): adding a kind is its file and a line here. */
export const ruleKinds: { [K in RuleKind]: RuleKindModule<Extract<Rule, { kind: K }>> } = {
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
export const measureKinds: { [K in MeasureKind]: MeasureKindModule<Extract<Measure, { kind: K }>> } = {
  field,
  ratio,
  add: addM,
  subtract,
  quotient,
  combine,
  firstPresent,
};

/**
 * The module of a rule's kind. The map holds each kind's module for its own node type; TypeScript
 * cannot relate `node.kind` to that entry's type, hence the one widening here.
 */
export function ruleKindOf(node: Rule): RuleKindModule<Rule> {
  return ruleKinds[node.kind] as RuleKindModule<Rule>;
}

/** The module of a measure's kind (see `ruleKindOf`). */
export function measureKindOf(node: Measure): MeasureKindModule<Measure> {
  return measureKinds[node.kind] as MeasureKindModule<Measure>;
}

function compileMeasure(node: Measure, c: Compiler): MeasureFn {
  const value = measureKindOf(node).compile(node, c);
  if (node.label === undefined || measureKindOf(node).shownByItsBand) return value;
  return <V>(ctx: EvalContext<V>): V | null => {
    const v = value(ctx);
    if (ctx.steps !== null && v !== null) ctx.steps.push({ t: "measure", node, value: v });
    return v;
  };
}

/** A compiler for the rules of one bound rule set. */
export function compiler(isRate: (node: Measure) => boolean, field: (id: string) => FieldDecl): Compiler {
  const c: Compiler = {
    // The dispatch by kind happens here, once per node at compile time.
    rule: (node) => ruleKindOf(node).compile(node, c),
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
