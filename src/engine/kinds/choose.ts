/**
 * Rule kind `choose`: a parameter picks one of several alternative rules (e.g. 服务进驻's presence part:
 * "passFail" or "proportional"). The checker verifies every option of the parameter has a rule.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Expr, ZERO } from "../expr";
import { type ParamRef, paramRefSchema } from "../params";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../rule";

export interface ChooseRule {
  kind: "choose";
  by: string | ParamRef;
  options: Record<string, Rule>;
}

export const schema = (refs: SchemaRefs): z.ZodType<ChooseRule> =>
  z.strictObject({
    kind: z.literal("choose"),
    by: z.union([z.string().min(1), paramRefSchema]),
    options: z.record(z.string(), refs.rule),
  });

export function evaluate(node: ChooseRule, ctx: EvalContext): Expr {
  const chosen = typeof node.by === "string" ? node.options[node.by] : undefined;
  return chosen === undefined ? ZERO : ctx.rule(chosen, ctx);
}
