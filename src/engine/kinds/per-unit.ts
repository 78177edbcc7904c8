/**
 * Rule kind `perUnit`: base + points × a count, uncapped (a cap is a `clamp` around it). A negative
 * count (net decrease) scores 0 or is deducted, as the `negative` parameter says.
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Measure } from "../nodes";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type MeaningWords, type NumberMeaning, pointsMeaning, words } from "../book-api";
import type { LossCause, LossScore, LossWords } from "../explain-api";
import { formatNumber } from "../decimal";
import { approx, shownValue } from "../explain/numbers";
import type { FormulaCompiler } from "../formula-api";

export interface PerUnitRule {
  kind: "perUnit";
  measure: Measure;
  points: NumP;
  base?: NumP;
  negative: ChoiceP<"zero" | "deduct">;
}

declare module "../nodes" {
  interface RuleNodes {
    perUnit: PerUnitRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<PerUnitRule> =>
  z.strictObject({
    kind: z.literal("perUnit"),
    measure: refs.measure,
    points: numP,
    base: numP.optional(),
    negative: choiceP(["zero", "deduct"]),
  });

/** Path choices: 1 a negative measure scored 0 (not deducted), else 0. */
export function compile(node: PerUnitRule, c: Compiler): RuleFn {
  const measure = c.measure(node.measure);
  const ignoreNegative = choice(node.negative) === "zero";
  const points = num(node.points);
  const base = node.base === undefined ? 0 : num(node.base);
  return <V>(ctx: EvalContext<V>): V => {
    const ar = ctx.ar;
    const measured = measure(ctx) ?? ar.zero;
    const value = ar.value(measured);
    let earned: V;
    if (value < 0 && ignoreNegative) {
      decide(ctx, 1);
      if (ctx.steps !== null) ctx.steps.push({ t: "negativeIgnored", node, value, at: measured });
      earned = ar.zero;
    } else {
      decide(ctx, 0);
      earned = ar.mul(ar.constant(points), measured);
    }
    return base === 0 ? earned : ar.add(ar.constant(base), earned);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: PerUnitRule): Evaluated {
  return { measures: [node.measure] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: PerUnitRule): readonly Evaluated[] {
  return [alwaysEvaluated(node)];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: PerUnitRule, f: FormulaCompiler, path: string): string {
  const m = f.measure(node.measure, `${path}.measure`);
  const x = f.whenPresent(m.p, m.v, "0");
  const points = f.num(num(node.points));
  const earned =
    choice(node.negative) === "zero"
      ? f.iff(f.cmp(x, "<", "0"), "0", f.op(points, "*", x))
      : f.op(points, "*", x);
  const base = node.base === undefined ? 0 : num(node.base);
  return base === 0 ? earned : f.op(f.num(base), "+", earned);
}

/** The rule in the rule book. */
export function book(node: PerUnitRule, t: BookWriter, depth: number): string[] {
  const out: string[] = [];
  const neg = typeof node.negative === "string" ? node.negative : t.param(node.negative.param);
  const param =
    typeof node.negative === "object"
      ? t.w(`（参数 ${node.negative.param}）`, ` (parameter ${node.negative.param})`)
      : "";
  const name = t.inline(node.measure);
  const def = t.defines(node.measure);
  if (def) out.push(t.item(depth, def));
  const base =
    node.base === undefined ? "" : t.w(`${t.points(node.base)} 加上`, `${t.points(node.base)} plus `);
  const negText =
    neg === "zero"
      ? t.w("为负时得 0 分", "a negative count scores 0")
      : t.w("为负时照样计（扣分）", "a negative count is deducted");
  out.push(
    t.item(
      depth,
      t.w(
        `${base}每 1 个${name}计 ${t.points(node.points)}，不封顶；${negText}${param}`,
        `${base}${t.points(node.points)} per one of ${name}, uncapped; ${negText}${param}`,
      ),
    ),
  );
  return out;
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: PerUnitRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  const key = rel.join(".");
  const name = m.name(node.measure);
  if (key === "points")
    return pointsMeaning(words(`每 1 个${name["zh-CN"]}的得分`, `points per one of ${name.en}`));
  if (key === "base") return pointsMeaning(words("起始分", "starting points"));
  return undefined;
}

/** In an explanation, when no step names a cause: how many units it counted and how many the weight takes. */
export function lossSummary(node: PerUnitRule, _steps: unknown, r: LossScore, w: LossWords): string {
  const base = node.base === undefined ? 0 : num(node.base);
  const each = num(node.points);
  const needed = Math.ceil((r.weight - base) / each);
  const count = approx(shownValue((r.raw - base) / each));
  return w.p.perUnitBelow(
    w.measure(node.measure),
    count,
    formatNumber(each),
    approx(shownValue(r.raw)),
    formatNumber(r.weight),
    formatNumber(needed),
  );
}

/** In an explanation, as a part of a sum that scored below 0: the input counted and how many ("未走访及未续签家数 3"). */
export function partLoss(node: PerUnitRule, value: number, w: LossWords): LossCause | null {
  if (!(value < 0)) return null;
  const base = node.base === undefined ? 0 : num(node.base);
  const count = approx(shownValue((value - base) / num(node.points)));
  return { text: w.measure(node.measure) + " " + count, cost: -value };
}
