/**
 * Explanation templates, for speed: the explanation of a scored indicator is the same text for every
 * manager who took the same path with inputs of the same shape, except for the numbers and cells. So
 * the first such explanation records the evaluation once (tape.ts) and keeps its whole text — header,
 * inputs line, steps, the score's arithmetic, why points were lost — as literal parts with slots; the
 * next ones recompute the tape with their own inputs (a few array operations), write each slot once
 * (the fast number formatter, the cell, the score) and join. No expressions, no second evaluation of
 * the rule, no per-line phrase functions.
 *
 * A template is found by the path (the trace's shared path array) and checked against the manager:
 * the shape of each input read (absent, blank, a number, text, a list of n amounts, with or without
 * its cell), the guards of the tape (see tape.ts) and the recomputed score. A path has a few templates
 * at most. The text is character for character what rendering the steps of a full re-evaluation gave
 * (`traceDetail`).
 */
import type { FieldInput, IndicatorResult, ManagerInput } from "../types";
import type { RuleSet } from "../ruleset";
import type { Expr } from "../expr";
import type { Measure } from "../rule";
import type { TraceStep } from "../trace";
import { isLeaf } from "../expr";
import { formatNumber, formatPercent, formatScore, roundHalfAway } from "../decimal";
import { bindRuleSet } from "../bind";
import { newContext, runIndicator } from "../evaluate";
import { TraceMismatchError } from "../trace-detail";
import { exprText, type LeafText } from "./expr-text";
import type { Fragments } from "./fragments";
import { type Show, lossReasons, stepText } from "./steps-text";
import { type Guard, type Op, Recorder, byPosition, guardsHold, recompute } from "./tape";
import { InputSlots } from "../input-slots";

/** What a slot shows. */
const enum Kind {
  /** A number on the tape (`at`), formatNumber. */
  Num,
  /** A rate on the tape, as percent. */
  Percent,
  /** The absolute value of a negative number after " - ". */
  Negated,
  /** A count of steps, never below 0. */
  Count,
  /** The text found in the cell of a field with a problem ("八十"), or "空" when there is none. */
  ProblemText,
  /** The text value of a field ("模板填报差错"). */
  Text,
  /** The score, rounded ("12.83"). */
  Score,
  /** Points lost ("2.17"). */
  Lost,
}

interface Slot {
  readonly kind: Kind;
  /** The tape position (numbers) or the position of the field in the fields read (cells, texts). */
  readonly at: number;
}

/**
 * Text with slots: literals[0] slot[0] literals[1] … literals[n]; a slot is an index into the
 * template's `slots` (each is written once per explanation, however often it is shown).
 */
export interface Parts {
  readonly literals: readonly string[];
  readonly slots: readonly number[];
}

/**
 * A piece of the explanation. A measure's line is its own piece when the template has more than one:
 * it is shown once when the same measure was computed twice in a row (E in the ratio and in E − T).
 * Everything else in a row is one piece.
 */
interface Segment {
  readonly parts: Parts;
  readonly measure: boolean;
}

export interface Template {
  readonly id: string;
  readonly weight: number;
  readonly bonus: boolean;
  readonly fields: readonly string[];
  /** The slot of each field (input-slots.ts), -1 for a field the rule set does not declare. */
  readonly fieldSlots: Int32Array;
  /** The shape of each field read (`shapeOf`). */
  readonly shapes: Int32Array;
  readonly ops: readonly Op[];
  readonly guards: readonly Guard[];
  /** Where the unrounded score is on the tape. */
  readonly scoreAt: number;
  readonly slots: readonly Slot[];
  /** The slots shown before the points lost; the others are written only when points were lost. */
  readonly mainSlots: number;
  /** The explanation up to the points lost: header, inputs, steps, the score and its arithmetic. */
  readonly segments: readonly Segment[];
  /** The last segment when the score is not its unrounded value (" = 12.826086957 ≈ 12.83"). */
  readonly inexact: Parts | null;
  /** "\n少得 2.17 分: " and why. */
  readonly lost: Parts;
  /** How often it was used: a path's templates are kept most used first (fewer tried per explanation). */
  hits: number;
}

/** At most this many templates per path (more shapes than that are rendered without keeping them). */
const MAX_PER_PATH = 16;

const enum Shape {
  Absent = 0,
  Problem = 1,
  Blank = 2,
  Number = 3,
  Text = 4,
  /** A list of n amounts: List + n. */
  List = 5,
  /** Added when the input has a cell. */
  WithCell = 1 << 20,
  /** Added for a number read as percentage points. */
  PercentPoints = 1 << 21,
}

