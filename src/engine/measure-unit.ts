/**
 * Whether a measure is a rate (shown and compared as percent) or a plain number, as its kind says
 * (`isRate` in its file). Cached per node.
 */
import type { FieldType } from "./types";
import type { Measure } from "./nodes";
import type { RateOf } from "./measure-api";
import { measureKindOf } from "./rule";

const cache = new WeakMap<Measure, boolean>();

export function isRateMeasure(node: Measure, fieldType: (id: string) => FieldType | undefined): boolean {
  const known = cache.get(node);
  if (known !== undefined) return known;
  const r: RateOf = { isRate: (m) => isRateMeasure(m, fieldType), fieldType };
  const rate = measureKindOf(node).isRate(node, r);
  cache.set(node, rate);
  return rate;
}
