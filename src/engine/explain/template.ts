/**
 * Explanation templates, for speed: the lines of an indicator's explanation that come from its
 * evaluation (steps, the score's arithmetic, why points were lost) are the same text for every
 * manager who took the same path with inputs of the same shape, except for the numbers. So the
 * first such explanation records the evaluation once (tape.ts) and keeps its text as literal parts
 * with slots; the next ones recompute the tape with their own inputs (a few array operations) and
 * fill the slots with the fast number formatter. No expressions, no second evaluation of the rule.
 *
 * A template is found by the path (the trace's shared path array) and checked against the manager:
 * the shape of each input read (absent, blank, a number, text, a list of n amounts), the guards of
 * the tape (see tape.ts) and the recomputed score. A path has a few templates at most. The text is
 * character for character what rendering the steps of a full re-evaluation gave (`traceDetail`).
 */
import type { FieldInput, IndicatorResult, ManagerInput } from "../types";
import type { RuleSet } from "../ruleset";
import type { Expr } from "../expr";
import type { Measure } from "../rule";
import type { TraceStep } from "../trace";
import { isLeaf } from "../expr";
import { formatNumber, formatPercent } from "../decimal";
import { bindRuleSet } from "../bind";
import { newContext, runIndicator } from "../evaluate";
import { TraceMismatchError } from "../trace-detail";
import { exprText, type LeafText } from "./expr-text";
import type { Fragments, InputHead } from "./fragments";
import { type Show, lossReasons, stepText } from "./steps-text";
import { type Guard, type Op, Recorder, byPosition, guardsHold, recompute } from "./tape";
import { InputSlots } from "../input-slots";

/** How a slot writes its number. */
const enum Format {
  Num,
  Percent,
  /** The absolute value of a negative number after " - ". */
  Negated,
  /** A count of steps, never below 0. */
  Count,
}

interface Slot {
  readonly at: number;
  readonly format: Format;
}

/**
 * Text with slots: literals[0] slot[0] literals[1] … literals[n]; a slot is an index into the
 * template's `slots` (each number is formatted once per explanation, however often it is shown).
 */
export interface Parts {
  readonly literals: readonly string[];
  readonly slots: readonly number[];
}

/**
 * Lines of the explanation, each starting with "\n". Lines in a row that are not a measure's are
 * one piece of text (fewer joins); a measure's line is its own, shown once when the same measure
 * was computed twice in a row (E in the ratio and in E − T).
 */
interface Lines {
  readonly parts: Parts;
  readonly measure: boolean;
}

export interface Template {
  readonly fields: readonly string[];
  /** The slot of each field (input-slots.ts), -1 for a field the rule set does not declare. */
  readonly fieldSlots: Int32Array;
  /**
   * Per field: its name before the value, led by "\n输入: " (the first) or "; " (the others), and
   * whether it is a rate (for the inputs line).
   */
  readonly heads: readonly InputHead[];
  readonly rates: readonly boolean[];
  /** The shape of each field read (`shapeOf`). */
  readonly shapes: readonly number[];
  readonly ops: readonly Op[];
  readonly guards: readonly Guard[];
  /** Where the unrounded score is on the tape. */
  readonly scoreAt: number;
  /** The numbers shown, each formatted once per explanation. */
  readonly slots: readonly Slot[];
  readonly lines: readonly Lines[];
  /** "\n得分 = " and the score's arithmetic; null when the score is a single number. */
  readonly score: Parts | null;
  /** Why points were lost; null when no step says why. */
  readonly reasons: Parts | null;
  /** How often it was used: a path's templates are kept most used first (fewer tried per explanation). */
  hits: number;
}

/** At most this many templates per path (more shapes than that are rendered without keeping them). */
const MAX_PER_PATH = 16;

/** Shapes of an input that change what a rule computes (signs and sizes are guards of the tape). */
function shapeOf(fi: FieldInput | undefined): number {
  if (fi === undefined) return 0;
  if (fi.problem !== undefined) return 1;
  const v = fi.value;
  if (v === null || v === "") return 2;
  if (typeof v === "number") return 3;
  if (typeof v === "string") return 4;
  return 5 + v.length;
}

/**
 * The inputs of the fields read and the values recomputed for the template being tried (rendering
 * is synchronous, one at a time; each input is looked up once per explanation).
 */