/**
 * What about an input changes an explanation's text other than its numbers: absent, a problem (its
 * own or one the result lists), blank, a number (read as percentage points or not), text, a list of
 * n amounts; and whether it has a cell. Signs and sizes are guards of the tape.
 */
function shapeOf(fi: FieldInput | undefined, listed: boolean): number {
  if (fi === undefined) return Shape.Absent;
  const cell = fi.cell === "" ? 0 : Shape.WithCell;
  if (listed || fi.problem !== undefined) return Shape.Problem + cell;
  const v = fi.value;
  if (v === null || v === "") return Shape.Blank + cell;
  if (typeof v === "number") return Shape.Number + cell + (fi.readAsPercentPoints ? Shape.PercentPoints : 0);
  if (typeof v === "string") return Shape.Text + cell;
  return Shape.List + v.length + cell;
}

/** Whether the result lists a problem with this field (never for a scored result the engine made). */
function listed(r: IndicatorResult, field: string): boolean {
  const problems = r.problems;
  for (let i = 0; i < problems.length; i++) if (problems[i].field === field) return true;
  return false;
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
  raw: number,
  input: ManagerInput,
  bySlot: readonly (FieldInput | undefined)[],
): boolean {
  const fields = r.trace.fields;
  // Field lists are shared by results that read the same fields (path.ts): nearly always the same array.
  if (fields !== t.fields && !sameList(fields, t.fields)) return false;
  if (r.weight !== t.weight || r.bonus !== t.bonus) return false;
  const anyListed = r.problems.length > 0;
  const fieldSlots = t.fieldSlots;
  const shapes = t.shapes;
  for (let i = 0; i < fields.length; i++) {
    const slot = fieldSlots[i];
    const fi = slot >= 0 ? bySlot[slot] : input.fields[fields[i]];
    read[i] = fi;
    if (shapeOf(fi, anyListed && listed(r, fields[i])) !== shapes[i]) return false;
  }
  if (values.length < t.ops.length) values = new Float64Array(t.ops.length * 2);
  if (!recompute(t.ops, read, values) || !guardsHold(t.guards, values)) return false;
  // The score recomputed must be the score recorded: a last check that this is the same arithmetic.
  const score = values[t.scoreAt];
  // Not Object.is: V8 calls a builtin for it here. Both NaN count as the same (−0 and 0 print alike).
  return score === raw || (score !== score && raw !== raw);
}

/**
 * The template for a scored indicator result (`raw`: its unrounded score), its numbers for this
 * manager recomputed (for `fillTemplate`). Records a new one when none fits.
 */
