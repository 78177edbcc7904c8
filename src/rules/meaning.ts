/**
 * What one number of a rule means, in words, and its unit: "完成率达到此值：得满分" (a rate, shown as
 * percent), "每 1 个综合接入净增的得分" (points). Read from where the number sits in the rule tree: the
 * nearest rule or measure node above it and the keys from there to the number.
 */
import type { FieldDef, Measure, RuleSet } from "../engine";
import { type MeaningWords, type NumberMeaning, type NumberUnit, words } from "../engine/book-api";
import { isRateMeasure } from "../engine/measure-unit";
import { measureKindOf, measureKinds, ruleKinds, type MeasureKind, type RuleKind } from "../engine/rule";
import type { Localized } from "../engine/types";

export type { NumberUnit };

/** One step down the tree: an object (or array) and the key (or index) taken from it. */
export interface Holder {
  node: unknown;
  key: string | number;
}

export interface FieldLookup {
  type: (id: string) => FieldDef["type"] | undefined;
  name: (id: string) => Localized | undefined;
}

export function fieldLookup(rs: RuleSet): FieldLookup {
  const byId = new Map(rs.fields.map((f) => [f.id, f]));
  return { type: (id) => byId.get(id)?.type, name: (id) => byId.get(id)?.name };
}

type Node = Record<string, unknown>;

function isNode(x: unknown): x is Node {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isMeasure(x: Node): x is Node & Measure {
  return typeof x.kind === "string" && Object.hasOwn(measureKinds, x.kind);
}

/** A measure's name: its label, else its field's name. */
export function measureName(m: unknown, fields: FieldLookup): Localized {
  if (isNode(m)) {
    if (isNode(m.label)) return m.label as unknown as Localized;
    const id = isMeasure(m) ? measureKindOf(m).singleField?.(m) : undefined;
    if (id !== undefined) {
      const name = fields.name(id);
      if (name) return name;
    }
    if (Array.isArray(m.of)) return measureName(m.of[0], fields);
    if (isNode(m.of)) return measureName(m.of, fields);
  }
  return words("测量值", "the measure");
}

function unitOf(m: unknown, fields: FieldLookup): NumberUnit {
  if (!isNode(m) || typeof m.kind !== "string") return "count";
  return isRateMeasure(m as unknown as Measure, fields.type) ? "rate" : "count";
}

/** A kind's `meaning`, for a node of that kind (see `RuleKindModule.meaning`). */
type Said = (node: never, rel: ReadonlyArray<string | number>, m: MeaningWords) => NumberMeaning | undefined;

/** The `meaning` of a rule or measure kind by name (the two registries' names are distinct). */
function meaningOf(kind: string): Said | undefined {
  const module: { meaning?: Said } | undefined = Object.hasOwn(ruleKinds, kind)
    ? ruleKinds[kind as RuleKind]
    : Object.hasOwn(measureKinds, kind)
      ? measureKinds[kind as MeasureKind]
      : undefined;
  return module?.meaning;
}

/** What the number at `rel` under `owner` means, as its kind says; a generic phrase where it says nothing. */
function describe(owner: Node, rel: Array<string | number>, fields: FieldLookup): NumberMeaning {
  const m: MeaningWords = { name: (x) => measureName(x, fields), unit: (x) => unitOf(x, fields) };
  const said = meaningOf(String(owner.kind))?.(owner as never, rel, m);
  if (said !== undefined) return said;
  const key = rel.join(".");
  return {
    meaning: words(`${String(owner.kind)} 规则的 ${key}`, `${String(owner.kind)}: ${key}`),
    unit: "count",
  };
}

/** The meaning and unit of the number at the end of `stack` (the last holder's key names it). */
export function numberMeaning(stack: readonly Holder[], fields: FieldLookup): NumberMeaning {
  let o = stack.length - 1;
  while (o > 0 && !(isNode(stack[o].node) && typeof (stack[o].node as Node).kind === "string")) o--;
  const owner = stack[o].node as Node;
  return describe(
    owner,
    stack.slice(o).map((h) => h.key),
    fields,
  );
}
