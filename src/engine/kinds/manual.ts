/**
 * Rule kind `manual`: points entered by hand within [min, max]. A blank entry is pending (counts 0,
 * the total is provisional), zero, or an input problem, as `blank` says. With `reasonField`, points
 * other than 0 without a reason are scored and a warning asks for the reason.
 */
import { z } from "zod";
import type { EvalContext } from "../context";
import { addProblem, readField } from "../context";
import { type Expr, ZERO, lit } from "../expr";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";

export interface ManualRule {
  kind: "manual";
  field: string;
  min: NumP;
  max: NumP;
  blank: ChoiceP<"pending" | "zero" | "problem">;
  reasonField?: string;
}

export const schema = (): z.ZodType<ManualRule> =>
  z.strictObject({
    kind: z.literal("manual"),
    field: z.string().min(1),
    min: numP,
    max: numP,
    blank: choiceP(["pending", "zero", "problem"]),
    reasonField: z.string().min(1).optional(),
  });

export function evaluate(node: ManualRule, ctx: EvalContext): Expr {
  const before = ctx.problems.length;
  const v = readField(ctx, node.field);
  if (ctx.problems.length > before) return ZERO;
  const cell = ctx.input.fields[node.field]?.cell ?? "";
  if (v === null || typeof v !== "number") {
    const mode = choice(node.blank);
    if (mode === "problem") {
      addProblem(ctx, {
        cell,
        field: node.field,
        found: "",
        expected: "points entered by hand",
        code: "blank",
      });
      return ZERO;
    }
    if (mode === "pending") {
      ctx.pending = true;
      ctx.warnings.push({ code: "pending", field: node.field, cell });
    }
    ctx.steps.push({ t: "manual", node, status: mode, value: 0 });
    return ZERO;
  }
  const lo = num(node.min);
  const hi = num(node.max);
  if (v < lo || v > hi) {
    const text = ctx.input.fields[node.field]?.text ?? String(v);
    addProblem(ctx, { cell, field: node.field, found: text, expected: `${lo} ~ ${hi}`, code: "outOfBounds" });
    return ZERO;
  }
  if (node.reasonField !== undefined && v !== 0) {
    const reason = readField(ctx, node.reasonField);
    if (typeof reason !== "string" || reason.trim() === "") {
      const reasonCell = ctx.input.fields[node.reasonField]?.cell ?? "";
      ctx.warnings.push({ code: "reasonMissing", field: node.reasonField, cell: reasonCell });
    }
  }
  ctx.steps.push({ t: "manual", node, status: "entered", value: v });
  return lit(v);
}
