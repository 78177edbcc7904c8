/** Rule kind `sum`: the sum of named parts (e.g. 进驻 2 + 合规 3). */
import { z } from "zod";
import type { Localized } from "../types";
import type { EvalContext } from "../context";
import { type Expr, add } from "../expr";
import { type SchemaRefs, localizedSchema } from "../schema-refs";
import type { Rule } from "../rule";

export interface SumRule {
  kind: "sum";
  parts: Array<{ label: Localized; rule: Rule }>;
}

export const schema = (refs: SchemaRefs): z.ZodType<SumRule> =>
  z.strictObject({
    kind: z.literal("sum"),
    parts: z.array(z.strictObject({ label: localizedSchema, rule: refs.rule })).min(1),
  });

export function evaluate(node: SumRule, ctx: EvalContext): Expr {
  let total: Expr | null = null;
  for (let i = 0; i < node.parts.length; i++) {
    const value = ctx.rule(node.parts[i].rule, ctx);
    ctx.steps.push({ t: "part", node, part: i, value });
    total = total === null ? value : add(total, value);
  }
  return total as Expr;
}
