/**
 * Reads back the arithmetic an explanation states ("15 × 45 ÷ 50", "⌊7000 ÷ 3000⌋", "min(79.5%, 82%)")
 * and computes it, the way a person with a calculator would. Test helper only.
 */
import { floorExact } from "../../src/engine/decimal";

export function evaluateArithmetic(text: string): number {
  const tokens = text.match(/\d+(?:\.\d+)?%?|min|max|[-+×÷(),⌊⌋]/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string) => {
    const t = tokens[pos++];
    if (expected !== undefined && t !== expected)
      throw new Error(`expected ${expected} at ${pos} in ${text}`);
    return t;
  };
  function expr(): number {
    let v = term();
    while (peek() === "+" || peek() === "-") v = take() === "+" ? v + term() : v - term();
    return v;
  }
  function term(): number {
    let v = unary();
    while (peek() === "×" || peek() === "÷") v = take() === "×" ? v * unary() : v / unary();
    return v;
  }
  function unary(): number {
    if (peek() === "-") {
      take();
      return -unary();
    }
    return atom();
  }
  function atom(): number {
    const t = take();
    if (t === "(") {
      const v = expr();
      take(")");
      return v;
    }
    if (t === "⌊") {
      const v = floorExact(expr());
      take("⌋");
      return v;
    }
    if (t === "min" || t === "max") {
      take("(");
      const args = [expr()];
      while (peek() === ",") {
        take();
        args.push(expr());
      }
      take(")");
      return t === "min" ? Math.min(...args) : Math.max(...args);
    }
    if (t === undefined || !/^\d/.test(t)) throw new Error(`unexpected ${t} in ${text}`);
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  const v = expr();
  if (pos !== tokens.length) throw new Error(`trailing ${tokens.slice(pos).join(" ")} in ${text}`);
  return v;
}
