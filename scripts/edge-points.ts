/**
 * The band edges of a rule set, read from its data, and a manager placed just below, at and just
 * above each one. Every rule node whose kind has bands (the registry's `bands(node)`) and every
 * `when` condition is visited in each indicator's bound rule tree (parameters bound, so a `choose`
 * holds the option in force); for each edge a manager is built whose inputs give the node's measure
 * exactly that value, with the conditions to reach the node (the enclosing bands and branches) met.
 * What the test expects is read from the data alone: the band index that holds the value (from ≤ v <
 * to), or whether the condition holds.
 *
 * Measures are placed by kind (field, ratio, add, subtract, quotient, combine, firstPresent): a
 * measure kind this file cannot place makes `edgePoints` list it in `unplaced`, so the test fails
 * until it can; an indicator made of existing kinds needs nothing here.
 */
import { ruleKinds, type Measure, type Rule, type RuleSet } from "../src/engine";
import { ruleKindOf } from "../src/engine/rule";
import { bindRuleSet } from "../src/engine/bind";
import type { Condition } from "../src/engine/condition";
import { isParamRef } from "../src/engine/params";
import { prng } from "./sample-managers";
import { unplannedValues } from "./unplanned-values";

export type Values = Record<string, number | null>;

/** A ratio's target by default: large enough that one unit of the actual is a step of 0.0001 (79.99%). */
const TARGET = 10000;

export interface EdgePoint {
  indicator: string;
  /** The rule node (bound) whose band or branch is tested (the trace's step holds it); null for a quotient. */
  node: Rule | null;
  /** "bands[1].from = 0.8, just below". */
  what: string;
  /** The value its measure takes. */
  value: number;
  /**
   * The band index holding `value` (banded, gate), or whether the condition holds (when); null for a
   * step with no band or branch (a quotient's whole units, a per-unit rule's zero), which only the
   * scores check.
   */
  expected: { band: number } | { held: boolean } | null;
  /** The manager's inputs: a plausible manager's, with `placed` over them. */
  values: Values;
  /** Only the inputs that place the measure and reach the node. */
  placed: Values;
}

type Band = { from?: number; to?: number };

function n(x: unknown): number {
  if (typeof x !== "number") throw new Error(`a bound rule holds ${JSON.stringify(x)} where a number goes`);
  return x;
}

/** The smallest step of a measure's value that inputs can make (a rate 0.0001, a count 1). */
function stepOf(m: Measure, types: ReadonlyMap<string, string>, target: number): number {
  if (m.kind === "field")
    return types.get(m.field) === "rate" ? 1e-4 : types.get(m.field) === "points" ? 0.01 : 1;
  if (m.kind === "ratio") return 1 / target;
  if (m.kind === "combine" || m.kind === "firstPresent") return stepOf(m.of[0], types, target);
  return 1;
}

/** Field types whose values may be below 0 (a net change, points); a count or an amount may not. */
const SIGNED = new Set(["netCount", "points"]);

const tidy = (x: number) => Math.round(x * 1e9) / 1e9;
/** A count computed from a rate and a target: the whole number it is meant to be (79.99% of 10,000 is 7999). */
const whole = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : tidy(x));

/**
 * Inputs that give the measure `m` the value `v` (a ratio's target set to `target`), or null when
 * this file cannot place its kind.
 */
function place(m: Measure, v: number, target: number): Values | null {
  const all = (parts: Array<Values | null>): Values | null =>
    parts.some((p) => p === null) ? null : Object.assign({}, ...parts);
  switch (m.kind) {
    case "field":
      return { [m.field]: tidy(v) };
    case "quotient":
      return { [m.field]: tidy(v * n(m.per)) };
    case "ratio":
      return all([place(m.to, target, target), place(m.of, whole(v * target), target)]);
    case "add":
      return all(m.of.map((part, i) => place(part, i === 0 ? v : 0, target)));
    case "subtract":
      return all([place(m.of, v, target), place(m.minus, 0, target)]);
    case "combine":
      return all(m.of.map((part) => place(part, v, target)));
    case "firstPresent":
      return place(m.of[0], v, target);
    default:
      return null;
  }
}

/** A value inside a band (its lower edge, else one below its upper edge, else 0). */
function inside(b: Band, step: number): number {
  return b.from !== undefined ? b.from : b.to !== undefined ? tidy(b.to - step) : 0;
}

/** The band index holding v, read from the data: from ≤ v < to. */
export function bandHolding(bands: readonly Band[], v: number): number {
  return bands.findIndex((b) => (b.from === undefined || v >= b.from) && (b.to === undefined || v < b.to));
}

/** Whether a condition holds for the value v, read from the data. */
export function holds(c: { op: unknown; value: unknown }, v: number): boolean {
  const x = n(c.value);
  switch (c.op) {
    case ">=":
      return v >= x;
    case ">":
      return v > x;
    case "=":
      return v === x;
    case "<=":
      return v <= x;
    case "<":
      return v < x;
    default:
      throw new Error(`unknown comparison ${String(c.op)}`);
  }
}

/** A value of the condition's measure that makes it hold (or not). */
function meeting(c: Condition, held: boolean, step: number): number {
  const x = n(c.value);
  for (const v of [x, tidy(x + step), tidy(x - step)]) if (holds(c, v) === held) return v;
  throw new Error(`no value ${held ? "meets" : "misses"} ${String(c.op)} ${x}`);
}

export interface EdgePoints {
  points: EdgePoint[];
  /** Measures (or reach conditions) this file cannot place, by where they sit. */
  unplaced: string[];
}

export interface EdgeOptions {
  /** A ratio's target (10,000 by default: a step of 0.0001). */
  target?: number;
  /** The seed of the plausible manager the points start from. */
  seed?: number;
}

