/**
 * The numbers of a rule: every number literal of an indicator's rule tree, taken out into a list (each
 * becomes one visible cell of the rules sheet) and replaced in the tree by a reference `{ "$n": "N12" }`.
 * Reading the sheet puts the cells' values back. Parameter references (`{ param }`) stay in the tree:
 * their values are the parameter cells.
 */
import type { RuleSet } from "../engine";
import type { Localized } from "../engine/types";
import { fieldLookup, numberMeaning, type Holder, type NumberUnit } from "./meaning";

export type { NumberUnit };

export interface RuleNumber {
  /** "N1", "N2", … in the order the rules hold them. */
  id: string;
  indicator: string;
  /** Where it sits in the rule set ("indicators[0].rule.bands[1].from"). */
  path: string;
  value: number;
  meaning: Localized;
  unit: NumberUnit;
}

/** A number's place in the structure kept in the sheet. */
export interface NumberRef {
  $n: string;
}

export function isNumberRef(x: unknown): x is NumberRef {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as NumberRef).$n === "string" &&
    Object.keys(x).length === 1
  );
}

/**
 * Each indicator's rule with its numbers replaced by references, and the numbers in order.
 * A named quantity written out twice in one indicator (a measure with the same kind, label and
 * definition, such as 等效家数 E in the completion rate and again in the count above target) is one
 * quantity: its numbers are one cell each, and both places refer to them, so that editing the cell
 * changes the quantity everywhere it is used.
 */
export function extractNumbers(rs: RuleSet): { rules: unknown[]; numbers: RuleNumber[] } {
  const numbers: RuleNumber[] = [];
  const fields = fieldLookup(rs);
  const rules = rs.indicators.map((ind, i) => {
    const named = new Map<string, unknown>();
    const visit = (node: unknown, path: string, stack: Holder[]): unknown => {
      if (Array.isArray(node))
        return node.map((x, k) => visit(x, `${path}[${k}]`, [...stack, { node, key: k }]));
      if (typeof node !== "object" || node === null) return node;
      const obj = node as Record<string, unknown>;
      const quantity = namedQuantityKey(obj);
      const known = quantity === undefined ? undefined : named.get(quantity);
      if (known !== undefined) return known;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(obj)) {
        const at = `${path}.${key}`;
        if (typeof value === "number") {
          const id = `N${numbers.length + 1}`;
          const { meaning, unit } = numberMeaning([...stack, { node: obj, key }], fields);
          numbers.push({ id, indicator: ind.id, path: at, value, meaning, unit });
          out[key] = { $n: id };
        } else {
          out[key] = visit(value, at, [...stack, { node: obj, key }]);
        }
      }
      if (quantity !== undefined) named.set(quantity, out);
      return out;
    };
    return visit(ind.rule, `indicators[${i}].rule`, []);
  });
  return { rules, numbers };
}

/** A measure that names what it computes (a kind and a label): its whole definition as text. */
function namedQuantityKey(node: Record<string, unknown>): string | undefined {
  return typeof node.kind === "string" && node.label !== undefined ? JSON.stringify(node) : undefined;
}

/** What a structure tree becomes once its references are resolved (a bad reference is reported). */
export function resolveNumbers(
  node: unknown,
  path: string,
  value: (id: string, path: string) => number | undefined,
  seen: (path: string, node: unknown) => void,
): unknown {
  seen(path, node);
  if (Array.isArray(node)) return node.map((x, k) => resolveNumbers(x, `${path}[${k}]`, value, seen));
  if (typeof node !== "object" || node === null) return node;
  if (isNumberRef(node)) return value(node.$n, path) ?? node;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) out[key] = resolveNumbers(v, `${path}.${key}`, value, seen);
  return out;
}
