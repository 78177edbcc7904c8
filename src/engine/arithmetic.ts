/**
 * The arithmetic a rule is evaluated with. Rules are written once against this interface and run in
 * two ways: with plain numbers (scoring: nothing allocated per step, the hot path) and with `Expr`s
 * (explaining: every value carries the expression that produced it, in terms of the inputs).
 * Evaluation is pure, so both give the same numbers and take the same path.
 */
import { floorExact } from "./decimal";
import * as E from "./expr";
import type { Expr } from "./expr";

export interface Arithmetic<V> {
  /**
   * An input number / an input rate (shown as percent), with where it was read: the field and the
   * index in a list field (-1 for a single value).
   */
  input(v: number, field: string, index: number): V;
  inputRate(v: number, field: string, index: number): V;
  /** A constant of the rule data / a rate constant. */
  constant(v: number): V;
  constantRate(v: number): V;
  add(a: V, b: V): V;
  sub(a: V, b: V): V;
  mul(a: V, b: V): V;
  div(a: V, b: V): V;
  min(a: V, b: V): V;
  floor(a: V): V;
  /** The number of a value, for a choice the path records (a band, a branch…) or for showing it. */
  value(a: V): number;
  /**
   * The number of a value, for a choice the path does NOT record (a target of 0, a coefficient of
   * 0 or 1). Same number as `value`; kept apart so that such reads are visible where they happen.
   */
  look(a: V): number;
  readonly zero: V;
  readonly one: V;
}

/** Scoring: values are numbers, operations are the operators themselves. */
export const numbers: Arithmetic<number> = {
  input: (v) => v,
  inputRate: (v) => v,
  constant: (v) => v,
  constantRate: (v) => v,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  min: (a, b) => Math.min(a, b),
  floor: floorExact,
  value: (a) => a,
  look: (a) => a,
  zero: 0,
  one: 1,
};

/** Explaining: values are expressions that hold their number (`expr.ts`). */
export const expressions: Arithmetic<Expr> = {
  input: (v) => E.lit(v),
  inputRate: (v) => E.pct(v),
  constant: E.constNumber,
  constantRate: E.constRate,
  add: E.add,
  sub: E.sub,
  mul: E.mul,
  div: E.div,
  min: E.min,
  floor: E.floor,
  value: (a) => a.v,
  look: (a) => a.v,
  zero: E.ZERO,
  one: E.ONE,
};
