/** Rule kind `sum`: the sum of named parts (e.g. 进驻 2 + 合规 3). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type SchemaRefs, localizedSchema } from "../schema-refs";
import type { Rule } from "../nodes";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import type { BookWriter } from "../book-api";
import type { LossScore, LossWords } from "../explain-api";
import type { TraceStep } from "../trace";
import { formatNumber } from "../decimal";
import { approx, shownValue } from "../explain/numbers";
import type { FormulaCompiler } from "../formula-api";

export interface SumRule {
  kind: "sum";
  parts: Array<{ label: Localized; rule: Rule }>;
}

declare module "../nodes" {
  interface RuleNodes {
    sum: SumRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<SumRule> =>
  z.strictObject({
    kind: z.literal("sum"),
    parts: z.array(z.strictObject({ label: localizedSchema, rule: refs.rule })).min(1),
  });

export function compile(node: SumRule, c: Compiler): RuleFn {
  const parts = node.parts.map((part) => c.rule(part.rule));
  return <V>(ctx: EvalContext<V>): V => {
    let total = parts[0](ctx);
    if (ctx.steps !== null) ctx.steps.push({ t: "part", node, part: 0, value: total });
    for (let i = 1; i < parts.length; i++) {
      const value = parts[i](ctx);
      if (ctx.steps !== null) ctx.steps.push({ t: "part", node, part: i, value });
      total = ctx.ar.add(total, value);
    }
    return total;
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: SumRule): Evaluated {
  return { rules: node.parts.map((p) => p.rule) };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: SumRule): readonly Evaluated[] {
  return [alwaysEvaluated(node)];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: SumRule, f: FormulaCompiler, path: string): string {
  return node.parts
    .map((part, i) => f.rule(part.rule, `${path}.parts[${i}].rule`))
    .reduce((s, x) => f.op(s, "+", x));
}

/** The rule in the rule book: each part by its label. */
export function book(node: SumRule, t: BookWriter, depth: number): string[] {
  const out = [t.item(depth, t.w("以下各部分相加：", "the sum of:"))];
  for (const part of node.parts) {
    const short = t.short(part.rule);
    out.push(
      t.item(depth + 1, `${part.label[t.locale]}${short === null ? "" : t.w(`：${short}`, `: ${short}`)}`),
    );
    if (short === null) out.push(...t.lines(part.rule, depth + 2));
  }
  return out;
}

/** In an explanation, when no step names a cause: each part's points, below the weight. */
export function lossSummary(node: SumRule, steps: readonly TraceStep[], r: LossScore, w: LossWords): string {
  const list = steps
    .filter((s): s is Extract<TraceStep, { t: "part" }> => s.t === "part" && s.node === node)
    .map((s) => w.p.partPoints(s.node.parts[s.part].label[w.locale], approx(shownValue(s.value.v))));
  return w.p.partsBelow(list.join(" + "), approx(shownValue(r.raw)), formatNumber(r.weight));
}

/** Its score is the sum of parts shown on lines of their own (an explanation then gives only the total). */
export function madeOfParts(): boolean {
  return true;
}
