/**
 * What a measure kind needs to say two facts about itself: whether it is a rate (shown and compared as
 * percent), and its name in an explanation ("累计新建 ÷ 累计目标"). Implemented by `measure-unit.ts`
 * and `explain/names.ts`; declared here so the measures do not import them.
 */
import type { FieldType, Locale } from "./types";
import type { Measure } from "./nodes";

/** Whether a measure is a rate, from the fields it reads and the measures under it. */
export interface RateOf {
  isRate(node: Measure): boolean;
  fieldType(id: string): FieldType | undefined;
}

/** Names in an explanation, cached per node and locale. */
export interface MeasureNamer {
  /** A measure's name: its label, else what its kind composes. */
  measure(node: Measure, locale: Locale): string;
  field(id: string, locale: Locale): string;
}
