/** Rule kind `fixed`: a fixed number of points. */
import { z } from "zod";
import type { RuleFn, Evaluated } from "../compile";
import { type BookWriter, type NumberMeaning, pointsMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";
import { type NumP, num, numP } from "../params";

export interface FixedRule {
  kind: "fixed";
  points: NumP;
}

declare module "../nodes" {
  interface RuleNodes {
    fixed: FixedRule;
  }
}

export const schema = (): z.ZodType<FixedRule> => z.strictObject({ kind: z.literal("fixed"), points: numP });

export function compile(node: FixedRule): RuleFn {
  const points = num(node.points);
  return (ctx) => ctx.ar.constant(points);
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(_node: FixedRule): Evaluated {
  return {};
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(_node: FixedRule): readonly Evaluated[] {
  return [];
}

/** The rule as a spreadsheet formula (see formula-api.ts). */
export function formula(node: FixedRule, f: FormulaCompiler): string {
  return f.num(num(node.points));
}

/** The rule in the rule book: it reads in one line. */
export function bookShort(node: FixedRule, t: BookWriter): string {
  return t.points(node.points);
}

/** The rule in the rule book. */
export function book(node: FixedRule, t: BookWriter, depth: number): string[] {
  return [t.item(depth, t.points(node.points))];
}

/** What its number means: the points it gives. */
export function meaning(): NumberMeaning {
  return pointsMeaning(words("固定得分", "fixed points"));
}
