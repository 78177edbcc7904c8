/**
 * fast-check arbitraries for managers of a rule set whose inputs sit on and around every band edge
 * and condition (scripts/edge-points.ts, at several target sizes), typed the ways staff type them
 * (fractions, percent points, blanks, bad text, lists with 万, amounts with thousands separators,
 * manual scores out of range). Everything is read from the rule set's data: its fields' types, its
 * bands and conditions, its manual entries' bounds.
 */
import fc from "fast-check";
import type { RuleSet } from "../../src/engine";
import { edgePoints, type Values } from "../../scripts/edge-points";
import type { SampleCell, SampleManager } from "../../scripts/reference-workbook";
import { manualMaxima, prng } from "../../scripts/sample-managers";
import { targetsOf, unplannedValues } from "../../scripts/unplanned-values";

const REGIONS = ["东片", "西片", "南片"];
/** Targets the edges are placed at: one unit of an actual is 10%, 2%, 1%, 0.33% of them. */
const TARGETS = [10, 50, 100, 300];

/**
 * A value as staff type it, by the field's type; `k` (0–19) picks the way: mostly the value itself,
 * now and then percent points, text, a blank, or a manual score above its bound.
 */
function typed(type: string, v: number | null, k: number, max: number | undefined): SampleCell {
  if (v === null) return null;
  switch (type) {
    case "rate":
      if (k < 14) return v;
      if (k < 17) return { value: Math.round(v * 1e4) / 100, format: "General" };
      return k === 17 ? "八十" : k === 18 ? "８５％" : null;
    case "amountList":
      if (v === 0 || k === 19) return null;
      return k < 15 ? v : k < 17 ? `${v},${v}` : `${v / 1e4}万`;
    case "amount":
      return k < 17 ? v : k < 19 ? "1,234" : null;
    case "points":
      return k < 16 ? v : k < 18 && max !== undefined ? max + 0.5 : null;
    case "text":
      return k < 10 ? null : "大项目";
    default:
      // Now and then a blank count, required or not: the engine leaves the indicator unscored even
      // where the rule would not read a required one (a closed gate, a branch not taken), and so
      // must the formula.
      return k < 19 ? v : null;
  }
}

/** A manager's cells for `rs`: a plausible manager, edges of some indicators placed over it, typed. */
export function managerValues(rs: RuleSet): fc.Arbitrary<Record<string, SampleCell>> {
  const fields = rs.fields.map((f) => f.id);
  const byIndicator = new Map<string, Values[]>();
  for (const target of TARGETS)
    for (const p of edgePoints(rs, { target }).points)
      byIndicator.set(p.indicator, [...(byIndicator.get(p.indicator) ?? []), p.placed]);
  const edges = [...byIndicator.values()].map((placed) =>
    fc.option(fc.constantFrom(...placed), { nil: undefined, freq: 3 }),
  );
  const targets = [...new Set(targetsOf(rs).values())];
  const maxima = manualMaxima(rs);
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      edges: fc.tuple(...edges),
      zeroTarget: fc.option(fc.constantFrom(...targets), { nil: undefined, freq: 10 }),
      ways: fc.array(fc.integer({ min: 0, max: 19 }), { minLength: fields.length, maxLength: fields.length }),
    })
    .map((g) => {
      const values: Values = unplannedValues(rs, fields, {}, prng(g.seed));
      for (const placed of g.edges) if (placed !== undefined) Object.assign(values, placed);
      if (g.zeroTarget !== undefined) values[g.zeroTarget] = 0;
      const out: Record<string, SampleCell> = {};
      rs.fields.forEach((f, i) => {
        out[f.id] = typed(f.type, values[f.id] ?? null, g.ways[i], maxima.get(f.id));
      });
      return out;
    });
}

/** A batch of managers, grouped by region (the region cell is merged down over each group). */
export const managerBatch = (rs: RuleSet, size: number): fc.Arbitrary<SampleManager[]> =>
  fc
    .array(fc.tuple(fc.constantFrom(...REGIONS), managerValues(rs)), { minLength: size, maxLength: size })
    .map((list) =>
      list
        .map(([region, values], i) => ({ region, name: `经理${String(i + 1).padStart(3, "0")}`, values }))
        .sort((a, b) => a.region.localeCompare(b.region)),
    );
