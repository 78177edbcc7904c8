/**
 * The evaluation context of one indicator for one manager: where inputs are read (and recorded in the
 * trace), and where problems, warnings and steps accumulate. Kinds receive it and never throw on data.
 */
import type { FieldType, InputProblem, ManagerInput, ResultWarning } from "./types";
import type { Arithmetic } from "./arithmetic";
import type { PathNode } from "./path";
import type { TraceStep } from "./trace";
import type { RatioMeasure } from "./measures/ratio";

export interface FieldDecl {
  id: string;
  type: FieldType;
  optional: boolean;
}

/**
 * `V` is the value type of the arithmetic: `number` while scoring, `Expr` while explaining (see
 * arithmetic.ts); the detailed steps are recorded only while explaining.
 */
export interface EvalContext<V> {
  input: ManagerInput;
  readonly fields: ReadonlyMap<string, FieldDecl>;
  readonly ar: Arithmetic<V>;
  /** Field ids read (the trace's `fields`). */
  read: string[];
  /** The detailed steps (explaining), or null (scoring: not recorded). */
  steps: TraceStep<V>[] | null;
  /** Where the evaluation is on its indicator's path tree (see path.ts and `decide`). */
  path: PathNode;
  problems: InputProblem[];
  warnings: ResultWarning[];
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

/** Records a choice at a decision point (a band, a branch, a cap…) on the path. */
export function decide<V>(ctx: EvalContext<V>, choice: number): void {
  ctx.path = ctx.path.choose(choice);
}

export function addProblem<V>(ctx: EvalContext<V>, problem: InputProblem): void {
  const list = ctx.problems;
  for (let i = 0; i < list.length; i++)
    if (list[i].field === problem.field && list[i].code === problem.code) return;
  list.push(problem);
}

function record<V>(ctx: EvalContext<V>, id: string): void {
  const list = ctx.read;
  for (let i = 0; i < list.length; i++) if (list[i] === id) return;
  list.push(id);
}

/** The declaration of a field; an undeclared one reads as required points (the checker reports it). */
export function declOf(fields: ReadonlyMap<string, FieldDecl>, id: string): FieldDecl {
  return fields.get(id) ?? { id, type: "points", optional: false };
}

/**
 * Reads one field. Returns its value, or null when it is blank/absent (allowed for optional fields,
 * else an input problem is recorded) or unusable (the parser's problem is recorded).
 */
export function readField<V>(
  ctx: EvalContext<V>,
  decl: FieldDecl,
): number | readonly number[] | string | null {
  const id = decl.id;
  const fi = ctx.input.fields[id];
  const type = decl.type;
  const optional = decl.optional;
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