export function templateFor(
  rs: RuleSet,
  f: Fragments,
  r: IndicatorResult,
  raw: number,
  input: ManagerInput,
): Template {
  const path = r.trace.path;
  const bySlot = inputsOf(rs, input).bySlot;
  let list = f.templates.get(path);
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (t.id !== r.id || !fits(t, r, raw, input, bySlot)) continue;
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
  if (!fits(t, r, raw, input, bySlot)) throw new TraceMismatchError(r.id);
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
  if (ctx.problems.length > 0 || !sameList(ctx.path.choices, r.trace.path)) {
    throw new TraceMismatchError(r.id);
  }
  const p = f.p;
  const fields = r.trace.fields;
  const shapes = Int32Array.from(fields, (field) =>
    shapeOf(input.fields[field], r.problems.length > 0 && listed(r, field)),
  );
  const writer = new SlotWriter(tape, f);

  // Header and inputs: the first piece of text.
  let text = f.header(r.id, r.weight, r.bonus) + p.scoreSuffix(writer.slot(Kind.Score, 0));
  for (let i = 0; i < fields.length; i++) {
    text += (i === 0 ? f.inputsHead : p.sep) + writer.inputText(fields[i], i, shapes[i]);
  }
  // The steps: measure lines are pieces of their own when there are several (see `Segment`).
  const lines: { text: string; measure: boolean }[] = [];
  for (const step of steps) {
    const line = stepText(step, f, writer);
    if (line !== null) lines.push({ text: line, measure: step.t === "measure" });
  }
  const apart = lines.filter((l) => l.measure).length > 1;
  const segments: Segment[] = [];
  for (const line of lines) {
    if (!(line.measure && apart)) {
      text += "\n" + line.text;
      continue;
    }
    segments.push({ parts: writer.parts(text), measure: false });
    segments.push({ parts: writer.parts(line.text), measure: true });
    text = "";
  }
  // The score's arithmetic ends " = 12.83" when the score is its exact value, else
  // " = 12.826086957 ≈ 12.83": the last piece comes in both versions.
  let inexact: Parts | null = null;
  if (isLeaf(expr)) text += "\n" + p.score + writer.slot(Kind.Score, 0);
  else {
    text += "\n" + p.score + writer.expr(expr) + " = ";
    inexact = writer.parts(text + MARK + RAW + MARK + " ≈ " + writer.slot(Kind.Score, 0));
    text += writer.slot(Kind.Score, 0);
  }
  segments.push({ parts: writer.parts(text), measure: false });
  const mainSlots = writer.slots.length;
  const reasons = lossReasons(steps, f, writer);
  const lost = writer.parts(
    "\n" + p.lost(writer.slot(Kind.Lost, 0), reasons === "" ? p.lostGeneric : reasons),
  );
  const scoreAt = tape.at(expr);
  // Last: writing text and the score's place may still put constants and inputs on the tape.
  return {
    id: r.id,
    weight: r.weight,
    bonus: r.bonus,
    fields,
    fieldSlots: Int32Array.from(fields, (field) => bound.fields.get(field)?.slot ?? -1),
    shapes,
    ops: byPosition(tape.ops, fields),
    guards: tape.guards,
    scoreAt,
    slots: writer.slots,
    mainSlots,
    segments: segments.filter((s) => s.measure || s.parts.literals.length > 1 || s.parts.literals[0] !== ""),
    inexact,
    lost,
    hits: 0,
  };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Marks a slot in text (NUL never occurs in names or phrases; `parts` checks it). */
const MARK = "\u0000";
/**
 * In parts, CELL + i stands for the cell of the i-th field read ("D7"), taken from the input as the
 * text is joined. Not copied into `shown` first: that store's write barrier reads the memory page of
 * each cell string, scattered over the heap (measured: a tenth fewer cache misses without it).
 */
const CELL = 1 << 16;
/** In parts, the unrounded score ("12.826086957"), written only where it is shown. */
const RAW = CELL - 1;

/** Writes numbers of the manager, cells and scores as slot marks, constants of the rule as text. */
class SlotWriter implements Show {
  readonly slots: Slot[] = [];
  private readonly known = new Map<string, number>();
  private readonly literals = new Map<string, string>();

  constructor(
    private readonly tape: Recorder,
    private readonly f: Fragments,
  ) {}

  /** The mark of a slot: one slot per thing shown and how, however often it is shown. */
  slot(kind: Kind, at: number): string {
    const key = kind + ":" + at;
    let i = this.known.get(key);
    if (i === undefined) {
      i = this.slots.length;
      this.slots.push({ kind, at });
      this.known.set(key, i);
    }
    return MARK + i + MARK;
  }

  private mark(e: Expr, kind: Kind): string {
    return this.slot(kind, this.tape.at(e));
  }

  /** "累计目标(D7) = 50" on the inputs line, by the input's shape (`shapeOf`). */
  inputText(field: string, at: number, shape: number): string {
    const f = this.f;
    const h = f.inputHead(field);
    const head = shape & Shape.WithCell ? h.open + MARK + (CELL + at) + MARK + ") = " : h.plain;
    const base = shape & ~(Shape.WithCell | Shape.PercentPoints);
    switch (base) {
      case Shape.Absent:
      case Shape.Blank:
        return head + f.p.blank;
      case Shape.Problem:
        return head + this.slot(Kind.ProblemText, at);
      case Shape.Number: {
        const shown = this.slot(f.isRateField(field) ? Kind.Percent : Kind.Num, this.tape.inputAt(field, -1));
        return head + shown + (shape & Shape.PercentPoints ? f.p.percentPoints(shown) : "");
      }
      case Shape.Text:
        return head + "“" + this.slot(Kind.Text, at) + "”";
      default: {
        const items: string[] = [];
        for (let j = 0; j < base - Shape.List; j++)
          items.push(this.slot(Kind.Num, this.tape.inputAt(field, j)));
        return head + items.join(", ");
      }
    }
  }

  private readonly leaf: LeafText = (e, negated) => {
    if (this.tape.isConstant(e)) {
      return e.k === "%" ? formatPercent(e.v) : formatNumber(negated ? -e.v : e.v);
    }
    return this.mark(e, e.k === "%" ? Kind.Percent : negated ? Kind.Negated : Kind.Num);
  };

  num(e: Expr): string {
    return this.tape.isConstant(e) ? formatNumber(e.v) : this.mark(e, Kind.Num);
  }

  value(m: Measure, e: Expr): string {
    if (this.tape.isConstant(e)) return this.f.names.value(m, e.v);
    return this.mark(e, this.f.names.isRate(m) ? Kind.Percent : Kind.Num);
  }

  count(e: Expr): string {
    return this.tape.isConstant(e) ? formatNumber(Math.max(0, e.v)) : this.mark(e, Kind.Count);
  }

  expr(e: Expr): string {
    return exprText(e, this.leaf);
  }

  /** One string per literal text in the template: equal literals compare as one pointer (`sameLine`). */
  private literal(text: string): string {
    const known = this.literals.get(text);
    if (known !== undefined) return known;
    this.literals.set(text, text);
    return text;
  }

  /** Splits marked text into literals and the slots it marks. */
  parts(text: string): Parts {
    const pieces = text.split(MARK);
    if (pieces.length % 2 === 0) throw new Error("a name or phrase holds the slot mark (NUL)");
    const literals: string[] = [];
    const slots: number[] = [];
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) literals.push(this.literal(pieces[i]));
      else slots.push(Number(pieces[i]));
    }
    return { literals, slots };
  }
}

