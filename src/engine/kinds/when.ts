/** Rule kind `when`: one rule if a condition holds, another if not (集团组建 r < 80%: 10 if M ≥ 15, else 0). */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Condition, conditionSchema, testCondition } from "../condition";
import type { Expr } from "../expr";
import type { SchemaRefs } from "../schema-refs";
import type { Rule } from "../rule";

export interface WhenRule {
  kind: "when";
  if: Condition;
  then: Rule;
  else: Rule;
}

export const schema = (refs: SchemaRefs): z.ZodType<WhenRule> =>
  z.strictObject({ kind: z.literal("when"), if: conditionSchema(refs), then: refs.rule, else: refs.rule });

export function evaluate(node: WhenRule, ctx: EvalContext): Expr {
  const test = testCondition(node.if, ctx);
  ctx.steps.push({ t: "branch", node, value: test.value, held: test.held });
  return ctx.rule(test.held ? node.then : node.else, ctx);
}
