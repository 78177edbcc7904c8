/**
 * Rule kind `gate`: a coefficient chosen by bands over a measure multiplies a rule's score; a
 * coefficient of 0 scores 0 without evaluating the rule. "rate" uses the measured rate itself.
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { type NumP, num, numP, paramRefSchema, type ParamRef } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure, Rule } from "../nodes";
import { bandChain, bandEdges, edgeMeaning, findBand } from "./banded";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type MeaningWords, type NumberMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";

export interface GateBand {
  from?: NumP;
  to?: NumP;
  coefficient: number | "rate" | ParamRef;
}

export interface GateRule {
  kind: "gate";
  measure: Measure;
  bands: GateBand[];
  rule: Rule;
}

declare module "../nodes" {
  interface RuleNodes {
    gate: GateRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<GateRule> =>
  z.strictObject({
    kind: z.literal("gate"),
    measure: refs.measure,
    bands: z
      .array(
        z.strictObject({
          from: numP.optional(),
          to: numP.optional(),
          coefficient: z.union([z.number(), z.literal("rate"), paramRefSchema]),
        }),
      )
      .min(1),
    rule: refs.rule,
  });

/** Path choices: the index of the band that applied; bands.length = no band. */
export function compile(node: GateRule, c: Compiler): RuleFn {
  const measure = c.measure(node.measure);
  const rule = c.rule(node.rule);
  const noBand = node.bands.length;
  // null = the measured rate itself is the coefficient.
  const fixed = node.bands.map((b) => (b.coefficient === "rate" ? null : num(b.coefficient as NumP)));
  const edges = bandEdges(node.bands);
  return <V>(ctx: EvalContext<V>): V => {
    const ar = ctx.ar;
    const before = ctx.problems.length;
    const measured = measure(ctx);
    if (measured === null || ctx.problems.length > before) return ar.zero;
    const value = ar.value(measured);
    const i = findBand(edges, value);
    if (i < 0) {
      decide(ctx, noBand);
      return ar.zero;
    }
    decide(ctx, i);
    const fixedK = fixed[i];
    const k = fixedK === null ? measured : ar.constant(fixedK);
    const coefficient = ar.look(k);
    if (ctx.steps !== null) ctx.steps.push({ t: "gate", node, band: i, value, coefficient, at: measured, k });
    if (coefficient === 0) return ar.zero;
    const inner = rule(ctx);
    return coefficient === 1 ? inner : ar.mul(k, inner);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: GateRule): Evaluated {
  return { measures: [node.measure] };
}

/** Its bands, which the checker requires to cover the line without gaps or overlaps. */
export function bands(node: GateRule): ReadonlyArray<{ from?: NumP; to?: NumP }> {
  return node.bands;
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: GateRule): readonly Evaluated[] {
  return [{ measures: [node.measure], rules: [node.rule] }];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: GateRule, f: FormulaCompiler, path: string): string {
  const m = f.measure(node.measure, `${path}.measure`);
  const inner = (): string => f.guarded(node.rule, `${path}.rule`);
  const body = bandChain(f, m.v, node.bands, (b) => {
    const c = b.coefficient;
    if (c === "rate") {
      // A coefficient of exactly 0 scores 0 without reading the inner rule's inputs.
      const mayBeZero = b.from === undefined || num(b.from) <= 0;
      const product = f.op(m.v, "*", inner());
      return mayBeZero ? f.iff(f.cmp(m.v, "=", "0"), "0", product) : product;
    }
    const k = num(c);
    return k === 0 ? "0" : k === 1 ? inner() : f.op(f.num(k), "*", inner());
  });
  return f.whenPresent(m.p, body, "0");
}

/** The rule in the rule book: the coefficient band by band, then the rule it multiplies. */
export function book(node: GateRule, t: BookWriter, depth: number): string[] {
  const out: string[] = [];
  const rate = t.isRate(node.measure);
  const name = t.name(node.measure);
  const def = t.defines(node.measure);
  if (def) out.push(t.item(depth, def));
  const k = (c: GateBand["coefficient"]) =>
    c === "rate"
      ? name
      : typeof c === "object" && t.param(c.param) === "rate"
        ? `${name}${t.w(`（参数 ${c.param}）`, ` (parameter ${c.param})`)}`
        : t.value(c);
  const parts = node.bands.map(
    (b, i) => `${i === 0 ? `${name} ` : ""}${t.range(b, rate)}${t.w("：", ": ")}× ${k(b.coefficient)}`,
  );
  out.push(
    t.item(depth, t.w(`系数：${parts.join("；")}；乘以：`, `coefficient: ${parts.join("; ")}; times:`)),
  );
  out.push(...t.lines(node.rule, depth + 1));
  return out;
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: GateRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  const [, k, a] = rel;
  if (typeof k !== "number") return undefined;
  if (a === "from" || a === "to") {
    const what = words("乘以该档系数", "times this band's coefficient");
    return {
      meaning: edgeMeaning(node.bands[k], k, a, m.name(node.measure), what),
      unit: m.unit(node.measure),
    };
  }
  if (a === "coefficient")
    return { meaning: words(`第${k + 1}档的系数`, `coefficient of band ${k + 1}`), unit: "coefficient" };
  return undefined;
}
