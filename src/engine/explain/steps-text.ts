/**
 * The lines of an explanation that come from the steps of an evaluation: measures, bands, steps,
 * gates, branches, parts, caps, manual entries; and why points were lost. Numbers that come from the
 * manager are written through `Show`, so the same code writes a template with slots (template.ts).
 */
import type { Expr } from "../expr";
import { isLeaf } from "../expr";
import type { Measure } from "../rule";
import type { TraceStep } from "../trace";
import { formatNumber, formatPercent } from "../decimal";
import { choice, num } from "../params";
import type { Fragments } from "./fragments";

/** How the numbers of a step are written. */
export interface Show {
  /** A number (formatNumber). */
  num(e: Expr): string;
  /** A value of a measure: percent when the measure is a rate. */
  value(m: Measure, e: Expr): string;
  /** A count of steps: never below 0. */
  count(e: Expr): string;
  /** Arithmetic (exprText). */
  expr(e: Expr): string;
}

/** One step as a line, or null when it has nothing to show. */
export function stepText(s: TraceStep, f: Fragments, show: Show): string | null {
  const { p, names, locale } = f;
  switch (s.t) {
    case "measure":
      return isLeaf(s.value)
        ? null
        : names.measure(s.node, locale) + " = " + show.expr(s.value) + " = " + show.value(s.node, s.value);
    case "targetZero":
      return p.targetZero(names.measure(s.node, locale), formatNumber(s.full));
    case "band": {
      const frag = f.band(s.node, s.band);
      return frag.head + show.value(s.node.measure, s.at) + frag.tail;
    }
    case "steps": {
      const step = num(s.spec.step);
      return p.steps(
        choice(s.spec.direction) === "above",
        show.expr(s.anchor),
        s.anchor.k === "%" ? formatPercent(step) : formatNumber(step),
        show.num(s.points),
        choice(s.spec.stepMode) === "whole",
        show.expr(s.steps) + (isLeaf(s.steps) ? "" : " = " + show.count(s.steps)),
      );
    }
    case "negativeIgnored":
      return p.negativeIgnored(show.num(s.at));
    case "gate": {
      const frag = f.gate(s.node, s.band);
      const k = s.coefficient === 0 ? p.gateZero : p.coefficient(show.value(s.node.measure, s.k));
      return frag.head + show.value(s.node.measure, s.at) + frag.tail + k;
    }
    case "branch": {
      const c = s.node.if;
      const shown = Number.isNaN(s.value) || s.at === null ? "" : " " + show.value(c.measure, s.at);
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
      const v = show.num(s.value);
      return (
        "· " +
        s.node.parts[s.part].label[locale] +
        ": " +
        (isLeaf(s.value) ? v : show.expr(s.value) + " = " + v)
      );
    }
    case "clamp": {
      if (s.excepted) {
        const c = s.node.unless;
        if (c === undefined) return null;
        const value =
          s.at === null ? names.value(c.measure, s.exceptionValue ?? 0) : show.value(c.measure, s.at);
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
      const before = isLeaf(s.before) ? show.num(s.before) : show.expr(s.before) + " = " + show.num(s.before);
      return p.capped(before, formatNumber(s.after), s.after < s.before.v);
    }
    case "manual":
      if (s.status === "entered" && s.at !== null) {
        return p.manualEntered(show.num(s.at), formatNumber(num(s.node.min)), formatNumber(num(s.node.max)));
      }
      return s.status === "pending" ? p.manualPending : p.manualZero;
    case "firstPresent":
      return p.firstPresent(names.measure(s.node.of[0], locale), names.measure(s.node.of[s.chosen], locale));
  }
}

/**
 * Why points were lost: each band below the top one ("完成率 90% 未达 100%"), each gate below 1,
 * pending; "" when no step says why.
 */
export function lossReasons(steps: readonly TraceStep[], f: Fragments, show: Show): string {
  const { p, names, locale } = f;
  let reasons = "";
  for (const s of steps) {
    let reason = "";
    if (s.t === "band" || (s.t === "gate" && s.coefficient < 1)) {
      const to = s.node.bands[s.band].to;
      const m = s.node.measure;
      if (to !== undefined) {
        reason = p.notReached(names.measure(m, locale), show.value(m, s.at), names.value(m, num(to)));
      }
    } else if (s.t === "manual" && s.status === "pending") {
      reason = p.pendingReason;
    }
    if (reason !== "") reasons = reasons === "" ? reason : reasons + p.listSep + reason;
  }
  return reasons;
}
