/**
 * Values for fields that a generator's hand-written plan does not know (an indicator new to a rule
 * set), drawn from what the rule set says about them. Shared by the sample generator and the bench.
 */
import type { RuleSet } from "../src/engine";
import { walkNodes } from "../src/engine/walk";

/** Each field that a rule compares with a target field (`ratio` of one field to another) → that target. */
export function targetsOf(rs: RuleSet): Map<string, string> {
  const out = new Map<string, string>();
  for (const ind of rs.indicators)
    walkNodes(ind.rule, "", (node) => {
      const of = node.of as { kind?: unknown; field?: unknown } | undefined;
      const to = node.to as { kind?: unknown; field?: unknown } | undefined;
      if (node.kind === "ratio" && of?.kind === "field" && to?.kind === "field")
        out.set(String(of.field), String(to.field));
    });
  return out;
}

/**
 * Values for the `fields` that `planned` has none for, drawn from what the rule set says: a target
 * from 10 to 40, an actual compared with a target between 40% and 120% of it, anything else by its
 * type. Called after the planned draws and drawing nothing when every field is planned, so data
 * without new fields stays exactly as it was.
 */
export function unplannedValues(
  rs: RuleSet,
  fields: readonly string[],
  planned: Readonly<Record<string, unknown>>,
  random: () => number,
): Record<string, number | null> {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const targets = targetsOf(rs);
  const types = new Map(rs.fields.map((f) => [f.id, f.type]));
  const out: Record<string, number | null> = {};
  for (const id of fields) {
    if (id in planned) continue;
    if ([...targets.values()].includes(id)) out[id] = int(10, 40);
  }
  for (const id of fields) {
    if (id in planned || id in out) continue;
    const target = targets.get(id);
    const of = target === undefined ? undefined : (out[target] ?? planned[target]);
    const type = types.get(id);
    if (typeof of === "number") out[id] = Math.round(of * (0.4 + random() * 0.8));
    else if (type === "count" || type === "netCount" || type === "points") out[id] = int(0, 5);
    else if (type === "rate") out[id] = Math.round((0.8 + random() * 0.2) * 1000) / 1000;
    else if (type === "amount") out[id] = int(1, 9) * 1000;
    else out[id] = null;
  }
  return out;
}