const read: (FieldInput | undefined)[] = [];
/** A typed array: storing a double allocates nothing. Grown for longer tapes. */
let values = new Float64Array(64);

/**
 * The inputs of the manager being explained, by slot: loaded once for a manager whose indicators are
 * explained one after another (inputs are immutable data, so the same object has the same fields).
 */
let loaded: { rs: RuleSet; inputs: InputSlots; input: ManagerInput | null } | null = null;

function inputsOf(rs: RuleSet, input: ManagerInput): InputSlots {
  if (loaded === null || loaded.rs !== rs) {
    loaded = { rs, inputs: new InputSlots(bindRuleSet(rs).fields), input: null };
  }
  if (loaded.input !== input) {
    loaded.inputs.load(input);
    loaded.input = input;
  }
  return loaded.inputs;
}

function fits(
  t: Template,
  r: IndicatorResult,
  input: ManagerInput,
  bySlot: readonly (FieldInput | undefined)[],
): boolean {
  const fields = r.trace.fields;
  if (fields.length !== t.fields.length) return false;
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] !== t.fields[i]) return false;
    const slot = t.fieldSlots[i];
    const fi = slot >= 0 ? bySlot[slot] : input.fields[fields[i]];
    read[i] = fi;
    if (shapeOf(fi) !== t.shapes[i]) return false;
  }
  if (values.length < t.ops.length) values = new Float64Array(t.ops.length * 2);
  recompute(t.ops, read, values);
  // The score recomputed must be the score recorded: a last check that this is the same arithmetic.
  return guardsHold(t.guards, values) && Object.is(values[t.scoreAt], r.trace.raw);
}

/**
 * The template for a scored indicator result, its numbers for this manager recomputed (for
 * `fillLines`). Records a new one when none fits.
 */
export function templateFor(rs: RuleSet, f: Fragments, r: IndicatorResult, input: ManagerInput): Template {
  const path = r.trace.path;
  const bySlot = inputsOf(rs, input).bySlot;
  let list = f.templates.get(path);
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (!fits(t, r, input, bySlot)) continue;
      t.hits++;
      if (i > 0 && t.hits > list[i - 1].hits) {
        list[i] = list[i - 1];
        list[i - 1] = t;
      }
      return t;
    }
  } else {
    list = [];
    f.templates.set(path, list);
  }
  const t = record(rs, f, r, input);
  if (list.length < MAX_PER_PATH) list.push(t);
  if (!fits(t, r, input, bySlot)) throw new TraceMismatchError(r.id);
  return t;
}

