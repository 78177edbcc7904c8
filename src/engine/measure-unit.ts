/** Whether a measure is a rate (shown and compared as percent) or a plain number. Cached per node. */
import type { FieldType } from "./types";
import type { Measure } from "./nodes";

const cache = new WeakMap<Measure, boolean>();

export function isRateMeasure(node: Measure, fieldType: (id: string) => FieldType | undefined): boolean {
  const known = cache.get(node);
  if (known !== undefined) return known;
  const rate = compute(node, fieldType);
  cache.set(node, rate);
  return rate;
}

function compute(node: Measure, fieldType: (id: string) => FieldType | undefined): boolean {
  switch (node.kind) {
    case "field":
      return fieldType(node.field) === "rate";
    case "ratio":
      return true;
    case "quotient":
      return false;
    case "add":
    case "combine":
    case "firstPresent":
      return isRateMeasure(node.of[0], fieldType);
    case "subtract":
      return isRateMeasure(node.of, fieldType);
  }
}
