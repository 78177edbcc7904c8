/**
 * Fields that the engine reads on every evaluation of a rule, whatever the inputs (before any band,
 * branch or alternative is chosen). The compiler checks them once where the rule starts and reads them
 * plainly inside it; every other field is checked where the engine reads it. Each kind says what it
 * evaluates every time (its `alwaysEvaluated`, in its own file).
 */
import { measureKindOf, ruleKindOf, type Measure, type Rule } from "../engine/rule";
import type { FieldInfo } from "./context";

type Fields = ReadonlyMap<string, FieldInfo>;

function required(fields: Fields, id: string): boolean {
  const info = fields.get(id);
  return info !== undefined && info.type !== "text";
}

function measureReads(fields: Fields, m: Measure, out: Set<string>): void {
  const kind = measureKindOf(m);
  for (const id of kind.ownFields(m)) if (required(fields, id)) out.add(id);
  for (const x of kind.alwaysEvaluated(m)) measureReads(fields, x, out);
}

function ruleReads(fields: Fields, r: Rule, out: Set<string>): void {
  const { rules = [], measures = [] } = ruleKindOf(r).alwaysEvaluated(r);
  for (const m of measures) measureReads(fields, m, out);
  for (const x of rules) ruleReads(fields, x, out);
}

/** The numeric fields a rule always reads. */
export function alwaysRead(fields: Fields, rule: Rule): Set<string> {
  const out = new Set<string>();
  ruleReads(fields, rule, out);
  return out;
}
