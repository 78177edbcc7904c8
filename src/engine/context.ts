/**
 * The evaluation context of one indicator for one manager: where inputs are read (and recorded in the
 * trace), and where problems, warnings and steps accumulate. Kinds receive it and never throw on data.
 */
import type { FieldDecl, FieldInput, FieldType, InputProblem, ManagerInput, ResultWarning } from "./types";
import type { Arithmetic } from "./arithmetic";
import type { PathNode, ReadNode } from "./path";
import type { TraceStep } from "./trace";
import type { MeasureNodes } from "./nodes";
import type { InputSlots } from "./input-slots";
import { PHRASES } from "./explain/phrases";

export type { FieldDecl };

/**
 * `V` is the value type of the arithmetic: `number` while scoring, `Expr` while explaining (see
 * arithmetic.ts); the detailed steps are recorded only while explaining.
 */
export interface EvalContext<V> {
  /** Set with `useInput` (evaluate.ts), which loads `inputs` too. */
  input: ManagerInput;
  /** The input's fields by slot (`FieldDecl.slot`), loaded with the input. */
  readonly inputs: InputSlots;
  readonly fields: ReadonlyMap<string, FieldDecl>;
  readonly ar: Arithmetic<V>;
  /** The fields read so far, in the order first read (the trace's `fields`: `reads.fields`). */
  reads: ReadNode;
  /** The detailed steps (explaining), or null (scoring: not recorded). */
  steps: TraceStep<V>[] | null;
  /** Where the evaluation is on its indicator's path tree (see path.ts and `decide`). */
  path: PathNode;
  problems: InputProblem[];
  warnings: ResultWarning[];
  pending: boolean;
  /** Set by a ratio whose target is 0, for the banded rule that measured it. */
  zeroTarget: MeasureNodes["ratio"] | null;
}

/** What a field of this type should hold, in English (a problem's `expected`; the report says it in either language). */
export function expectedFor(type: FieldType): string {
  return PHRASES.en.expected[type];
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

/** The declaration of a field; an undeclared one reads as required points (the checker reports it). */
export function declOf(fields: ReadonlyMap<string, FieldDecl>, id: string): FieldDecl {
  return fields.get(id) ?? { id, type: "points", optional: false, slot: -1 };
}

/**
 * Reads one field. Returns its value, or null when it is blank/absent (allowed for optional fields,
 * else an input problem is recorded) or unusable (the parser's problem is recorded).
 */
export function readField<V>(
  ctx: EvalContext<V>,
  decl: FieldDecl,
): number | readonly number[] | string | null {
  const fi = decl.slot >= 0 ? ctx.inputs.bySlot[decl.slot] : ctx.input.fields[decl.id];
  const type = decl.type;
  ctx.reads = ctx.reads.read(decl);
  // The common case first: a usable number.
  if (fi !== undefined && fi.problem === undefined) {
    const v = fi.value;
    if (typeof v === "number" && numberProblem(type, v) === null) return v;
  }
  return readSlow(ctx, decl, fi);
}

function readSlow<V>(
  ctx: EvalContext<V>,
  decl: FieldDecl,
  fi: FieldInput | undefined,
): number | readonly number[] | string | null {
  const { id, type, optional } = decl;
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

function numberProblem(type: FieldType, v: number): InputProblem["code"] | null {
  if (type === "text") return null;
  if (!(Math.abs(v) <= MAX_INPUT))
    return Number.isNaN(v) || !Number.isFinite(v) ? "notANumber" : "outOfBounds";
  if ((type === "count" || type === "amount") && v < 0) return "negative";
  if ((type === "count" || type === "netCount") && !Number.isInteger(v)) return "notWhole";
  return null;
}

/** The engine's own guard on parsed values (a sheet parser normally reports these first). */
function typeProblem(type: FieldType, v: number | readonly number[] | string): InputProblem["code"] | null {
  if (type === "text") return null;
  if (typeof v === "string") return "notANumber";
  if (typeof v === "number") return numberProblem(type, v);
  if (type !== "amountList") return "notANumber";
  for (const x of v) {
    if (!Number.isFinite(x)) return "notANumber";
    if (Math.abs(x) > MAX_INPUT) return "outOfBounds";
    if (x < 0) return "negative";
  }
  return null;
}
