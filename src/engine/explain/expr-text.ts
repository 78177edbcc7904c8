/**
 * Arithmetic as text a person can redo by hand: "15 × 45 ÷ 50", "0.5 × (36 ÷ 80 - 40%) ÷ 1%",
 * "⌊120000 ÷ 50000⌋", "min(79.5%, 82%)". Parentheses only where the reading order needs them.
 */
import type { Expr } from "../expr";
import { formatNumber, formatPercent } from "../decimal";

const SUM = 1;
const PRODUCT = 2;
const ATOM = 3;

function precedence(e: Expr): number {
  switch (e.k) {
    case "+":
    case "-":
      return SUM;
    case "×":
    case "÷":
      return PRODUCT;
    default:
      return e.k === "n" && e.v < 0 ? SUM : ATOM;
  }
}

/** How a leaf (a number or a rate) is written; `negated` = its absolute value after " - ". */
export type LeafText = (leaf: Expr, negated: boolean) => string;

const plainLeaf: LeafText = (e, negated) =>
  e.k === "%" ? formatPercent(e.v) : formatNumber(negated ? -e.v : e.v);

function wrap(e: Expr, needed: boolean, leaf: LeafText): string {
  return needed ? "(" + exprText(e, leaf) + ")" : exprText(e, leaf);
}

function collect(e: Expr, k: "min" | "max", out: string[], leaf: LeafText): void {
  if (e.k === k) {
    collect(e.a, k, out, leaf);
    collect(e.b, k, out, leaf);
  } else out.push(exprText(e, leaf));
}

export function exprText(e: Expr, leaf: LeafText = plainLeaf): string {
  switch (e.k) {
    case "n":
    case "%":
      return leaf(e, false);
    case "+":
      if (e.b.k === "n" && e.b.v < 0) return exprText(e.a, leaf) + " - " + leaf(e.b, true);
      return exprText(e.a, leaf) + " + " + wrap(e.b, e.b.k === "n" && e.b.v < 0, leaf);
    case "-":
      return exprText(e.a, leaf) + " - " + wrap(e.b, precedence(e.b) === SUM, leaf);
    case "×":
      return wrap(e.a, precedence(e.a) === SUM, leaf) + " × " + wrap(e.b, precedence(e.b) === SUM, leaf);
    case "÷":
      return wrap(e.a, precedence(e.a) === SUM, leaf) + " ÷ " + wrap(e.b, precedence(e.b) !== ATOM, leaf);
    case "floor":
      return "⌊" + exprText(e.a, leaf) + "⌋";
    case "min":
    case "max": {
      const args: string[] = [];
      collect(e, e.k, args, leaf);
      return e.k + "(" + args.join(", ") + ")";
    }
  }
}
