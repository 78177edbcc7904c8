/** Rule kind `when`: one rule if a condition holds, another if not (集团组建 r < 80%: 10 if M ≥ 15, else 0). */
import { z } from "zod";
import { type EvalContext, decide } from "../context";
import { type Condition, compileCondition, conditionFormula, conditionSchema } from "../condition";
import { type BookWriter, type MeaningWords, type NumberMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../nodes";

export interface WhenRule {
  kind: "when";
  if: Condition;
  then: Rule;
  else: Rule;
}

declare module "../nodes" {
  interface RuleNodes {
    when: WhenRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<WhenRule> =>
  z.strictObject({ kind: z.literal("when"), if: conditionSchema(refs), then: refs.rule, else: refs.rule });

/** Path choices: 1 the condition held, 0 it did not. */
export function compile(node: WhenRule, c: Compiler): RuleFn {
  const condition = compileCondition(node.if, c);
  const then = c.rule(node.then);
  const otherwise = c.rule(node.else);
  return <V>(ctx: EvalContext<V>): V => {
    const measured = condition.measure(ctx);
    const value = condition.valueOf(ctx, measured);
    const held = condition.holds(value);
    decide(ctx, held ? 1 : 0);
    if (ctx.steps !== null) ctx.steps.push({ t: "branch", node, value, held, at: measured });
    return held ? then(ctx) : otherwise(ctx);
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: WhenRule): Evaluated {
  return { measures: [node.if.measure] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: WhenRule): readonly Evaluated[] {
  return [{ measures: [node.if.measure], rules: [node.then, node.else] }];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: WhenRule, f: FormulaCompiler, path: string): string {
  return f.iff(
    conditionFormula(node.if, f, `${path}.if`),
    f.guarded(node.then, `${path}.then`),
    f.guarded(node.else, `${path}.else`),
  );
}

/** The rule in the rule book: the condition, then each branch. */
export function book(node: WhenRule, t: BookWriter, depth: number): string[] {
  const c = node.if;
  const cond = `${t.name(c.measure)} ${t.value(c.op)} ${t.value(c.value, t.isRate(c.measure))}`;
  const then = t.short(node.then);
  const other = t.short(node.else);
  return [
    t.item(
      depth,
      t.w(
        `若 ${cond}：${then ?? "按下列规则"}；否则：${other ?? "按下列规则"}`,
        `if ${cond}: ${then ?? "the rule below"}; otherwise: ${other ?? "the rule below"}`,
      ),
    ),
    ...(then === null ? t.lines(node.then, depth + 1) : []),
    ...(other === null ? t.lines(node.else, depth + 1) : []),
  ];
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(
  node: WhenRule,
  rel: ReadonlyArray<string | number>,
  m: MeaningWords,
): NumberMeaning | undefined {
  if (rel.join(".") !== "if.value") return undefined;
  const name = m.name(node.if.measure);
  return {
    meaning: words(`条件：${name["zh-CN"]}与此值比较`, `condition: ${name.en} compared with this`),
    unit: m.unit(node.if.measure),
  };
}
