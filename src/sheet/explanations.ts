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

export function explainAll(
  results: readonly ManagerResult[],
  explainer: Explainer,
  locale: Locale,
): Explanations {
  return {
    indicators: results.map((m) => m.indicators.map((i) => explainer.indicator(m, i.id, locale))),
    totals: results.map((m) => explainer.total(m, locale)),
  };
}
