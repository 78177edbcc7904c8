/**
 * Why points were lost, in the words of the rule: each band below the best one ("完成率 90% 未达
 * 100%"), each deduction by steps or per unit, a gate's coefficient, a manual entry below its
 * maximum; each with the points it cost where the rule says how many. A cause whose cost the rule
 * does not isolate (a gate's coefficient, a nested rule) is given what the others leave of the loss
 * when it is the only one.
 */
import type { IndicatorResult } from "../types";
import type { Rule } from "../nodes";
import { ruleKindOf } from "../rule";
import type { LossWords } from "../explain-api";
import type { BandedRule } from "../kinds/banded";
import { bandBest, bandCost, lossBySteps } from "../kinds/band-score";
import type { TraceStep } from "../trace";
import type { Expr } from "../expr";
import { formatNumber, formatPercent, formatScore } from "../decimal";
import { choice, num } from "../params";
import type { Fragments } from "./fragments";
import { exprText } from "./expr-text";
import { approx, shownAgainst, shownValue } from "./numbers";

interface Cause {
  text: string;
  /** Points this cause cost; null when the rule does not isolate it. */
  cost: number | null;
}

/** The most a banded rule can give: its best fixed or interpolated band, or its full points. */
function bestOf(node: BandedRule): number {
  let best = num(node.full);
  for (const band of node.bands) {
    const points = bandBest(band);
    if (points !== null) best = Math.max(best, points);
  }
  return best;
}

/**
 * The measured value in a count of steps (`(anchor − measured) ÷ step` below an anchor, `(measured −
 * anchor) ÷ step` above it, floored for whole steps), or null when the arithmetic has another shape.
 */
function measuredIn(steps: Expr, above: boolean): Expr | null {
  const exact = steps.k === "floor" ? steps.a : steps;
  if (exact.k !== "÷" || exact.a.k !== "-") return null;
  return above ? exact.a.a : exact.a.b;
}

/** The label of the next part step from `i` on (the part the step at `i` belongs to), or "". */
function partLabel(steps: readonly TraceStep[], i: number, f: Fragments): string {
  for (let j = i; j < steps.length; j++) {
    const s = steps[j];
    if (s.t === "part") return s.node.parts[s.part].label[f.locale];
  }
  return "";
}

function causesOf(steps: readonly TraceStep[], f: Fragments): Cause[] {
  const { p, names, locale } = f;
  const causes: Cause[] = [];
  /** "完成比例 p ≈ 47.44%" of a band scored by steps: the subject of the steps that follow. */
  let stepSubject = "";
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    switch (s.t) {
      case "band": {
        const band = s.node.bands[s.band];
        const m = s.node.measure;
        const value = approx(shownAgainst(s.value, names.isRate(m), band));
        const bySteps = lossBySteps(band);
        stepSubject = bySteps ? names.measure(m, locale) + " " + value : "";
        if (band.to === undefined || bySteps) continue;
        const text = p.notReached(names.measure(m, locale), value, names.value(m, num(band.to)));
        causes.push({ text, cost: bandCost(band, s.node.full, bestOf(s.node), s.value) });
        continue;
      }
      case "gate": {
        const band = s.node.bands[s.band];
        if (s.coefficient >= 1 || band.to === undefined) continue;
        const m = s.node.measure;
        const rate = names.isRate(m);
        const value = approx(shownAgainst(s.value, rate, band));
        const k = s.coefficient === 0 ? p.gateZero : p.coefficient(approx(shownValue(s.k.v, rate)));
        const reason = p.notReached(names.measure(m, locale), value, names.value(m, num(band.to)));
        const text = p.withCoefficient(reason, k);
        causes.push({ text, cost: null });
        continue;
      }
      case "steps": {
        if (!(s.steps.v > 0)) continue;
        const above = choice(s.spec.direction) === "above";
        const measured = measuredIn(s.steps, above);
        const label = partLabel(steps, i, f);
        const subject =
          stepSubject !== "" ? stepSubject : measured === null ? label : label + " " + exprText(measured);
        const step = num(s.spec.step);
        const stepText = s.anchor.k === "%" ? formatPercent(step) : formatNumber(step);
        const text = p.stepsCause(
          subject,
          above,
          exprText(s.anchor),
          approx(shownValue(s.steps.v)),
          stepText,
          formatNumber(s.points.v),
        );
        const cost = s.points.v < 0 ? -s.points.v * s.steps.v : null;
        causes.push({ text, cost });
        stepSubject = "";
        continue;
      }
      case "negativeIgnored":
        causes.push({ text: p.negativeIgnored(formatNumber(s.at.v)), cost: null });
        continue;
      case "part": {
        const rule = s.node.parts[s.part].rule;
        const cause = ruleKindOf(rule).partLoss?.(rule, s.value.v, words(f));
        if (cause) causes.push(cause);
        continue;
      }
      case "manual": {
        const max = num(s.node.max);
        if (s.status === "pending") causes.push({ text: p.pendingReason, cost: null });
        else if (s.status === "entered" && s.value < max) {
          causes.push({ text: p.manualBelow(formatNumber(s.value), formatNumber(max)), cost: max - s.value });
        } else if (s.status === "zero") causes.push({ text: p.manualZero, cost: null });
        continue;
      }
      default:
        continue;
    }
  }
  return causes;
}

/** What the kinds say a loss with (their `lossSummary` and `partLoss`). */
function words(f: Fragments): LossWords {
  return { p: f.p, locale: f.locale, measure: (m) => f.names.measure(m, f.locale) };
}

/**
 * When no step names a cause, the rule's own terms as its kind says them (a sum's parts, points per
 * unit), else the score below the weight.
 */
function shortOf(rule: Rule, steps: readonly TraceStep[], r: IndicatorResult, f: Fragments): string {
  const raw = r.trace.raw ?? 0;
  const said = ruleKindOf(rule).lossSummary?.(rule, steps, { raw, weight: r.weight }, words(f));
  return said ?? f.p.belowWeight(approx(shownValue(raw)), formatNumber(r.weight));
}

/** The causes of the points lost, joined, each with its cost where known (see the file comment). */
export function lossReasons(
  rule: Rule,
  steps: readonly TraceStep[],
  r: IndicatorResult,
  f: Fragments,
): string {
  const p = f.p;
  const causes = causesOf(steps, f);
  if (causes.length === 0) return shortOf(rule, steps, r, f);
  const unknown = causes.filter((c) => c.cost === null);
  if (unknown.length === 1) {
    const known = causes.reduce((sum, c) => sum + (c.cost ?? 0), 0);
    if (r.lost - known > 0) unknown[0].cost = r.lost - known;
  }
  return causes
    .map((c) =>
      c.cost === null || !(c.cost > 0) ? c.text : c.text + p.cost(formatScore(c.cost, f.decimals)),
    )
    .join(p.causeSep);
}
