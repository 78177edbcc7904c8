/**
 * The trace of one indicator's evaluation. Scoring keeps it compact (10,000s are kept): the fields
 * read, the path taken (the choice at each decision point: band, branch, gate, cap…) and the raw and
 * rounded score. The detailed steps and the arithmetic (`TraceDetail`) are rebuilt from the rule, the
 * inputs and the recorded path when asked for (`traceDetail`): evaluation is pure, so they are exactly
 * what happened. Steps point at the rule nodes that made them (nodes of the bound rule set), so the
 * renderer can precompute its text per node and locale.
 */
import type { Expr } from "./expr";
import type { Measure, MeasureNodes, RuleNodes } from "./nodes";

// The nodes a step names, by kind (through `nodes.ts`, so the trace does not import the kinds that record it).
type BandedRule = RuleNodes["banded"];
type GateRule = RuleNodes["gate"];
type ClampRule = RuleNodes["clamp"];
type ManualRule = RuleNodes["manual"];
type WhenRule = RuleNodes["when"];
type PerUnitRule = RuleNodes["perUnit"];
type SumRule = RuleNodes["sum"];
/** A per-step rule's (or band's) steps: the per-step rule without its measure and anchor. */
type StepSpec = Omit<RuleNodes["perStep"], "kind" | "measure" | "anchor">;
type RatioMeasure = MeasureNodes["ratio"];
type FirstPresentMeasure = MeasureNodes["firstPresent"];

/** Numbers a step shows carry their value node too (`at`, `k`): the arithmetic that made them. */
export type TraceStep<V = Expr> =
  /** A named measure was computed (e.g. 等效家数 E = 2 + ⌊120000 ÷ 50000⌋ … = 6). */
  | { t: "measure"; node: Measure; value: V }
  /** A ratio's target was 0: the indicator counts as met (full points, no over-target bonus). */
  | { t: "targetZero"; node: RatioMeasure; full: number }
  /** A band of a banded rule matched the measured value. */
  | { t: "band"; node: BandedRule; band: number; value: number; at: V }
  /** Per-step points: how many steps, continuous or whole. */
  | { t: "steps"; spec: StepSpec; anchor: V; steps: V; points: V }
  /** Per-unit points: a negative measure scored 0 (net decrease, not deducted). */
  | { t: "negativeIgnored"; node: PerUnitRule; value: number; at: V }
  /** A gate band matched: the rule's score is multiplied by the coefficient (0 = not scored further). */
  | { t: "gate"; node: GateRule; band: number; value: number; coefficient: number; at: V; k: V }
  /** A condition of a conditional rule was tested. */
  | { t: "branch"; node: WhenRule; value: number; held: boolean; at: V | null }
  /** One part of a sum was scored. */
  | { t: "part"; node: SumRule; part: number; value: V }
  /** A clamp bound the value (or its exception held and lifted the cap). */
  | {
      t: "clamp";
      node: ClampRule;
      before: V;
      after: number;
      excepted: boolean;
      exceptionValue?: number;
      at: V | null;
    }
  /** A manual entry was taken, or was blank. */
  | { t: "manual"; node: ManualRule; status: "entered" | "pending" | "zero"; value: number; at: V | null }
  /** A first-present measure used one of its alternatives. */
  | { t: "firstPresent"; node: FirstPresentMeasure; chosen: number };

export interface Trace {
  indicator: string;
  /** Field ids read, in reading order; their cells, text and values are in the ManagerInput. */
  fields: readonly string[];
  /**
   * The choice made at each decision point, in evaluation order (codes per kind: banded/gate = band
   * index, when = 1 if the condition held, clamp = 0 within bounds / 1 bound / 2 exception…; see each
   * kind's `evaluate`). Shared, read-only.
   */
  path: readonly number[];
  /** The unrounded score; null when not scored. */
  raw: number | null;
  /** The rounded score (what the cell shows); null when not scored. */
  score: number | null;
}

/** What `traceDetail` rebuilds from a compact trace: every step, and the arithmetic of the score. */
export interface TraceDetail {
  steps: TraceStep[];
  /** The arithmetic of the score, in terms of the inputs; null when not scored. */
  expr: Expr | null;
}
