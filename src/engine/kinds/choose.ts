/**
 * Rule kind `choose`: a parameter picks one of several alternative rules (e.g. 服务进驻's presence part:
 * "passFail" or "proportional"). The checker verifies every option of the parameter has a rule.
 */
import { z } from "zod";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import type { BookWriter } from "../book-api";
import type { FormulaCompiler } from "../formula-api";
import { type ParamRef, isParamRef, paramRefSchema } from "../params";
import type { Localized } from "../types";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../nodes";

export interface ChooseRule {
  kind: "choose";
  by: string | ParamRef;
  options: Record<string, Rule>;
}

declare module "../nodes" {
  interface RuleNodes {
    choose: ChooseRule;
  }
}

export const schema = (refs: SchemaRefs): z.ZodType<ChooseRule> =>
  z.strictObject({
    kind: z.literal("choose"),
    by: z.union([z.string().min(1), paramRefSchema]),
    options: z.record(z.string(), refs.rule),
  });

/** No path choice: the option is fixed by a parameter, not by the data. */
export function compile(node: ChooseRule, c: Compiler): RuleFn {
  const chosen = typeof node.by === "string" ? node.options[node.by] : undefined;
  if (chosen === undefined) return (ctx) => ctx.ar.zero;
  return c.rule(chosen);
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(node: ChooseRule): Evaluated {
  // Bound: `by` is the chosen option; only its rule is evaluated.
  const chosen = typeof node.by === "string" ? node.options[node.by] : undefined;
  return { rules: chosen === undefined ? [] : [chosen] };
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: ChooseRule): readonly Evaluated[] {
  return [{ rules: Object.values(node.options) }];
}

/** The rule as a spreadsheet formula: the chosen option's (see formula-api.ts). */
export function formula(node: ChooseRule, f: FormulaCompiler, path: string): string {
  const chosen = typeof node.by === "string" ? node.options[node.by] : undefined;
  return chosen === undefined ? "0" : f.rule(chosen, `${path}.options.${String(node.by)}`);
}

/** The rule in the rule book: the option chosen by its parameter, and the others there are. */
export function book(node: ChooseRule, t: BookWriter, depth: number): string[] {
  const by = typeof node.by === "string" ? node.by : String(t.param(node.by.param));
  const param = typeof node.by === "object" ? node.by.param : "";
  const out = [t.item(depth, t.w(`按参数 ${param} 的取值“${by}”：`, `as parameter ${param} reads "${by}":`))];
  const chosen = node.options[by];
  if (chosen) {
    const short = t.short(chosen);
    out.push(...(short === null ? t.lines(chosen, depth + 1) : [t.item(depth + 1, short)]));
  }
  const others = Object.keys(node.options).filter((o) => o !== by);
  if (others.length > 0)
    out.push(
      t.item(depth + 1, t.w(`（其他可选：${others.join("、")}）`, `(other choices: ${others.join(", ")})`)),
    );
  return out;
}

/** Bound: the option chosen must be one of its options. */
export function boundProblems(node: ChooseRule, path: string): string[] {
  return typeof node.by === "string" && !(node.by in node.options)
    ? [`${path}.by: no rule for "${node.by}" among the options`]
    : [];
}

/** Every value its parameter allows must have a rule among its options. */
export function optionProblems(
  node: ChooseRule,
  path: string,
  options: (param: string) => ReadonlyArray<number | string> | undefined,
): Array<{ path: string; message: Localized }> {
  if (!isParamRef(node.by)) return [];
  const param = node.by.param;
  return (options(param) ?? [])
    .filter((o) => node.options[String(o)] === undefined)
    .map((o) => ({
      path: `${path}.options`,
      message: {
        "zh-CN": `参数 “${param}” 的选项 “${o}” 没有对应规则`,
        en: `no rule for option "${o}" of parameter "${param}"`,
      },
    }));
}
