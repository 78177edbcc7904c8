/**
 * Arithmetic as data: every value a rule computes carries the expression that produced it, written in
 * terms of the inputs, so an explanation can show "15 × 45 ÷ 50 = 13.5" and a person can redo it.
 * Each node holds its value (`v`); building a node computes it.
 */
import { floorExact } from "./decimal";

export type Expr =
  | { readonly k: "n"; readonly v: number } // a plain number
  | { readonly k: "%"; readonly v: number } // a rate, shown as percent (v is the fraction)
  | {
      readonly k: "+" | "-" | "×" | "÷" | "min" | "max";
      readonly v: number;
      readonly a: Expr;
      readonly b: Expr;
    }
  | { readonly k: "floor"; readonly v: number; readonly a: Expr };

export const ZERO: Expr = { k: "n", v: 0 };
export const ONE: Expr = { k: "n", v: 1 };

export function lit(v: number): Expr {
  return v === 0 ? ZERO : v === 1 ? ONE : { k: "n", v };
}

export function pct(v: number): Expr {
  return { k: "%", v };
}

const numbers = new Map<number, Expr>();
const rates = new Map<number, Expr>();

/**
 * A constant of the rule data (weights, points, edges, steps), shared: the same node for the same
 * number, so traces do not allocate one per evaluation. (Input values use `lit`/`pct`.)
 */
export function constNumber(v: number): Expr {
  let e = numbers.get(v);
  if (e === undefined) {
    e = lit(v);
    if (numbers.size < 4096) numbers.set(v, e);
  }
  return e;
}

export function constRate(v: number): Expr {
  let e = rates.get(v);
  if (e === undefined) {
    e = pct(v);
    if (rates.size < 4096) rates.set(v, e);
  }
  return e;
}

export function add(a: Expr, b: Expr): Expr {
  return { k: "+", v: a.v + b.v, a, b };
}

export function sub(a: Expr, b: Expr): Expr {
  return { k: "-", v: a.v - b.v, a, b };
}

export function mul(a: Expr, b: Expr): Expr {
  return { k: "×", v: a.v * b.v, a, b };
}

export function div(a: Expr, b: Expr): Expr {
  return { k: "÷", v: a.v / b.v, a, b };
}

export function min(a: Expr, b: Expr): Expr {
  return { k: "min", v: Math.min(a.v, b.v), a, b };
}

export function max(a: Expr, b: Expr): Expr {
  return { k: "max", v: Math.max(a.v, b.v), a, b };
}

export function floor(a: Expr): Expr {
  return { k: "floor", v: floorExact(a.v), a };
}

/** True when the expression is a single number (nothing to show as arithmetic). */
export function isLeaf(e: Expr): boolean {
  return e.k === "n" || e.k === "%";
}