/** The slots of the template being filled, as text (rendering is synchronous, one at a time). */
const shown: string[] = [];
/** The unrounded score of the explanation being filled, when it is shown. */
let rawText = "";

function slotText(slot: Slot, f: Fragments, score: number, lost: number): string {
  switch (slot.kind) {
    case Kind.Num:
      return formatNumber(values[slot.at]);
    case Kind.Percent:
      return formatPercent(values[slot.at]);
    case Kind.Negated:
      return formatNumber(-values[slot.at]);
    case Kind.Count:
      return formatNumber(Math.max(0, values[slot.at]));
    case Kind.ProblemText: {
      const text = (read[slot.at] as FieldInput).text;
      return text === "" ? f.p.blank : text;
    }
    case Kind.Text:
      return (read[slot.at] as FieldInput).value as string;
    case Kind.Score:
      return formatScore(score, f.decimals);
    case Kind.Lost:
      return formatScore(lost, f.decimals);
  }
}

/**
 * Appends parts to `out`, joined from the left on purpose: `out + a + b` links two ropes, while
 * `out += a + b` first copies the short `a + b` (a slot and a literal, often under V8's 13 characters
 * for a rope, and two-byte) into a new flat string, through the runtime: 15% of all explaining's
 * instructions, more of its time. For the same reason a piece is appended to the text so far, never
 * started on its own ("\n少得 " + "1.74" alone is such a copy).
 */
function fill(out: string, parts: Parts): string {
  const { literals, slots } = parts;
  out = out + literals[0];
  for (let i = 0; i < slots.length; i++) out = out + piece(slots[i]) + literals[i + 1];
  return out;
}

/** The text of a slot in parts (see `CELL`, `RAW`). */
function piece(s: number): string {
  return s < RAW ? shown[s] : s === RAW ? rawText : (read[s - CELL] as FieldInput).cell;
}

/**
 * Whether two measure lines read the same: piece by piece when they have the same literals (no text
 * is built), as text when pieces of different lengths could still line up, or the literals differ.
 */
function sameLine(a: Parts, b: Parts): boolean {
  const la = a.literals;
  const lb = b.literals;
  if (sameList(la, lb)) {
    let same = true;
    let aligned = true;
    for (let i = 0; i < a.slots.length; i++) {
      const x = piece(a.slots[i]);
      const y = piece(b.slots[i]);
      if (x === y) continue;
      same = false;
      if (x.length !== y.length) aligned = false;
    }
    if (same || aligned) return same;
  }
  return fill("", a) === fill("", b);
}

/**
 * The explanation of a scored result the template fits (`templateFor`), up to its warnings: header,
 * inputs, steps, the score with its arithmetic, and the points lost when there are any. `score` and
 * `raw` are the result's (read once by the caller).
 */
export function fillTemplate(
  t: Template,
  r: IndicatorResult,
  f: Fragments,
  score: number,
  raw: number,
): string {
  const slots = t.slots;
  const lost = r.lost;
  for (let i = 0; i < t.mainSlots; i++) shown[i] = slotText(slots[i], f, score, lost);
  const segments = t.segments;
  const last = segments.length - 1;
  let lastParts = segments[last].parts;
  if (t.inexact !== null && roundHalfAway(raw, 9) !== score) {
    rawText = formatNumber(raw);
    lastParts = t.inexact;
  }
  let out = fill("", last === 0 ? lastParts : segments[0].parts);
  let lastMeasure: Parts | null = null;
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i];
    if (!s.measure) {
      out = fill(out, i === last ? lastParts : s.parts);
      continue;
    }
    if (lastMeasure !== null && sameLine(lastMeasure, s.parts)) continue;
    lastMeasure = s.parts;
    out = fill(out + "\n", s.parts);
  }
  if (!(lost > 0)) return out;
  for (let i = t.mainSlots; i < slots.length; i++) shown[i] = slotText(slots[i], f, score, lost);
  return fill(out, t.lost);
}
