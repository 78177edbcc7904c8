/**
 * What a kind needs to say itself in words: its lines in the rule book (each kind's `book`) and the
 * meaning of each of its numbers on the rules sheet (each kind's `meaning`). Declared here, in the
 * engine, and implemented in src/rules/ (`BookText`, `numberMeaning`), as `Compiler` is for
 * evaluation. The nodes are the rule set's own (not bound): an attribute may be a parameter reference.
 */
import type { Locale, Localized } from "./types";
import type { Measure, Rule } from "./nodes";
import type { NumP } from "./params";

/** The words of the rule book in one language, read from the rule set's data. */
export interface BookWriter {
  readonly locale: Locale;
  /** The text in the book's language. */
  w(zh: string, en: string): string;
  /** A parameter's current value. */
  param(name: string): number | string | undefined;
  /** A number of a rule, as percent when `rate`, naming its parameter when it has one. */
  value(x: NumP | string, rate?: boolean): string;
  /** "5 分" / "5 points". */
  points(x: NumP): string;
  /** A band's range: "80%–100%", "≥ 100%", "< 80%". */
  range(b: { from?: NumP; to?: NumP }, rate: boolean): string;
  isRate(m: Measure): boolean;
  /** A field's name. */
  field(id: string): string;
  /** A measure's name: its label, else its field's name. */
  name(m: Measure): string;
  /** A measure inside another: its label when it has one, else its arithmetic in parentheses. */
  inline(m: Measure): string;
  /** "完成率 = 累计新建 ÷ 累计目标" for a labelled measure; null otherwise. */
  defines(m: Measure): string | null;
  /** A rule that reads in one line ("5 分"); null for one that needs lines of its own. */
  short(r: Rule): string | null;
  /** A rule's lines (its kind's `book`), as Markdown list items at `depth`. */
  lines(r: Rule, depth: number): string[];
  /** A Markdown list item at `depth`. */
  item(depth: number, text: string): string;
}

/** How a number of a rule is shown and read on the rules sheet. */
export type NumberUnit = "rate" | "points" | "count" | "amount" | "coefficient";

/** What one number of a rule means, in words, and its unit. */
export interface NumberMeaning {
  meaning: Localized;
  unit: NumberUnit;
}

/** What a kind needs to say what its numbers mean. */
export interface MeaningWords {
  /** A measure's name: its label, else its field's name, else the name of the measure under it. */
  name(m: Measure): Localized;
  /** A measure's unit: "rate" or "count". */
  unit(m: Measure): NumberUnit;
}

/** Text in both languages. */
export function words(zh: string, en: string): Localized {
  return { "zh-CN": zh, en };
}

/** A number of points with its meaning. */
export function pointsMeaning(meaning: Localized): NumberMeaning {
  return { meaning, unit: "points" };
}
