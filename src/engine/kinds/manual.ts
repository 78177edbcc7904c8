/**
 * Rule kind `manual`: points entered by hand within [min, max]. A blank entry is pending (counts 0,
 * the total is provisional), zero, or an input problem, as `blank` says. With `reasonField`, points
 * other than 0 without a reason are scored and a warning asks for the reason.
 */
import { z } from "zod";
import { type EvalContext, addProblem, decide, readField } from "../context";
import { type ChoiceP, type NumP, choice, choiceP, num, numP } from "../params";
import type { Compiler, RuleFn, Evaluated } from "../compile";
import { type BookWriter, type NumberMeaning, pointsMeaning, words } from "../book-api";
import type { FormulaCompiler } from "../formula-api";

export interface ManualRule {
  kind: "manual";
  field: string;
  min: NumP;
  max: NumP;
  blank: ChoiceP<"pending" | "zero" | "problem">;
  reasonField?: string;
}

declare module "../nodes" {
  interface RuleNodes {
    manual: ManualRule;
  }
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

/** Path choices: 0 entered, 1 blank and pending, 2 blank and zero. */
export function compile(node: ManualRule, c: Compiler): RuleFn {
  const field = c.field(node.field);
  const reason = node.reasonField === undefined ? null : c.field(node.reasonField);
  const mode = choice(node.blank);
  const lo = num(node.min);
  const hi = num(node.max);
  return <V>(ctx: EvalContext<V>): V => {
    const ZERO = ctx.ar.zero;
    const before = ctx.problems.length;
    const v = readField(ctx, field);
    if (ctx.problems.length > before) return ZERO;
    const cell = ctx.input.fields[node.field]?.cell ?? "";
    if (v === null || typeof v !== "number") {
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
      decide(ctx, mode === "pending" ? 1 : 2);
      if (ctx.steps !== null) ctx.steps.push({ t: "manual", node, status: mode, value: 0, at: null });
      return ZERO;
    }
    if (v < lo || v > hi) {
      const text = ctx.input.fields[node.field]?.text ?? String(v);
      addProblem(ctx, {
        cell,
        field: node.field,
        found: text,
        expected: `${lo} ~ ${hi}`,
        code: "outOfBounds",
      });
      return ZERO;
    }
    if (reason !== null && v !== 0) {
      const given = readField(ctx, reason);
      if (typeof given !== "string" || given.trim() === "") {
        const reasonCell = ctx.input.fields[reason.id]?.cell ?? "";
        ctx.warnings.push({ code: "reasonMissing", field: reason.id, cell: reasonCell });
      }
    }
    decide(ctx, 0);
    const entered = ctx.ar.input(v, node.field, -1);
    if (ctx.steps !== null) ctx.steps.push({ t: "manual", node, status: "entered", value: v, at: entered });
    return entered;
  };
}

/** What the rule evaluates every time (see `Evaluated`). */
export function alwaysEvaluated(_node: ManualRule): Evaluated {
  // Its field is read by the rule itself (a blank may be pending), not before it.
  return {};
}

/**
 * Everything the rule may evaluate, whichever band or branch applies (its fields are all checked for
 * problems), in the order it reads them.
 */
export function mayEvaluate(node: ManualRule): readonly Evaluated[] {
  return [{ fields: node.reasonField === undefined ? [node.field] : [node.field, node.reasonField] }];
}

/** The rule as a spreadsheet formula, step for step as `compile` scores (see formula-api.ts). */
export function formula(node: ManualRule, f: FormulaCompiler, path: string): string {
  const info = f.fieldInfo(node.field, path);
  // A blank required field is an input problem, whatever `blank` says (the engine reads it first).
  const blank = choice(node.blank) === "problem" || !info.optional ? f.notScored : "0";
  if (!f.hasColumn(node.field)) return info.optional ? blank : f.notScored;
  if (info.type === "text") f.cannot(path, `the text field "${node.field}" cannot hold points`);
  f.use(node.field);
  const x = f.slot(node.field);
  const inBounds = f.and([f.cmp(x, ">=", f.num(num(node.min))), f.cmp(x, "<=", f.num(num(node.max)))]);
  const entered = f.iff(`ISNUMBER(${x})`, f.iff(inBounds, x, f.notScored), f.notScored);
  return f.iff(`ISBLANK(${x})`, blank, entered);
}

/** The rule in the rule book: the field entered, its range, what a blank means. */
export function book(node: ManualRule, t: BookWriter, depth: number): string[] {
  const blank = typeof node.blank === "string" ? node.blank : t.param(node.blank.param);
  const blankWords: Record<string, string> = {
    pending: t.w("待核定（计 0 分，总分暂定）", "pending (counts 0, the total is provisional)"),
    zero: t.w("计 0 分", "counts 0"),
    problem: t.w("视为输入问题", "an input problem"),
  };
  const param =
    typeof node.blank === "object"
      ? t.w(`（参数 ${node.blank.param}）`, ` (parameter ${node.blank.param})`)
      : "";
  const reason = node.reasonField
    ? t.w(
        `；非 0 时应在“${t.field(node.reasonField)}”写明原因`,
        `; points other than 0 need a reason in "${t.field(node.reasonField)}"`,
      )
    : "";
  return [
    t.item(
      depth,
      t.w(
        `手填“${t.field(node.field)}”，范围 ${t.value(node.min)} ~ ${t.value(node.max)} 分；空白时${blankWords[String(blank)]}${param}${reason}`,
        `entered by hand in "${t.field(node.field)}", from ${t.value(node.min)} to ${t.value(node.max)} points; blank: ${blankWords[String(blank)]}${param}${reason}`,
      ),
    ),
  ];
}

/** What the number at `rel` (the keys from this node down to it) means, and its unit. */
export function meaning(node: ManualRule, rel: ReadonlyArray<string | number>): NumberMeaning | undefined {
  const key = rel.join(".");
  if (key === "min") return pointsMeaning(words("手填分值的下限", "lowest points entered by hand"));
  if (key === "max") return pointsMeaning(words("手填分值的上限", "highest points entered by hand"));
  return undefined;
}
