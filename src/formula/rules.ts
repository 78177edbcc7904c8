/**
 * Rule kinds as formulas, one case per kind of src/engine/kinds, mirroring each kind's evaluate
 * step for step (same operations in the same order, so the doubles agree). Rules are compiled after
 * binding: every parameter is already a value.
 */
import type { Band, BandedRule } from "../engine/kinds/banded";
import type { GateRule } from "../engine/kinds/gate";
import type { StepSpec } from "../engine/kinds/per-step";
import type { Condition } from "../engine/condition";
import type { Rule } from "../engine/rule";
import { cannot, type CompileContext } from "./context";
import { type CompiledMeasure, allPresent, compileMeasure, isValid, whenPresent } from "./measures";
import { NOT_SCORED_SIGNAL, and, cmp, iff, num, op, slot } from "./text";
import { fieldInfo, upFrontCheck } from "./fields";
import { alwaysRead } from "./strict";

/** A bound attribute (binding has replaced every parameter reference by its value). */
function n(x: unknown): number {
  return x as number;
}

function condition(ctx: CompileContext, c: Condition, path: string): string {
  const m = compileMeasure(ctx, c.measure, `${path}.measure`);
  const test = cmp(m.v, c.op as ">=", num(n(c.value)));
  return whenPresent(m.p, test, "FALSE");
}

/** base + points × steps above/below the anchor (never negative steps), as `stepScore` does. */
function stepScore(spec: StepSpec, measured: string, anchor: string): string {
  const gap = spec.direction === "above" ? op(measured, "-", anchor) : op(anchor, "-", measured);
  const exact = op(gap, "/", num(n(spec.step)));
  const steps = spec.stepMode === "whole" ? `INT(${exact})` : exact;
  const earned = iff(cmp(steps, ">", "0"), op(num(n(spec.points)), "*", steps), "0");
  const base = spec.base === undefined ? 0 : n(spec.base);
  return base === 0 ? earned : op(num(base), "+", earned);
}

/** The band's edges as a condition (from inclusive, to exclusive). */
function bandTest(v: string, band: { from?: unknown; to?: unknown }): string {
  const tests: string[] = [];
  if (band.from !== undefined) tests.push(cmp(v, ">=", num(n(band.from))));
  if (band.to !== undefined) tests.push(cmp(v, "<", num(n(band.to))));
  return and(tests);
}

/** Band by band, the first band holding the value; a gap scores 0. */
function chain<B extends { from?: unknown; to?: unknown }>(
  v: string,
  bands: readonly B[],
  score: (b: B, i: number) => string,
): string {
  let out = "0";
  for (let i = bands.length - 1; i >= 0; i--) {
    const test = bandTest(v, bands[i]);
    out = test === "TRUE" ? score(bands[i], i) : iff(test, score(bands[i], i), out);
  }
  return out;
}

function bandScore(ctx: CompileContext, node: BandedRule, band: Band, v: string, path: string): string {
  const s = band.score;
  const full = num(n(node.full));
  switch (s.type) {
    case "fixed":
      return num(n(s.points));
    case "proportional":
      return op(full, "*", v);
    case "interpolated": {
      const from = num(n(band.from ?? 0));
      const to = num(n(band.to ?? 0));
      return op(num(n(s.points)), "*", op(op(v, "-", from), "/", op(to, "-", from)));
    }
    case "perStep":
      return stepScore(s, v, num(n(s.anchor)));
    case "rule":
      return compileGuarded(ctx, s.rule, `${path}.score.rule`);
  }
}

function banded(ctx: CompileContext, node: BandedRule, path: string): string {
  const m = compileMeasure(ctx, node.measure, `${path}.measure`);
  const bands = chain(m.v, node.bands, (b, i) => bandScore(ctx, node, b, m.v, `${path}.bands[${i}]`));
  const full = num(n(node.full));
  const atZero = m.sure ? full : iff(isValid(m), full, NOT_SCORED_SIGNAL);
  const body = m.zero === null ? bands : iff(m.zero, atZero, bands);
  return whenPresent(m.p, body, "0");
}

function gate(ctx: CompileContext, node: GateRule, path: string): string {
  const m = compileMeasure(ctx, node.measure, `${path}.measure`);
  const inner = (): string => compileGuarded(ctx, node.rule, `${path}.rule`);
  const body = chain(m.v, node.bands, (b) => {
    const c = b.coefficient;
    if (c === "rate") {
      // A coefficient of exactly 0 scores 0 without reading the inner rule's inputs.
      const mayBeZero = b.from === undefined || n(b.from) <= 0;
      const product = op(m.v, "*", inner());
      return mayBeZero ? iff(cmp(m.v, "=", "0"), "0", product) : product;
    }
    const k = n(c);
    return k === 0 ? "0" : k === 1 ? inner() : op(num(k), "*", inner());
  });
  return whenPresent(m.p, body, "0");
}

