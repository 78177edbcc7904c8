/**
 * Boundary types of the rule engine. Pure data: no Office, ExcelJS, DOM or React.
 * The sheet pipeline builds `ManagerInput`s; the engine returns `ManagerResult`s.
 */

export type Locale = "zh-CN" | "en";

/** How a field's cell text is parsed (numbers, rates, amounts, lists; see the README). */
export type FieldType =
  | "count" // whole number >= 0 (a negative count is an input problem)
  | "netCount" // whole number, may be negative (net additions)
  | "amount" // money >= 0, `万` suffix allowed
  | "amountList" // one or more amounts separated by , ， 、 ; ； or spaces
  | "rate" // fraction (0.8 = 80%); "80%", a percent-formatted 0.8, or 80 read as percent points
  | "points" // signed decimal entered by hand
  | "text"; // free text (e.g. a reason)

/** A declared field as the compiled rules read it. */
export interface FieldDecl {
  id: string;
  type: FieldType;
  optional: boolean;
  /** The field's position among the rule set's fields (see input-slots.ts); -1 if undeclared. */
  slot: number;
}

/** One data-tier problem with the sheet's input: never thrown, carried in results. */
export interface InputProblem {
  /** A1 address of the offending cell, e.g. "F7" ("" when the field has no column). */
  cell: string;
  /** Field id from the rule set, e.g. "memberTarget". */
  field: string;
  /** The text found in the cell ("" for blank). */
  found: string;
  /** What was expected, in words (rendered per locale by the renderer from `code`). */
  expected: string;
  /** Machine code of the problem. */
  code:
    | "blank"
    | "notANumber"
    | "errorValue"
    | "negative"
    | "notWhole"
    | "outOfBounds"
    | "missingColumn"
    | "duplicate";
}

/** One field of one manager after parsing. */
export interface FieldInput {
  /** Parsed value; null when blank or unusable (see `problem`). */
  value: number | readonly number[] | string | null;
  /** A1 address of the source cell ("" when the sheet has no column for the field). */
  cell: string;
  /** Display text of the cell as found. */
  text: string;
  /** Set when a plain number above 1.5 in a rate field was read as percent points (80 → 0.8). */
  readAsPercentPoints?: boolean;
  /** Set when the cell could not be used. */
  problem?: InputProblem;
}

export interface ManagerInput {
  /** 1-based sheet row of the manager (0 for generated managers). */
  row: number;
  region: string;
  name: string;
  /** By field id; a field absent from the map means the sheet has no column for it. */
  fields: Readonly<Record<string, FieldInput | undefined>>;
}

/**
 * The trace of one indicator's evaluation: data, not text. Its exact step shapes belong to the
 * engine (`src/engine/trace.ts`); hosts and the sheet pipeline only pass it to the renderer.
 */
export type { Trace } from "./trace";

import type { Trace } from "./trace";

export interface IndicatorResult {
  id: string;
  weight: number;
  /** True for items outside the 100 (highValueReturn, adjustment). */
  bonus: boolean;
  /** Rounded once (ROUND half away from zero, 2 dp); null = not scored (see `problems`). */
  score: number | null;
  /** weight − score when a scored, non-bonus indicator is below its weight; else 0. */
  lost: number;
  /** The input problems that kept this indicator from being scored. */
  problems: InputProblem[];
  /** Warnings that do not stop scoring (e.g. adjustment points without a reason, score pending). */
  warnings: ResultWarning[];
  trace: Trace;
}

export interface ResultWarning {
  code: "pending" | "reasonMissing";
  field: string;
  cell: string;
}

export interface ManagerResult {
  input: ManagerInput;
  indicators: IndicatorResult[];
  /** Sum of the rounded scores of the scored indicators (bonus items included). */
  total: number;
  /** False when any indicator is not scored. */
  complete: boolean;
  /** True when a pending manual score counted as 0 (暂定). */
  provisional: boolean;
  /** RANK.EQ-style, 1-based; incomplete managers come after all complete ones. */
  rank: number;
  rankInRegion: number;
}

/** Text in both product languages. */
export interface Localized {
  "zh-CN": string;
  en: string;
}

/**
 * The parts of a rule set that the sheet pipeline reads (header detection, parsing, writing).
 * The engine's zod schema (`src/engine/ruleset.ts`) defines the whole rule set, rules included,
 * and its inferred type must stay assignable to this interface.
 */
export interface RuleSetMeta {
  id: string;
  title: Localized;
  categories: ReadonlyArray<{ id: string; name: Localized; headers: readonly string[] }>;
  indicators: ReadonlyArray<{
    id: string;
    category: string;
    name: Localized;
    /** Header texts (Simplified; Traditional is matched by conversion) that name this indicator. */
    headers: readonly string[];
    weight: number;
    /** Outside the 100 (bonus/deduction items). */
    bonus: boolean;
  }>;
  fields: ReadonlyArray<{
    id: string;
    type: FieldType;
    name: Localized;
    /** Indicator whose header the field's column sits under (a path such as 成员收集 › 目标). */
    group: string;
    /** The field's own header texts (synonyms). */
    headers: readonly string[];
    /** A blank cell is allowed (the rule decides what blank means). */
    optional: boolean;
  }>;
}
