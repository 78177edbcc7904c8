/**
 * Renders one indicator's trace as text: the inputs with their cells, the band or rule that applied,
 * the arithmetic (in terms of the inputs) to the cent, and below the weight the points lost and why.
 * Lines are joined by "\n". Fixed wording comes from precomputed fragments (fragments.ts).
 */
import type { IndicatorResult, InputProblem, Locale, ManagerInput } from "../types";
import type { TraceStep } from "../trace";
import type { RuleSet } from "../ruleset";
import { isLeaf } from "../expr";
import { formatNumber, formatPercent, formatScore, roundHalfAway } from "../decimal";
import { bindRuleSet } from "../bind";
import { choice, num } from "../params";
import { namesOf } from "./names";
import { PHRASES } from "./phrases";
import { exprText } from "./expr-text";
import { type Fragments, fragmentsOf } from "./fragments";
import { replayInto } from "../trace-detail";

function cellText(cell: string): string {
  return cell === "" ? "" : "(" + cell + ")";
}

/** "累计目标(D7) = 50", "成员真实性(P7) = 八十", "单家收入(元) = 120000, 30000". */
function inputText(field: string, input: ManagerInput, r: IndicatorResult, f: Fragments): string {
  const fi = input.fields[field];
  const h = f.inputHead(field);
  const head = fi === undefined || fi.cell === "" ? h.plain : h.open + fi.cell + ") = ";
  let problem = fi?.problem !== undefined;
  if (!problem) for (let i = 0; i < r.problems.length; i++) if (r.problems[i].field === field) problem = true;
  const v = fi?.value;
  if (problem) return head + (fi === undefined || fi.text === "" ? f.p.blank : fi.text);
  if (v === undefined || v === null || v === "") return head + f.p.blank;
  if (typeof v === "number") {
    const shown = f.isRateField(field) ? formatPercent(v) : formatNumber(v);
    return head + shown + (fi?.readAsPercentPoints ? f.p.percentPoints(shown) : "");
  }
  if (typeof v === "string") return head + "“" + v + "”";
  return head + v.map(formatNumber).join(", ");
}

/** One problem as a sentence: the field, its cell, the text found, what was expected. */
export function problemText(problem: InputProblem, rs: RuleSet, locale: Locale): string {
  const p = PHRASES[locale];
  const type = bindRuleSet(rs).fieldType(problem.field);
  const expected = problem.code === "outOfBounds" || type === undefined ? problem.expected : p.expected[type];
  return p.problem(namesOf(rs).field(problem.field, locale), cellText(problem.cell), problem, expected);
}

function stepText(s: TraceStep, f: Fragments): string | null {
  const { p, names, locale } = f;
  switch (s.t) {
    case "measure":
      return isLeaf(s.value)
        ? null
        : names.measure(s.node, locale) + " = " + exprText(s.value) + " = " + names.value(s.node, s.value.v);
    case "targetZero":
      return p.targetZero(names.measure(s.node, locale), formatNumber(s.full));
    case "band": {
      const frag = f.band(s.node, s.band);
      return frag.head + names.value(s.node.measure, s.value) + frag.tail;
    }
    case "steps": {
      const step = num(s.spec.step);
      return p.steps(
        choice(s.spec.direction) === "above",
        exprText(s.anchor),
        s.anchor.k === "%" ? formatPercent(step) : formatNumber(step),
        formatNumber(s.points.v),
        choice(s.spec.stepMode) === "whole",
        exprText(s.steps) + (isLeaf(s.steps) ? "" : " = " + formatNumber(Math.max(0, s.steps.v))),
      );
    }
    case "negativeIgnored":
      return p.negativeIgnored(formatNumber(s.value));
    case "gate": {
      const frag = f.gate(s.node, s.band);
      const k = s.coefficient === 0 ? p.gateZero : p.coefficient(names.value(s.node.measure, s.coefficient));
      return frag.head + names.value(s.node.measure, s.value) + frag.tail + k;
    }
    case "branch": {
      const c = s.node.if;
      const shown = Number.isNaN(s.value) ? "" : " " + names.value(c.measure, s.value);
      const cond =
        names.measure(c.measure, locale) +
        shown +
        " " +
        choice(c.op) +
        " " +
        names.value(c.measure, num(c.value));
      return p.branch(cond, s.held);
    }
    case "part": {
      const v = formatNumber(s.value.v);
      return (
        "· " +
        s.node.parts[s.part].label[locale] +
        ": " +
        (isLeaf(s.value) ? v : exprText(s.value) + " = " + v)
      );
    }
    case "clamp": {
      if (s.excepted) {
        const c = s.node.unless;
        if (c === undefined) return null;
        const value = names.value(c.measure, s.exceptionValue ?? 0);
        return p.excepted(
          names.measure(c.measure, locale) +
            " " +
            value +
            " " +
            choice(c.op) +
            " " +
            names.value(c.measure, num(c.value)),
        );
      }
      const before = isLeaf(s.before)
        ? formatNumber(s.before.v)
        : exprText(s.before) + " = " + formatNumber(s.before.v);
      return p.capped(before, formatNumber(s.after), s.after < s.before.v);
    }
    case "manual":
      if (s.status === "entered") {
        return p.manualEntered(
          formatNumber(s.value),
          formatNumber(num(s.node.min)),
          formatNumber(num(s.node.max)),
        );
      }
      return s.status === "pending" ? p.manualPending : p.manualZero;
    case "firstPresent":
      return p.firstPresent(names.measure(s.node.of[0], locale), names.measure(s.node.of[s.chosen], locale));
  }
}

