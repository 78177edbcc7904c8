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

function wrap(e: Expr, needed: boolean): string {
  return needed ? "(" + exprText(e) + ")" : exprText(e);
}

function collect(e: Expr, k: "min" | "max", out: string[]): void {
  if (e.k === k) {
    collect(e.a, k, out);
    collect(e.b, k, out);
  } else out.push(exprText(e));
}

export function exprText(e: Expr): string {
  switch (e.k) {
    case "n":
      return formatNumber(e.v);
    case "%":
      return formatPercent(e.v);
    case "+":
      if (e.b.k === "n" && e.b.v < 0) return exprText(e.a) + " - " + formatNumber(-e.b.v);
      return exprText(e.a) + " + " + wrap(e.b, e.b.k === "n" && e.b.v < 0);
    case "-":
      return exprText(e.a) + " - " + wrap(e.b, precedence(e.b) === SUM);
    case "×":
      return wrap(e.a, precedence(e.a) === SUM) + " × " + wrap(e.b, precedence(e.b) === SUM);
    case "÷":
      return wrap(e.a, precedence(e.a) === SUM) + " ÷ " + wrap(e.b, precedence(e.b) !== ATOM);
    case "floor":
      return "⌊" + exprText(e.a) + "⌋";
    case "min":
    case "max": {
      const args: string[] = [];
      collect(e, e.k, args);
      return e.k + "(" + args.join(", ") + ")";
    }
  }
}