/** Every band edge and condition of every indicator of `rs`, three managers each. */
export function edgePoints(rs: RuleSet, { target = TARGET, seed = 20140601 }: EdgeOptions = {}): EdgePoints {
  const bound = bindRuleSet(rs);
  const types = new Map(rs.fields.map((f) => [f.id, f.type]));
  const base = unplannedValues(
    rs,
    rs.fields.map((f) => f.id),
    {},
    prng(seed),
  );
  const points: EdgePoint[] = [];
  const unplaced: string[] = [];

  const visit = (node: unknown, path: string, reach: Values, indicator: string): void => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => visit(x, `${path}[${i}]`, reach, indicator));
      return;
    }
    if (typeof node !== "object" || node === null || isParamRef(node)) return;
    const obj = node as Record<string, unknown>;
    const isRule = typeof obj.kind === "string" && Object.hasOwn(ruleKinds, obj.kind);
    if (!isRule) {
      // A quotient counts whole units (每满 50,000 折 1 家): one unit less, exactly one, one more.
      if (obj.kind === "quotient" && typeof obj.field === "string") {
        const per = n(obj.per);
        for (const [value, word] of [
          [per - 1, "just below"],
          [per, "at"],
          [per + 1, "just above"],
        ] as const) {
          const placed = { ...reach, [obj.field]: value };
          const what = `${path}: ${per} per unit, ${word}`;
          points.push({
            indicator,
            node: null,
            what,
            value,
            expected: null,
            values: { ...base, ...placed },
            placed,
          });
        }
      }
      for (const [k, v] of Object.entries(obj)) visit(v, `${path}.${k}`, reach, indicator);
      return;
    }
    const rule = obj as unknown as Rule;
    const bandsOf = ruleKindOf(rule).bands?.(rule);
    const measure = (obj as { measure?: Measure }).measure;
    const add = (p: Omit<EdgePoint, "indicator" | "node" | "values" | "placed">, at: Values | null) => {
      if (at === null) unplaced.push(`${indicator} ${path}`);
      else if (Object.entries(at).some(([f, v]) => v !== null && v < 0 && !SIGNED.has(types.get(f) ?? ""))) {
        // No input can hold it (a count below 0 is an input problem): not a point of the rule.
      } else {
        const placed = { ...reach, ...at };
        points.push({ ...p, indicator, node: rule, values: { ...base, ...placed }, placed });
      }
    };
    if (bandsOf !== undefined && measure !== undefined) {
      const bands = bandsOf.map((b) => ({
        from: b.from === undefined ? undefined : n(b.from),
        to: b.to === undefined ? undefined : n(b.to),
      }));
      const step = stepOf(measure, types, target);
      const edges = [...new Set(bands.flatMap((b) => [b.from, b.to]).filter((e) => e !== undefined))];
      for (const e of edges)
        for (const [d, word] of [
          [-step, "just below"],
          [0, "at"],
          [step, "just above"],
        ] as const) {
          const value = tidy(e + d);
          add(
            { what: `${path} edge ${e}, ${word}`, value, expected: { band: bandHolding(bands, value) } },
            place(measure, value, target),
          );
        }
      // The rules inside: reached with the measure inside their band (a gate: inside a band that lets the rule count).
      const inner = obj as {
        bands: Array<{ score?: { rule?: unknown }; coefficient?: unknown }>;
        rule?: unknown;
      };
      inner.bands.forEach((b, i) => {
        if (b.score?.rule !== undefined)
          enter(b.score.rule, `${path}.bands[${i}].score.rule`, measure, inside(bands[i], step));
      });
      if (inner.rule !== undefined) {
        const open = inner.bands.findIndex((b) => b.coefficient !== 0);
        enter(inner.rule, `${path}.rule`, measure, inside(bands[open], step));
      }
      return;
    }
    // Per-unit points around zero: a net decrease, none, one unit (a decrease may score 0 or be deducted).
    if (rule.kind === "perUnit") {
      const step = stepOf(rule.measure, types, target);
      for (const [value, word] of [
        [-step, "just below"],
        [0, "at"],
        [step, "just above"],
      ] as const)
        add({ what: `${path}: 0, ${word}`, value, expected: null }, place(rule.measure, value, target));
    }
    if (rule.kind === "when") {
      const c = rule.if;
      const step = stepOf(c.measure, types, target);
      const x = n(c.value);
      for (const [d, word] of [
        [-step, "just below"],
        [0, "at"],
        [step, "just above"],
      ] as const) {
        const value = tidy(x + d);
        add(
          { what: `${path}.if ${String(c.op)} ${x}, ${word}`, value, expected: { held: holds(c, value) } },
          place(c.measure, value, target),
        );
      }
      enter(rule.then, `${path}.then`, c.measure, meeting(c, true, step));
      enter(rule.else, `${path}.else`, c.measure, meeting(c, false, step));
      return;
    }
    // A choice by parameter: only the option in force is ever evaluated.
    if (rule.kind === "choose") {
      visit(rule.options[String(rule.by)], `${path}.options.${String(rule.by)}`, reach, indicator);
      return;
    }
    for (const [k, v] of Object.entries(obj)) visit(v, `${path}.${k}`, reach, indicator);

    function enter(child: unknown, at: string, m: Measure, v: number): void {
      const placed = place(m, v, target);
      if (placed === null) unplaced.push(`${indicator} ${at} (to reach it)`);
      else visit(child, at, { ...reach, ...placed }, indicator);
    }
  };

  bound.indicators.forEach((ind, i) => visit(ind.rule, `indicators[${i}].rule`, {}, ind.id));
  return { points, unplaced };
}