/** Why points were lost: each band below the top one ("完成率 90% 未达 100%"), each gate below 1, pending. */
function lossReasons(steps: readonly TraceStep[], f: Fragments): string {
  const { p, names, locale } = f;
  let reasons = "";
  for (const s of steps) {
    let reason = "";
    if (s.t === "band" || (s.t === "gate" && s.coefficient < 1)) {
      const to = s.node.bands[s.band].to;
      const m = s.node.measure;
      if (to !== undefined) {
        reason = p.notReached(names.measure(m, locale), names.value(m, s.value), names.value(m, num(to)));
      }
    } else if (s.t === "manual" && s.status === "pending") {
      reason = p.pendingReason;
    }
    if (reason !== "") reasons = reasons === "" ? reason : reasons + p.listSep + reason;
  }
  return reasons === "" ? p.lostGeneric : reasons;
}

/** The steps of the indicator being rendered (reused: rendering is synchronous, one at a time). */
const scratch: TraceStep[] = [];

/** The explanation of one indicator result, in the given locale. */
export function explainIndicatorResult(
  rs: RuleSet,
  r: IndicatorResult,
  input: ManagerInput,
  locale: Locale = "zh-CN",
): string {
  const f = fragmentsOf(rs, locale);
  const p = f.p;
  const trace = r.trace;
  let out =
    f.header(r.id, r.weight, r.bonus) +
    (r.score === null ? p.notScored : p.scoreSuffix(formatScore(r.score, f.decimals)));
  if (r.score === null) {
    for (const problem of r.problems) out += "\n" + problemText(problem, rs, locale);
  }
  if (trace.fields.length > 0) {
    out += "\n" + p.inputs + inputText(trace.fields[0], input, r, f);
    for (let i = 1; i < trace.fields.length; i++) out += p.sep + inputText(trace.fields[i], input, r, f);
  }
  if (r.score === null || trace.raw === null) return out;
  // The compact trace holds the path; the steps and the arithmetic are rebuilt from it here.
  const expr = replayInto(rs, r, input, scratch);
  if (expr === null) return out;
  let lastMeasure = "";
  const steps = scratch;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const text = stepText(step, f);
    if (text === null) continue;
    if (step.t === "measure") {
      // The same measure used twice (E in the ratio and in E − T) is shown once.
      if (text === lastMeasure) continue;
      lastMeasure = text;
    }
    out += "\n" + text;
  }
  const shown = formatScore(r.score, f.decimals);
  if (isLeaf(expr)) {
    out += "\n" + p.score + shown;
  } else {
    const exact = roundHalfAway(trace.raw, 9) === r.score;
    out +=
      "\n" +
      p.score +
      exprText(expr) +
      (exact ? " = " + shown : " = " + formatNumber(trace.raw) + " ≈ " + shown);
  }
  if (r.lost > 0) out += "\n" + p.lost(formatScore(r.lost, f.decimals), lossReasons(steps, f));
  for (const w of r.warnings) {
    const name = f.field(w.field);
    out +=
      "\n" +
      (w.code === "pending" ? p.pending(cellText(w.cell), name) : p.reasonMissing(cellText(w.cell), name));
  }
  return out;
}
