/**
 * The evaluation context of one indicator for one manager: where inputs are read (and recorded in the
 * trace), and where problems, warnings and steps accumulate. Kinds receive it and never throw on data.
 */
import type { FieldType, InputProblem, ManagerInput, ResultWarning } from "./types";
import type { Expr } from "./expr";
import type { TraceStep } from "./trace";
import type { Measure, Rule } from "./rule";
import type { RatioMeasure } from "./measures/ratio";

export interface FieldDecl {
  id: string;
  type: FieldType;
  optional: boolean;
}

export interface EvalContext {
  readonly input: ManagerInput;
  readonly fields: ReadonlyMap<string, FieldDecl>;
  readonly rule: (node: Rule, ctx: EvalContext) => Expr;
  /** null = absent (a blank optional field, or no alternative present). */
  readonly measure: (node: Measure, ctx: EvalContext) => Expr | null;
  /** Whether a measure is a rate (its constants are shown as percent). */
  readonly isRate: (node: Measure) => boolean;
  /** Field ids read (the trace's `fields`). */
  read: string[];
  steps: TraceStep[];
  problems: InputProblem[];
  warnings: ResultWarning[];
  /** Whether the field last read is a rate (set by readField). */
  lastRate: boolean;
  pending: boolean;
  /** Set by a ratio whose target is 0, for the banded rule that measured it. */
  zeroTarget: RatioMeasure | null;
}

const EXPECTED: Record<FieldType, string> = {
  count: "a whole number, 0 or more",
  netCount: "a whole number",
  amount: "an amount, 0 or more",
  amountList: "one or more amounts",
  rate: "a rate such as 85%",
  points: "a number of points",
  text: "text",
};

export function expectedFor(type: FieldType): string {
  return EXPECTED[type];
}

export function addProblem(ctx: EvalContext, problem: InputProblem): void {
  const list = ctx.problems;
  for (let i = 0; i < list.length; i++)
    if (list[i].field === problem.field && list[i].code === problem.code) return;
  list.push(problem);
}

function record(ctx: EvalContext, id: string): void {
  const list = ctx.read;
  for (let i = 0; i < list.length; i++) if (list[i] === id) return;
  list.push(id);
}

/**
 * Reads one field. Returns its value, or null when it is blank/absent (allowed for optional fields,
 * else an input problem is recorded) or unusable (the parser's problem is recorded).
 */
export function readField(ctx: EvalContext, id: string): number | readonly number[] | string | null {
  const decl = ctx.fields.get(id);
  const fi = ctx.input.fields[id];
  const type: FieldType = decl?.type ?? "points";
  const optional = decl?.optional ?? false;
  ctx.lastRate = type === "rate";
  record(ctx, id);
  if (fi === undefined) {
    if (!optional) {
      addProblem(ctx, { cell: "", field: id, found: "", expected: expectedFor(type), code: "missingColumn" });
    }
    return null;
  }
  if (fi.problem) {
    addProblem(ctx, fi.problem);
    return null;
  }
  const v = fi.value;
  if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) {
    if (optional) return null;
    addProblem(ctx, { cell: fi.cell, field: id, found: fi.text, expected: expectedFor(type), code: "blank" });
    return null;
  }
  const bad = typeProblem(type, v);
  if (bad) {
    const expected = bad === "outOfBounds" ? "-1e15 ~ 1e15" : expectedFor(type);
    addProblem(ctx, { cell: fi.cell, field: id, found: fi.text, expected, code: bad });
    return null;
  }
  return v;
}

/** Beyond Excel's 15 digits a value is no sheet figure; it could also overflow a score to Infinity. */
const MAX_INPUT = 1e15;

/** The engine's own guard on parsed values (a sheet parser normally reports these first). */
function typeProblem(type: FieldType, v: number | readonly number[] | string): InputProblem["code"] | null {
  if (type === "text") return null;
  if (typeof v === "string") return "notANumber";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "notANumber";
    if (Math.abs(v) > MAX_INPUT) return "outOfBounds";
    if ((type === "count" || type === "amount") && v < 0) return "negative";
    if ((type === "count" || type === "netCount") && !Number.isInteger(v)) return "notWhole";
    return null;
  }
  if (type !== "amountList") return "notANumber";
  for (const x of v) {
    if (!Number.isFinite(x)) return "notANumber";
    if (Math.abs(x) > MAX_INPUT) return "outOfBounds";
    if (x < 0) return "negative";
  }
  return null;
}
