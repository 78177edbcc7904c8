/** Rule kind `fixed`: a fixed number of points. */
import { z } from "zod";
import type { EvalContext } from "../context";
import { type Expr, constNumber } from "../expr";
import { type NumP, num, numP } from "../params";

export interface FixedRule {
  kind: "fixed";
  points: NumP;
}

export const schema = (): z.ZodType<FixedRule> => z.strictObject({ kind: z.literal("fixed"), points: numP });

export function evaluate(node: FixedRule, _ctx: EvalContext): Expr {
  return constNumber(num(node.points));
}
