/**
 * Measures as formulas. Each compiles to its value, its presence (a blank optional input makes a
 * measure absent, as in the engine) and, for a ratio, the condition under which its target was 0 and
 * counts as met. An invalid input anywhere the engine reads makes the value or the presence the
 * not-scored signal, so only the inputs on the path actually taken decide, exactly as in the engine.
 */
import type { Measure } from "../engine/rule";
import { cannot, type CompileContext } from "./context";
import { checkedField, fieldInfo, fieldPresence } from "./fields";
import { NOT_SCORED_SIGNAL, and, call, cmp, iff, num, op, slot } from "./text";

export interface CompiledMeasure {
  /** The value while present; the not-scored signal when an input it reads is invalid. */
  v: string;
  /** null: always present; false: never present; else a condition (the signal on invalid input). */
  p: string | null | false;
  /** A ratio's target was 0 and counts as met: the banded rule then gives its full points. */
  zero: string | null;
  /** The value is surely a number (its inputs were checked up front): no check needed around it. */
  sure?: boolean;
}

/** TRUE, or the not-scored signal when the value is not a number. */
export function isValid(m: CompiledMeasure): string {
  return m.sure ? "TRUE" : iff(`ISNUMBER(${m.v})`, "TRUE", NOT_SCORED_SIGNAL);
}

/** TRUE/FALSE for present/absent, the signal when an input read is invalid. */
export function touch(m: CompiledMeasure): string {
  if (m.p === null) return isValid(m);
  return m.p === false ? "FALSE" : m.p;
}

/** Presence of all measures together (each is still read: an invalid one signals). */
export function allPresent(ms: readonly CompiledMeasure[]): string | null {
  if (ms.every((m) => m.p === null)) return null;
  return and(ms.map(touch));
}

/** `body` when the presence holds, else `absent`. */
export function whenPresent(p: string | null | false, body: string, absent: string): string {
  if (p === null) return body;
  return p === false ? absent : iff(p, body, absent);
}

function noRatioInside(ctx: CompileContext, parts: readonly CompiledMeasure[], path: string): void {
  if (parts.some((m) => m.zero !== null)) {
    cannot(
      ctx,
      path,
      "a ratio inside a sum, difference or combination has no formula (its target-0 rule would leak)",
    );
  }
}

export function compileMeasure(ctx: CompileContext, m: Measure, path: string): CompiledMeasure {
  const at = `${path} (${m.kind})`;
  switch (m.kind) {
    case "field": {
      const info = fieldInfo(ctx, m.field, at);
      const zeroIfBlank = m.blank === "zero";
      if (!ctx.hasColumn(m.field) && info.optional) {
        return zeroIfBlank ? { v: "0", p: null, zero: null } : { v: "0", p: false, zero: null };
      }
      const v = checkedField(ctx, m.field, at);
      const sure = ctx.checkedUpFront.has(m.field);
      if (!info.optional) return { v, p: null, zero: null, sure };
      if (zeroIfBlank) return { v: iff(`ISBLANK(${slot(m.field)})`, "0", v), p: null, zero: null, sure };
      return { v, p: fieldPresence(ctx, m.field, at), zero: null, sure };
    }
    case "ratio": {
      const a = compileMeasure(ctx, m.of, `${path}.of`);
      const t = compileMeasure(ctx, m.to, `${path}.to`);
      noRatioInside(ctx, [a, t], at);
      const targetZero = cmp(t.v, "=", "0");
      const met = m.zeroTarget === "met";
      const atZero = met
        ? a.sure
          ? "1"
          : iff(`ISNUMBER(${a.v})`, "1", NOT_SCORED_SIGNAL)
        : NOT_SCORED_SIGNAL;
      const v = iff(targetZero, atZero, op(a.v, "/", t.v));
      return {
        v,
        p: allPresent([a, t]),
        zero: met ? targetZero : null,
        sure: met && a.sure === true && t.sure === true,
      };
    }
    case "add": {
      const parts = m.of.map((x, i) => compileMeasure(ctx, x, `${path}.of[${i}]`));
      noRatioInside(ctx, parts, at);
      const present = parts.filter((x) => x.p !== false);
      if (present.length === 0) return { v: "0", p: false, zero: null };
      const v = present.map((x) => whenPresent(x.p, x.v, "0")).reduce((s, x) => op(s, "+", x));
      const p = present.some((x) => x.p === null) ? null : call("OR", ...present.map(touch));
      return { v, p, zero: null, sure: parts.every((x) => x.sure) };
    }
    case "subtract": {
      const a = compileMeasure(ctx, m.of, `${path}.of`);
      const b = compileMeasure(ctx, m.minus, `${path}.minus`);
      noRatioInside(ctx, [a, b], at);
      return {
        v: op(a.v, "-", b.v),
        p: allPresent([a, b]),
        zero: null,
        sure: a.sure === true && b.sure === true,
      };
    }
    case "quotient": {
      const info = fieldInfo(ctx, m.field, at);
      if (!ctx.hasColumn(m.field)) return { v: info.optional ? "0" : NOT_SCORED_SIGNAL, p: null, zero: null };
      const x = checkedField(ctx, m.field, at);
      const q = op(x, "/", num(m.per as number));
      const v = m.mode === "floor" ? `INT(${q})` : q;
      const sure = ctx.checkedUpFront.has(m.field);
      if (info.optional) return { v: iff(`ISBLANK(${slot(m.field)})`, "0", v), p: null, zero: null, sure };
      return { v, p: null, zero: null, sure };
    }
    case "combine": {
      const parts = m.of.map((x, i) => compileMeasure(ctx, x, `${path}.of[${i}]`));
      noRatioInside(ctx, parts, at);
      const present = parts.filter((x) => x.p !== false);
      if (present.length === 0) return { v: "0", p: false, zero: null };
      const p = present.some((x) => x.p === null) ? null : call("OR", ...present.map(touch));
      if (m.how === "min") {
        return { v: call("MIN", ...present.map((x) => whenPresent(x.p, x.v, "1E307"))), p, zero: null };
      }
      const sum = present.map((x) => whenPresent(x.p, x.v, "0")).reduce((s, x) => op(s, "+", x));
      const count = present.map((x) => whenPresent(x.p, "1", "0")).reduce((s, x) => op(s, "+", x));
      return { v: present.length === 1 ? sum : op(sum, "/", count), p, zero: null };
    }
    case "firstPresent": {
      const parts = m.of.map((x, i) => compileMeasure(ctx, x, `${path}.of[${i}]`));
      const lastResort = m.of[0].kind === "field" ? NOT_SCORED_SIGNAL : null;
      let v = lastResort ?? "0";
      let zero: string | null = null;
      const anyZero = parts.some((x) => x.zero !== null);
      for (let i = parts.length - 1; i >= 0; i--) {
        const x = parts[i];
        if (x.p === false) continue;
        v = whenPresent(x.p, x.v, v);
        if (anyZero) zero = whenPresent(x.p, x.zero ?? "FALSE", zero ?? "FALSE");
      }
      const p = lastResort !== null || parts.some((x) => x.p === null) ? null : orPresent(parts);
      return { v, p, zero };
    }
  }
}

/** Present when any alternative is, tried in order (a later one is read only when needed). */
function orPresent(parts: readonly CompiledMeasure[]): string | false {
  let p = "FALSE";
  for (let i = parts.length - 1; i >= 0; i--) p = whenPresent(parts[i].p, "TRUE", p);
  return p === "FALSE" ? false : p;
}
