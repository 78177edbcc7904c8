/**
 * The lines of an explanation that come from the steps of an evaluation: measures, bands, steps,
 * gates, branches, parts, caps, manual entries. Arithmetic is written in terms of the inputs
 * (exprText); what it gives is written to two decimals, after "≈" when that rounds it (numbers.ts).
 */
import type { Expr } from "../expr";
import { isLeaf } from "../expr";
import type { Rule } from "../nodes";
import { ruleKindOf } from "../rule";
import type { TraceStep } from "../trace";
import { formatNumber, formatPercent } from "../decimal";
import { choice, num } from "../params";
import type { Fragments } from "./fragments";
import { exprText } from "./expr-text";
import { approx, equals, shownAgainst, shownValue } from "./numbers";

/**
 * Whether a rule's score is the sum of parts shown on lines of their own (a sum, or a cap around
 * one): its own line then gives only the total, so that no note states a sum twice.
 */
export function madeOfParts(rule: Rule): boolean {
  return ruleKindOf(rule).madeOfParts?.(rule) ?? false;
}

/** "arithmetic = value" (or "≈ value"), or the value alone when there is no arithmetic. */
function worked(e: Expr, rate = false): string {
  const shown = shownValue(e.v, rate);
  return isLeaf(e) ? approx(shown) : exprText(e) + equals(shown);
}

/** One step as a line, or null when it has nothing to show. */
export function stepText(s: TraceStep, f: Fragments): string | null {
  const { p, names, locale } = f;
  switch (s.t) {
    case "measure":
      return isLeaf(s.value)
        ? null
        : names.measure(s.node, locale) + " = " + worked(s.value, names.isRate(s.node));
    case "targetZero":
      return p.targetZero(names.measure(s.node, locale), formatNumber(s.full));
    case "band": {
      const frag = f.band(s.node, s.band);
      const rate = names.isRate(s.node.measure);
      return frag.head + approx(shownAgainst(s.value, rate, s.node.bands[s.band])) + frag.tail;
    }
    case "steps": {
      const step = num(s.spec.step);
      const count =
        s.steps.v > 0 ? worked(s.steps) : exprText(s.steps) + (isLeaf(s.steps) ? "" : " ≤ 0") + " → 0";
      return p.steps(
        choice(s.spec.direction) === "above",
        exprText(s.anchor),
        s.anchor.k === "%" ? formatPercent(step) : formatNumber(step),
        formatNumber(s.points.v),
        choice(s.spec.stepMode) === "whole",
        count,
      );
    }
    case "negativeIgnored":
      return p.negativeIgnored(formatNumber(s.at.v));
    case "gate": {
      const frag = f.gate(s.node, s.band);
      const rate = names.isRate(s.node.measure);
      const k = s.coefficient === 0 ? p.gateZero : p.coefficient(approx(shownValue(s.k.v, rate)));
      return frag.head + approx(shownAgainst(s.value, rate, s.node.bands[s.band])) + frag.tail + k;
    }
    case "branch": {
      const c = s.node.if;
      const shown = Number.isNaN(s.value) || s.at === null ? "" : " " + names.value(c.measure, s.at.v);
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
      const part = s.node.parts[s.part];
      const value = madeOfParts(part.rule) ? approx(shownValue(s.value.v)) : worked(s.value);
      return "· " + part.label[locale] + ": " + value;
    }
    case "clamp": {
      if (s.excepted) {
        const c = s.node.unless;
        if (c === undefined) return null;
        const value =
          s.at === null ? names.value(c.measure, s.exceptionValue ?? 0) : names.value(c.measure, s.at.v);
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
      const before = madeOfParts(s.node.rule) ? approx(shownValue(s.before.v)) : worked(s.before);
      return p.capped(before, formatNumber(s.after), s.after < s.before.v);
    }
    case "manual":
      if (s.status === "entered" && s.at !== null) {
        return p.manualEntered(
          formatNumber(s.at.v),
          formatNumber(num(s.node.min)),
          formatNumber(num(s.node.max)),
        );
      }
      return s.status === "pending" ? p.manualPending : p.manualZero;
    case "firstPresent":
      return p.firstPresent(names.measure(s.node.of[0], locale), names.measure(s.node.of[s.chosen], locale));
  }
}
