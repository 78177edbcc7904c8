/**
 * An indicator's arithmetic recorded once, to be recomputed with another manager's numbers: a tape of
 * operations (inputs by field, constants, + − × ÷ min ⌊⌋) and the guards under which it is the same
 * arithmetic and text: the choices a rule made by a number without recording them in the path
 * (`Arithmetic.look`), the sign of every input (it decides parentheses; kept on the input's operation),
 * NaN anywhere it looked. Explanation templates (template.ts) are built on a tape.
 */
import type { Arithmetic } from "../arithmetic";
import type { FieldInput } from "../types";
import * as E from "../expr";
import type { Expr } from "../expr";
import { floorExact } from "../decimal";

export const enum Code {
  /** An input: `field`, `index` in a list (-1: a single value), `at` its position in the fields read. */
  Input,
  /** A constant `v`. */
  Constant,
  Add,
  Sub,
  Mul,
  Div,
  Min,
  Floor,
}

/**
 * One operation on the tape: `a` and `b` are the positions of its operands. Every operation has the
 * same fields (for speed: the recompute loop then sees objects of one shape). An input's `v` is the
 * sign it must have (`SIGN_*`), or `ANY_SIGN` for an input only shown.
 */
export interface Op {
  readonly code: Code;
  readonly a: number;
  readonly b: number;
  readonly v: number;
  readonly field: string;
  readonly index: number;
  readonly at: number;
}

function op(code: Code, a: number, b: number, v = 0, field = "", index = -1, at = -1): Op {
  return { code, a, b, v, field, index, at };
}

/** The sign an input must have: it decides how the input is written ("- 3" or "(-3)"). */
const SIGN_NEGATIVE = 0;
const SIGN_NOT_NEGATIVE = 1;
/** An input only shown, not computed with: any sign. */
const ANY_SIGN = -1;

const CODES: Partial<Record<string, Code>> = {
  "+": Code.Add,
  "-": Code.Sub,
  "×": Code.Mul,
  "÷": Code.Div,
  min: Code.Min,
};

/** What a guard tells apart (see `classOf`). Inputs' signs are checked on their operations. */
export const enum Look {
  /** A number a rule chose by without recording it in the path (`Arithmetic.look`). */
  Choice,
  /** Any other number a rule looked at (its choice is in the path): only whether it is NaN. */
  Number,
}

/** The value at `at` on the tape must be of class `cls` (see `classOf`). */
export interface Guard {
  readonly at: number;
  readonly look: Look;
  readonly cls: number;
}

/**
 * Choice: negative, zero, between 0 and 1, one, above one, NaN (a target of 0, a coefficient of 0, 1
 * or below 1). Number: NaN or not.
 */
export function classOf(look: Look, v: number): number {
  if (look === Look.Number) return Number.isNaN(v) ? 0 : 1;
  if (v > 1) return 4;
  if (v === 1) return 3;
  if (v > 0) return 2;
  if (v === 0) return 1;
  return v < 0 ? 0 : 5;
}

/**
 * The arithmetic of recording: values are expressions (as when explaining), each also written on the
 * tape; `value` (a rule looking at a number) and inputs add guards.
 */
export class Recorder implements Arithmetic<Expr> {
  readonly ops: Op[] = [];
  readonly guards: Guard[] = [];
  private readonly ids = new Map<Expr, number>();
  readonly zero = E.ZERO;
  readonly one = E.ONE;

  /** The tape position of an expression; a leaf not seen yet is a constant of the rule. */
  at(e: Expr): number {
    const id = this.ids.get(e);
    if (id !== undefined) return id;
    if (!E.isLeaf(e)) throw new Error("an expression not built by this recorder");
    return this.write(e, op(Code.Constant, -1, -1, e.v));
  }

  /** Whether an expression is a constant of the rule (the same for every manager). */
  isConstant(e: Expr): boolean {
    return this.ops[this.at(e)].code === Code.Constant;
  }

  private write(e: Expr, op: Op): number {
    const id = this.ops.length;
    this.ids.set(e, id);
    this.ops.push(op);
    return id;
  }

  private guard(e: Expr, look: Look): void {
    this.guards.push({ at: this.at(e), look, cls: classOf(look, e.v) });
  }

  /** Inputs get nodes of their own (never shared like `lit(0)`), so each has its place on the tape. */
  private leaf(e: Expr, field: string, index: number): Expr {
    this.write(e, op(Code.Input, -1, -1, e.v < 0 ? SIGN_NEGATIVE : SIGN_NOT_NEGATIVE, field, index));
    return e;
  }

