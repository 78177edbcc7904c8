/**
 * What a kind needs to write its spreadsheet formula (each kind's `formula`, next to its `compile`).
 * Declared here, in the engine, and implemented by the formula compiler (src/formula/), as `Compiler`
 * is for evaluation: the engine does not depend on the compiler. Rules are compiled after binding, so
 * every parameter of a node is already a value.
 */
import type { FieldType } from "./types";
import type { Measure, Rule } from "./nodes";

/** A measure as formula text: its value, its presence and, for a ratio, when its target was 0. */
export interface FormulaMeasure {
  /** The value while present; the not-scored signal when an input it reads is invalid. */
  v: string;
  /** null: always present; false: never present; else a condition (the signal on invalid input). */
  p: string | null | false;
  /** A ratio's target was 0 and counts as met: the banded rule then gives its full points. */
  zero: string | null;
  /** The value is surely a number (its inputs were checked up front): no check needed around it. */
  sure?: boolean;
}

/** Formula text: every compound piece is parenthesised, so pieces nest safely. */
export interface FormulaText {
  /** A number that reads back as the same double ("0.002", "1E-7", "(-5)"). */
  num(x: number): string;
  call(fn: string, ...args: string[]): string;
  iff(cond: string, then: string, otherwise: string): string;
  op(a: string, operator: "+" | "-" | "*" | "/", b: string): string;
  cmp(a: string, operator: ">=" | ">" | "=" | "<=" | "<", b: string): string;
  /** AND of conditions, dropping TRUE; a single one stands alone. */
  and(conds: readonly string[]): string;
  /** A field's place in the formula (filled with the manager's cell). */
  slot(fieldId: string): string;
  /** The "not scored" signal: an error that the indicator's IFERROR turns into text. */
  readonly notScored: string;
}

export interface FormulaCompiler extends FormulaText {
  /** A rule's formula; its fields are checked where the engine reads them. */
  rule(node: Rule, path: string): string;
  /**
   * A rule entered on one path only (a band, a branch): the fields it always reads are checked once
   * where it starts, then read plainly inside it.
   */
  guarded(node: Rule, path: string): string;
  measure(node: Measure, path: string): FormulaMeasure;

  /** TRUE, or the not-scored signal when the value is not a number. */
  isValid(m: FormulaMeasure): string;
  /** TRUE/FALSE for present/absent, the signal when an input read is invalid. */
  touch(m: FormulaMeasure): string;
  /** Presence of all measures together (each is still read: an invalid one signals). */
  allPresent(ms: readonly FormulaMeasure[]): string | null;
  /** `body` when the presence holds, else `absent`. */
  whenPresent(p: string | null | false, body: string, absent: string): string;
  /** Refuses a ratio's target-0 rule inside a measure that would lose it (a sum, a difference…). */
  noZeroTargetInside(parts: readonly FormulaMeasure[], path: string): void;

  /** The field's declaration (refuses an undeclared field). */
  fieldInfo(id: string, path: string): { type: FieldType; optional: boolean };
  /** Whether the sheet has a column for the field (a field without one is blank on every row). */
  hasColumn(id: string): boolean;
  /** Whether the field was checked where the rule started (it is then read plainly). */
  checkedUpFront(id: string): boolean;
  /** Records that the formula refers to the field. */
  use(id: string): void;
  /** The field's number, or the not-scored signal when the cell is not a valid number of its type. */
  checkedField(id: string, path: string): string;
  /** TRUE when the cell is a valid number, FALSE when blank, the not-scored signal otherwise. */
  fieldPresence(id: string, path: string): string;
  /** Refuses a rule that has no formula, naming the indicator and the place in its rule. */
  cannot(path: string, reason: string): never;
}