function perUnitValue(m: CompiledMeasure): string {
  return whenPresent(m.p, m.v, "0");
}

/**
 * A rule entered on one path only: the fields it always reads are checked where it starts (once),
 * then read plainly inside it.
 */
export function compileGuarded(ctx: CompileContext, rule: Rule, path: string): string {
  const fresh = [...alwaysRead(ctx.fields, rule)].filter(
    (id) => ctx.hasColumn(id) && !ctx.checkedUpFront.has(id),
  );
  if (fresh.length === 0) return compileRule(ctx, rule, path);
  for (const id of fresh) ctx.used.add(id);
  const inner: CompileContext = { ...ctx, checkedUpFront: new Set([...ctx.checkedUpFront, ...fresh]) };
  const check = upFrontCheck(ctx, fresh);
  const body = compileRule(inner, rule, path);
  const valid = check.valid === "TRUE" ? body : iff(check.valid, body, NOT_SCORED_SIGNAL);
  return check.numbers === "TRUE" ? valid : iff(check.numbers, valid, NOT_SCORED_SIGNAL);
}

export function compileRule(ctx: CompileContext, rule: Rule, path: string): string {
  switch (rule.kind) {
    case "fixed":
      return num(n(rule.points));
    case "banded":
      return banded(ctx, rule, path);
    case "gate":
      return gate(ctx, rule, path);
    case "sum":
      return rule.parts
        .map((part, i) => compileRule(ctx, part.rule, `${path}.parts[${i}].rule`))
        .reduce((s, x) => op(s, "+", x));
    case "when":
      return iff(
        condition(ctx, rule.if, `${path}.if`),
        compileGuarded(ctx, rule.then, `${path}.then`),
        compileGuarded(ctx, rule.else, `${path}.else`),
      );
    case "choose": {
      const chosen = typeof rule.by === "string" ? rule.options[rule.by] : undefined;
      return chosen === undefined ? "0" : compileRule(ctx, chosen, `${path}.options.${String(rule.by)}`);
    }
    case "clamp": {
      const r = compileRule(ctx, rule.rule, `${path}.rule`);
      const lo = rule.min === undefined ? null : num(n(rule.min));
      const hi = rule.max === undefined ? null : num(n(rule.max));
      const unless = rule.unless === undefined ? null : condition(ctx, rule.unless, `${path}.unless`);
      const bounded = (bound: string): string => (unless === null ? bound : iff(unless, r, bound));
      let out = r;
      if (lo !== null) out = iff(cmp(r, "<", lo), bounded(lo), out);
      if (hi !== null) out = iff(cmp(r, ">", hi), bounded(hi), out);
      return out;
    }
    case "perUnit": {
      const x = perUnitValue(compileMeasure(ctx, rule.measure, `${path}.measure`));
      const points = num(n(rule.points));
      const earned =
        rule.negative === "zero" ? iff(cmp(x, "<", "0"), "0", op(points, "*", x)) : op(points, "*", x);
      const base = rule.base === undefined ? 0 : n(rule.base);
      return base === 0 ? earned : op(num(base), "+", earned);
    }
    case "perStep": {
      const m = compileMeasure(ctx, rule.measure, `${path}.measure`);
      const fixedAnchor = typeof rule.anchor === "number";
      const a: CompiledMeasure = fixedAnchor
        ? { v: num(rule.anchor as number), p: null, zero: null }
        : compileMeasure(ctx, rule.anchor as Parameters<typeof compileMeasure>[1], `${path}.anchor`);
      return whenPresent(allPresent([m, a]), stepScore(rule, m.v, a.v), "0");
    }
    case "manual":
      return manual(ctx, rule, path);
  }
}

function manual(ctx: CompileContext, rule: Extract<Rule, { kind: "manual" }>, path: string): string {
  const info = fieldInfo(ctx, rule.field, path);
  // A blank required field is an input problem, whatever `blank` says (the engine reads it first).
  const blank = rule.blank === "problem" || !info.optional ? NOT_SCORED_SIGNAL : "0";
  if (!ctx.hasColumn(rule.field)) return info.optional ? blank : NOT_SCORED_SIGNAL;
  if (info.type === "text") cannot(ctx, path, `the text field "${rule.field}" cannot hold points`);
  ctx.used.add(rule.field);
  const x = slot(rule.field);
  const inBounds = and([cmp(x, ">=", num(n(rule.min))), cmp(x, "<=", num(n(rule.max)))]);
  const entered = iff(`ISNUMBER(${x})`, iff(inBounds, x, NOT_SCORED_SIGNAL), NOT_SCORED_SIGNAL);
  return iff(`ISBLANK(${x})`, blank, entered);
}