  /**
   * The tape position of an input shown (field, `index` in a list or -1): the rule's own when it read
   * the number, else one written for showing it (no guard: how a number is shown does not depend on it).
   */
  inputAt(field: string, index: number): number {
    for (let i = 0; i < this.ops.length; i++) {
      const o = this.ops[i];
      if (o.code === Code.Input && o.field === field && o.index === index) return i;
    }
    const id = this.ops.length;
    this.ops.push(op(Code.Input, -1, -1, ANY_SIGN, field, index));
    return id;
  }

  private binary(e: Expr & { a: Expr; b: Expr }): Expr {
    const code = CODES[e.k];
    if (code === undefined) throw new Error(`no tape operation for "${e.k}"`);
    this.write(e, op(code, this.at(e.a), this.at(e.b)));
    return e;
  }

  input = (v: number, field: string, index: number): Expr => this.leaf({ k: "n", v }, field, index);
  inputRate = (v: number, field: string, index: number): Expr => this.leaf({ k: "%", v }, field, index);
  constant = E.constNumber;
  constantRate = E.constRate;
  add = (a: Expr, b: Expr): Expr => this.binary(E.add(a, b) as Expr & { a: Expr; b: Expr });
  sub = (a: Expr, b: Expr): Expr => this.binary(E.sub(a, b) as Expr & { a: Expr; b: Expr });
  mul = (a: Expr, b: Expr): Expr => this.binary(E.mul(a, b) as Expr & { a: Expr; b: Expr });
  div = (a: Expr, b: Expr): Expr => this.binary(E.div(a, b) as Expr & { a: Expr; b: Expr });
  min = (a: Expr, b: Expr): Expr => this.binary(E.min(a, b) as Expr & { a: Expr; b: Expr });
  floor = (a: Expr): Expr => {
    const e = E.floor(a);
    this.write(e, op(Code.Floor, this.at(a), -1));
    return e;
  };
  value = (a: Expr): number => {
    this.guard(a, Look.Number);
    return a.v;
  };
  look = (a: Expr): number => {
    this.guard(a, Look.Choice);
    return a.v;
  };
}

/** The tape with its inputs named by position in `fields` (a template reads each input once). */
export function byPosition(ops: readonly Op[], fields: readonly string[]): Op[] {
  return ops.map((o) => {
    if (o.code !== Code.Input) return o;
    const at = fields.indexOf(o.field);
    if (at < 0) throw new Error(`input "${o.field}" is not among the fields read`);
    return op(Code.Input, -1, -1, o.v, o.field, o.index, at);
  });
}

/**
 * Recomputes a tape (by position) with a manager's inputs, `read[i]` the input of `fields[i]`, into
 * `out` (the same operations in the same order as the rule, so the same doubles). The caller has
 * checked the inputs have the recorded shape. False when an input has another sign than recorded.
 */
export function recompute(
  ops: readonly Op[],
  read: readonly (FieldInput | undefined)[],
  out: Float64Array,
): boolean {
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    switch (o.code) {
      case Code.Input: {
        const v = read[o.at]?.value;
        const x = o.index < 0 ? (v as number) : (v as readonly number[])[o.index];
        out[i] = x;
        if (o.v !== ANY_SIGN && (x < 0 ? SIGN_NEGATIVE : SIGN_NOT_NEGATIVE) !== o.v) return false;
        break;
      }
      case Code.Constant:
        out[i] = o.v;
        break;
      case Code.Add:
        out[i] = out[o.a] + out[o.b];
        break;
      case Code.Sub:
        out[i] = out[o.a] - out[o.b];
        break;
      case Code.Mul:
        out[i] = out[o.a] * out[o.b];
        break;
      case Code.Div:
        out[i] = out[o.a] / out[o.b];
        break;
      case Code.Min:
        out[i] = Math.min(out[o.a], out[o.b]);
        break;
      case Code.Floor:
        out[i] = floorExact(out[o.a]);
        break;
    }
  }
  return true;
}

/** Whether every guard holds for recomputed values. */
export function guardsHold(guards: readonly Guard[], values: Float64Array): boolean {
  for (let i = 0; i < guards.length; i++) {
    const g = guards[i];
    if (classOf(g.look, values[g.at]) !== g.cls) return false;
  }
  return true;
}
