/**
 * Fields that the engine reads on every evaluation of a rule, whatever the inputs (before any band,
 * branch or alternative is chosen). The compiler checks them once where the rule starts and reads them
 * plainly inside it; every other field is checked where the engine reads it.
 */
import type { Measure, Rule } from "../engine/rule";
import type { FieldInfo } from "./context";

type Fields = ReadonlyMap<string, FieldInfo>;

function required(fields: Fields, id: string): boolean {
  const info = fields.get(id);
  return info !== undefined && info.type !== "text";
}

function measureReads(fields: Fields, m: Measure, out: Set<string>): void {
  switch (m.kind) {
    case "field":
    case "quotient":
      if (required(fields, m.field)) out.add(m.field);
      return;
    case "ratio":
      measureReads(fields, m.of, out);
      measureReads(fields, m.to, out);
      return;
    case "subtract":
      measureReads(fields, m.of, out);
      measureReads(fields, m.minus, out);
      return;
    case "add":
    case "combine":
      for (const x of m.of) measureReads(fields, x, out);
      return;
    case "firstPresent":
      measureReads(fields, m.of[0], out);
      return;
  }
}

function ruleReads(fields: Fields, r: Rule, out: Set<string>): void {
  switch (r.kind) {
    case "banded":
    case "gate":
    case "perUnit":
      measureReads(fields, r.measure, out);
      return;
    case "perStep":
      measureReads(fields, r.measure, out);
      if (typeof r.anchor === "object" && "kind" in r.anchor) measureReads(fields, r.anchor, out);
      return;
    case "sum":
      for (const p of r.parts) ruleReads(fields, p.rule, out);
      return;
    case "when":
      measureReads(fields, r.if.measure, out);
      return;
    case "clamp":
      ruleReads(fields, r.rule, out);
      return;
    case "choose": {
      const chosen = typeof r.by === "string" ? r.options[r.by] : undefined;
      if (chosen !== undefined) ruleReads(fields, chosen, out);
      return;
    }
    case "fixed":
    case "manual":
      return;
  }
}

/** The numeric fields a rule always reads. */
export function alwaysRead(fields: Fields, rule: Rule): Set<string> {
  const out = new Set<string>();
  ruleReads(fields, rule, out);
  return out;
}
