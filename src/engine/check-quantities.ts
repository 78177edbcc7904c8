/**
 * The checker's rule for named quantities: within one indicator, a measure that names what it
 * computes (its kind and label, such as 等效家数 E) may be written out in several places (the
 * completion rate and the count above target both use E), and where two places read the same fields
 * the same way, their numbers must be the same too. Two definitions under one name would score one part with one reading and another part with
 * another, and nothing on the score would show it (one copy of a number edited and not the other).
 */
import type { Localized } from "./types";
import type { RuleSet } from "./ruleset";
import { walkNodes } from "./walk";

export interface QuantityMismatch {
  /** Where the later definition first differs from the earlier one. */
  path: string;
  /** That place in the earlier definition. */
  firstPath: string;
  label: Localized;
  found: unknown;
  expected: unknown;
}

/** The first place where two definitions differ (paths relative to each), or undefined if equal. */
function firstDifference(a: unknown, b: unknown, pa: string, pb: string): [string, string] | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null)
    return Object.is(a, b) ? undefined : [pa, pb];
  if (Array.isArray(a) !== Array.isArray(b)) return [pa, pb];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const step = Array.isArray(a) ? `[${k}]` : `.${k}`;
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      pa + step,
      pb + step,
    );
    if (d !== undefined) return d;
  }
  return undefined;
}

function valueAt(root: unknown, relative: string): unknown {
  let node = root;
  for (const m of relative.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[m[1] ?? m[2]];
  }
  return node;
}

/** A definition with its numbers left out: what it reads and how, whatever the numbers. */
function shape(node: unknown): string {
  return JSON.stringify(node, (_key, value: unknown) => (typeof value === "number" ? 0 : value));
}

/** Every named quantity of an indicator defined two different ways, at the later definition. */
export function quantityMismatches(rs: RuleSet): QuantityMismatch[] {
  const out: QuantityMismatch[] = [];
  rs.indicators.forEach((ind, i) => {
    const first = new Map<string, { node: Record<string, unknown>; path: string }>();
    walkNodes(ind.rule, `indicators[${i}].rule`, (node, path) => {
      const label = node.label as Localized | undefined;
      if (label === undefined) return;
      const name = `${String(node.kind)}\u0000${label["zh-CN"]}`;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, { node, path });
        return;
      }
      // Two measures that read other fields or combine them otherwise are two quantities that share a
      // name (two parts, each with its own 完成率): only numbers that differ make one quantity two.
      if (shape(earlier.node) !== shape(node)) return;
      const d = firstDifference(earlier.node, node, earlier.path, path);
      if (d === undefined) return;
      const [firstPath, at] = d;
      out.push({
        path: at,
        firstPath,
        label,
        found: valueAt(node, at.slice(path.length)),
        expected: valueAt(earlier.node, firstPath.slice(earlier.path.length)),
      });
    });
  });
  return out;
}
