/**
 * Rule kind `clamp`: keeps a rule's score within [min, max]; `unless` lifts the bounds when a condition
 * holds (the 4G cap does not apply when the target user count is 100 or more).
 */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { type Condition, compileCondition, conditionFormula, conditionSchema } from "../condition";
import { type BookWriter, type MeaningWords, type NumberMeaning, pointsMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type NumP, num, numP } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../nodes";

export interface ClampRule {
  kind: "clamp";
  rule: Rule;
  min?: NumP;
  max?: NumP;
  unless?: Condition;
}

declare module "../nodes" {
  interface RuleNodes {
    clamp: ClampRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<ClampRule> =>
  z.strictObject({
    kind: z.literal("clamp"),
    rule: refs.rule,
    min: numP.optional(),
    max: numP.optional(),
    unless: conditionSchema(refs).optional(),
  });

/**
 * Path choices: 0 within bounds, 1 the upper bound applied, 2 the exception held (no bound), 3 the
 * lower bound applied (the path says which bound, so an explanation template is fixed by the path).
 */
export function compile(node: ClampRule, c: Compiler): RuleFn {
  const rule = c.rule(node.rule);
  const lo = node.min === undefined ? -Infinity : num(node.min);
  const hi = node.max === undefined ? Infinity : num(node.max);
  const unless = node.unless === undefined ? null : compileCondition(node.unless, c);
  return <V>(ctx: EvalContext<V>): V => {
    const inner = rule(ctx);
    const v = ctx.ar.value(inner);
    if (v >= lo && v <= hi) {
      decide(ctx, 0);
      return inner;
    }
    if (unless !== null) {
      const measured = unless.measure(ctx);
      const exceptionValue = unless.valueOf(ctx, measured);
      if (unless.holds(exceptionValue)) {
        decide(ctx, 2);
        if (ctx.steps !== null) {
          const excepted = true;
          ctx.steps.push({
            t: "clamp",
            node,
            before: inner,
            after: v,
            excepted,
            exceptionValue,
            at: measured,
          });
        }
        return inner;
      }
    }
    const raised = v < lo;
    const after = raised ? lo : hi;
    decide(ctx, raised ? 3 : 1);
    if (ctx.steps !== null)
      ctx.steps.push({ t: "clamp", node, before: inner, after, excepted: false, at: null });
    return ctx.ar.constant(after);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: ClampRule): Evaluated {
  return { rules: [node.rule] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: ClampRule): readonly Evaluated[] {
  return [{ rules: [node.rule] }, { measures: node.unless === undefined ? [] : [node.unless.measure] }];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: ClampRule, f: FormulaCompiler, path: string): string {
  const r = f.rule(node.rule, `${path}.rule`);
  const lo = node.min === undefined ? null : f.num(num(node.min));
  const hi = node.max === undefined ? null : f.num(num(node.max));
  const unless = node.unless === undefined ? null : conditionFormula(node.unless, f, `${path}.unless`);
  const bounded = (bound: string): string => (unless === null ? bound : f.iff(unless, r, bound));
  let out = r;
  if (lo !== null) out = f.iff(f.cmp(r, "<", lo), bounded(lo), out);
  if (hi !== null) out = f.iff(f.cmp(r, ">", hi), bounded(hi), out);
  return out;
}

/** The rule in the rule book: its bounds, the exception, then the rule it bounds. */
export function book(node: ClampRule, t: BookWriter, depth: number): string[] {
  const lo =
    node.min === undefined ? "" : t.w(`不低于 ${t.points(node.min)}`, `at least ${t.points(node.min)}`);
  const hi =
    node.max === undefined ? "" : t.w(`不高于 ${t.points(node.max)}`, `at most ${t.points(node.max)}`);
  const bounds = [lo, hi].filter((x) => x !== "").join(t.w("、", ", "));
  const u = node.unless;
  const unless = u
    ? t.w(
        `；${t.name(u.measure)} ${t.value(u.op)} ${t.value(u.value, t.isRate(u.measure))} 时不限`,
        `; no bound when ${t.name(u.measure)} ${t.value(u.op)} ${t.value(u.value, t.isRate(u.measure))}`,
      )
    : "";
  const short = t.short(node.rule);
  return [
    t.item(depth, t.w(`得分${bounds}${unless}。得分为：`, `the score is ${bounds}${unless}. The score:`)),
    ...(short === null ? t.lines(node.rule, depth + 1) : [t.item(depth + 1, short)]),
  ];
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: ClampRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  const key = rel.join(".");
  if (key === "min") return pointsMeaning(words("得分下限", "lowest score"));
  if (key === "max") return pointsMeaning(words("得分上限", "highest score"));
  if (key === "unless.value" && node.unless !== undefined) {
    const name = m.name(node.unless.measure);
    return {
      meaning: words(`${name["zh-CN"]}满足此值时不设上下限`, `no bound when ${name.en} meets this`),
      unit: m.unit(node.unless.measure),
    };
  }
  return undefined;
}

/** A cap around a sum is made of the sum's parts (an explanation then gives only the total). */
export function madeOfParts(node: ClampRule): boolean {
  return node.rule.kind === "sum";
}