/** Evaluates the indicator once more with the recorder, and writes its text with slots. */
function record(rs: RuleSet, f: Fragments, r: IndicatorResult, input: ManagerInput): Template {
  const bound = bindRuleSet(rs);
  const ind = bound.indicatorById.get(r.id);
  if (ind === undefined) throw new TraceMismatchError(r.id);
  const tape = new Recorder();
  const steps: TraceStep[] = [];
  const ctx = newContext(bound, input, tape, steps);
  const expr = runIndicator(ind, ctx);
  if (ctx.problems.length > 0 || !samePath(ctx.path.choices, r.trace.path)) {
    throw new TraceMismatchError(r.id);
  }
  const writer = new SlotWriter(tape, f);
  const lines: Lines[] = [];
  let pending = "";
  for (const step of steps) {
    const text = stepText(step, f, writer);
    if (text === null) continue;
    if (step.t !== "measure") {
      pending += "\n" + text;
      continue;
    }
    if (pending !== "") lines.push({ parts: writer.parts(pending), measure: false });
    pending = "";
    lines.push({ parts: writer.parts(text), measure: true });
  }
  if (pending !== "") lines.push({ parts: writer.parts(pending), measure: false });
  const reasons = lossReasons(steps, f, writer);
  const score = isLeaf(expr) ? null : writer.parts("\n" + f.p.score + writer.expr(expr));
  const scoreAt = tape.at(expr);
  const fields = r.trace.fields;
  // Last: writing text may still put constants on the tape.
  return {
    fields,
    fieldSlots: Int32Array.from(fields, (field) => bound.fields.get(field)?.slot ?? -1),
    heads: fields.map((field, i) => {
      const lead = i === 0 ? f.inputsHead : f.p.sep;
      const h = f.inputHead(field);
      return { plain: lead + h.plain, open: lead + h.open };
    }),
    rates: fields.map((field) => f.isRateField(field)),
    shapes: fields.map((field) => shapeOf(input.fields[field])),
    ops: byPosition(tape.ops, fields),
    guards: tape.guards,
    scoreAt,
    slots: writer.slots,
    lines,
    score,
    reasons: reasons === "" ? null : writer.parts(reasons),
    hits: 0,
  };
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Marks a slot in text (NUL never occurs in names or phrases; `parts` checks it). */
const MARK = "\u0000";

/** Writes numbers of the manager as slot marks, constants of the rule as text. */
class SlotWriter implements Show {
  readonly slots: Slot[] = [];
  private readonly known = new Map<number, number>();

  constructor(
    private readonly tape: Recorder,
    private readonly f: Fragments,
  ) {}

  /** The mark of a slot: one slot per number and format, however often it is shown. */
  private mark(e: Expr, format: Format): string {
    const at = this.tape.at(e);
    const key = at * 4 + format;
    let i = this.known.get(key);
    if (i === undefined) {
      i = this.slots.length;
      this.slots.push({ at, format });
      this.known.set(key, i);
    }
    return MARK + i + MARK;
  }

  private readonly leaf: LeafText = (e, negated) => {
    if (this.tape.isConstant(e)) {
      return e.k === "%" ? formatPercent(e.v) : formatNumber(negated ? -e.v : e.v);
    }
    return this.mark(e, e.k === "%" ? Format.Percent : negated ? Format.Negated : Format.Num);
  };

  num(e: Expr): string {
    return this.tape.isConstant(e) ? formatNumber(e.v) : this.mark(e, Format.Num);
  }

  value(m: Measure, e: Expr): string {
    if (this.tape.isConstant(e)) return this.f.names.value(m, e.v);
    return this.mark(e, this.f.names.isRate(m) ? Format.Percent : Format.Num);
  }

  count(e: Expr): string {
    return this.tape.isConstant(e) ? formatNumber(Math.max(0, e.v)) : this.mark(e, Format.Count);
  }

  expr(e: Expr): string {
    return exprText(e, this.leaf);
  }

  /** Splits marked text into literals and the slots it marks. */
  parts(text: string): Parts {
    const pieces = text.split(MARK);
    if (pieces.length % 2 === 0) throw new Error("a name or phrase holds the slot mark (NUL)");
    const literals: string[] = [];
    const slots: number[] = [];
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) literals.push(pieces[i]);
      else slots.push(Number(pieces[i]));
    }
    return { literals, slots };
  }
}

function slotText(slot: Slot, v: number): string {
  switch (slot.format) {
    case Format.Num:
      return formatNumber(v);
    case Format.Percent:
      return formatPercent(v);
    case Format.Negated:
      return formatNumber(-v);
    case Format.Count:
      return formatNumber(Math.max(0, v));
  }
}

/** The numbers of the template being filled, as text (rendering is synchronous, one at a time). */
const shown: string[] = [];

function fill(parts: Parts): string {
  const { literals, slots } = parts;
  let out = literals[0];
  for (let i = 0; i < slots.length; i++) out += shown[slots[i]] + literals[i + 1];
  return out;
}

/**
 * The lines of the evaluation for a manager the template fits (`templateFor`): the steps, then
 * "\n得分 = " with the arithmetic and `scoreTail` (" = 12.83" or " = 12.826086957 ≈ 12.83").
 */
export function fillLines(t: Template, scoreTail: string): string {
  for (let i = 0; i < t.slots.length; i++) shown[i] = slotText(t.slots[i], values[t.slots[i].at]);
  let out = "";
  let lastMeasure = "";
  for (let i = 0; i < t.lines.length; i++) {
    const line = t.lines[i];
    const text = fill(line.parts);
    if (line.measure) {
      if (text === lastMeasure) continue;
      lastMeasure = text;
      out += "\n" + text;
    } else out += text;
  }
  return t.score === null ? out : out + fill(t.score) + scoreTail;
}

/** The input of each field read (`trace.fields` order), after `templateFor`. */
export function templateInputs(): readonly (FieldInput | undefined)[] {
  return read;
}

/** Why points were lost, after `fillLines`; null when no step says why. */
export function fillReasons(t: Template): string | null {
  return t.reasons === null ? null : fill(t.reasons);
}
