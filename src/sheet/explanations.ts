/** Every explanation text rendered once, shared by the write plan (notes) and the report. */
import type { Locale, ManagerResult } from "../engine/types";

export interface Explainer {
  indicator(m: ManagerResult, indicatorId: string, locale: Locale): string;
  total(m: ManagerResult, locale: Locale): string;
}

export interface Explanations {
  /** [result index][indicator index] */
  indicators: string[][];
  totals: string[];
}

/**
 * The text as one flat string. A text built piece by piece with `+=` is held by V8 as a tree of
 * its pieces (a "rope"); 160,000 explanations of 10,000 managers are then millions of small
 * objects, about four times the memory of the text, that the garbage collector traces again and
 * again for the rest of the run (measured: it doubled the cost of saving the workbook). Reading a
 * character makes V8 copy the text into one string in place and drop the pieces.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

export function explainAll(
  results: readonly ManagerResult[],
  explainer: Explainer,
  locale: Locale,
): Explanations {
  return {
    indicators: results.map((m) => m.indicators.map((i) => flat(explainer.indicator(m, i.id, locale)))),
    totals: results.map((m) => flat(explainer.total(m, locale))),
  };
}
