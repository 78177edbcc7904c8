/**
 * Plausible actuals for every field of a rule set, read from its data (no list of fields, bands or
 * thresholds here). Each manager starts from values drawn by field type, targets from 10 to 40 and
 * actuals at 40%–120% of them (scripts/unplanned-values.ts); then, for most indicators with bands or
 * conditions, the inputs of one of their band edges (just below, at or just above; scripts/
 * edge-points.ts) at a target drawn from a few sizes, so a few thousand managers visit every band.
 */
import type { RuleSet } from "../src/engine";
import { edgePoints, type Values } from "../scripts/edge-points";
import { targetsOf, unplannedValues } from "../scripts/unplanned-values";
import type { Random } from "./random";

/** A field's value: a number, a list of amounts, text (a reason), or blank (null). */
export type FieldValue = number | number[] | string | null;
export type FieldValues = Record<string, FieldValue>;

/** Targets the edges are placed at: a ratio's target (one unit of the actual is 1%, 0.5%, 0.1%). */
const TARGETS = [100, 200, 1000] as const;
/** Share of an indicator's draws placed at one of its edges (the rest keep the plain draw). */
const AT_AN_EDGE = 0.6;
/** Share of targets drawn as 0 (the target-0 convention). */
const ZERO_TARGET = 0.01;

export interface DrawPlan {
  rs: RuleSet;
  fields: readonly string[];
  /** Per indicator with edges: the placed inputs of each edge point, for each target size. */
  edges: ReadonlyArray<{ indicator: string; placed: readonly Values[] }>;
  /** The fields a ratio compares an actual with. */
  targets: readonly string[];
  /** Fields that hold a list of amounts (a cell such as "120000,30000"). */
  lists: readonly string[];
}

/** What to draw for `rs`: its fields, and its band edges placed at each target size. */
export function drawPlan(rs: RuleSet): DrawPlan {
  const byIndicator = new Map<string, Values[]>();
  for (const target of TARGETS) {
    const { points, unplaced } = edgePoints(rs, { target });
    if (unplaced.length > 0) throw new Error(`edges that cannot be placed: ${unplaced.join("; ")}`);
    for (const p of points) byIndicator.set(p.indicator, [...(byIndicator.get(p.indicator) ?? []), p.placed]);
  }
  return {
    rs,
    fields: rs.fields.map((f) => f.id),
    edges: [...byIndicator].map(([indicator, placed]) => ({ indicator, placed })),
    targets: [...new Set(targetsOf(rs).values())],
    lists: rs.fields.filter((f) => f.type === "amountList").map((f) => f.id),
  };
}

/** All fields of one manager. */
export function drawFieldValues(rnd: Random, plan: DrawPlan): FieldValues {
  const values: FieldValues = unplannedValues(plan.rs, plan.fields, {}, () => rnd.next());
  for (const { placed } of plan.edges) if (rnd.chance(AT_AN_EDGE)) Object.assign(values, rnd.pick(placed));
  for (const field of plan.targets) if (rnd.chance(ZERO_TARGET)) values[field] = 0;
  // A list field holds a list: one amount placed is a list of one, none is a blank cell.
  for (const field of plan.lists) {
    const v = values[field];
    if (typeof v === "number") values[field] = v === 0 ? null : [v];
  }
  return values;
}
