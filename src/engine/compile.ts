/**
 * Rules are compiled once per bound rule set into a tree of closures (no eval, no generated code):
 * each node's constants and parameters are read once, its children are compiled closures, and the
 * dispatch by kind happens at compile time. Evaluation then only computes. The closures are generic
 * over the arithmetic (numbers while scoring, expressions while explaining; see arithmetic.ts), so one
 * compiled tree gives both, with one definition of each kind's meaning.
 */
import type { EvalContext, FieldDecl } from "./context";
import type { Measure, Rule } from "./nodes";

/** A compiled rule: its score. */
export type RuleFn = <V>(ctx: EvalContext<V>) => V;
/** A compiled measure: its value, or null when absent (a blank optional field, no alternative…). */
export type MeasureFn = <V>(ctx: EvalContext<V>) => V | null;

/**
 * What a node evaluates every time it is evaluated, before any band, branch or alternative is chosen
 * (the formula compiler checks the fields these read once, where the rule starts).
 */
export interface Evaluated {
  /** Fields the node reads itself (not through the rules and measures under it). */
  fields?: readonly string[];
  measures?: readonly Measure[];
  rules?: readonly Rule[];
}

export interface Compiler {
  rule(node: Rule): RuleFn;
  measure(node: Measure): MeasureFn;
  /** Whether a measure is a rate (its constants are shown as percent). */
  isRate(node: Measure): boolean;
  /** The declaration of a field (an undeclared one reads as required points; the checker reports it). */
  field(id: string): FieldDecl;
}
