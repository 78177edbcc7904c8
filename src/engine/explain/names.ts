/**
 * Names the renderer needs, looked up once per rule set and cached per node and locale: field and
 * indicator names, measure labels, band ranges. Built once per rule set, not per explanation.
 */
import type { Locale, Localized } from "../types";
import type { RuleSet } from "../ruleset";
import type { Measure } from "../nodes";
import { bindRuleSet } from "../bind";
import { isRateMeasure } from "../measure-unit";
import type { MeasureNamer } from "../measure-api";
import { measureKindOf } from "../rule";
import { formatNumber, formatPercent } from "../decimal";
import { num, type NumP } from "../params";
import { PHRASES } from "./phrases";

export interface Names {
  field(id: string, locale: Locale): string;
  indicator(id: string): { name: Localized; weight: number; bonus: boolean } | undefined;
  measure(node: Measure, locale: Locale): string;
  isRate(node: Measure): boolean;
  value(node: Measure, v: number): string;
  range(node: Measure, from: NumP | undefined, to: NumP | undefined, locale: Locale): string;
}

const cache = new WeakMap<RuleSet, Names>();

export function namesOf(rs: RuleSet): Names {
  const known = cache.get(rs);
  if (known) return known;
  const bound = bindRuleSet(rs);
  const fields = new Map(rs.fields.map((f) => [f.id, f.name]));
  const indicators = new Map(
    rs.indicators.map((i) => [i.id, { name: i.name, weight: i.weight, bonus: i.bonus }]),
  );
  const labels = { "zh-CN": new WeakMap<Measure, string>(), en: new WeakMap<Measure, string>() };
  const ranges = { "zh-CN": new Map<string, string>(), en: new Map<string, string>() };
  const isRate = (node: Measure) => isRateMeasure(node, bound.fieldType);
  const edge = (node: Measure, x: number) => (isRate(node) ? formatPercent(x) : formatNumber(x));
  const field = (id: string, locale: Locale) => fields.get(id)?.[locale] ?? id;

  const namer: MeasureNamer = { measure, field };
  function compose(node: Measure, locale: Locale): string {
    if (node.label) return node.label[locale];
    return measureKindOf(node).explainName(node, namer, locale);
  }
  function measure(node: Measure, locale: Locale): string {
    let s = labels[locale].get(node);
    if (s === undefined) {
      s = compose(node, locale);
      labels[locale].set(node, s);
    }
    return s;
  }

  const names: Names = {
    field,
    indicator: (id) => indicators.get(id),
    measure,
    isRate,
    value: (node, v) => edge(node, v),
    range(node, from, to, locale) {
      const rate = isRate(node);
      const key = `${rate ? "%" : ""}${from === undefined ? "" : num(from)}|${to === undefined ? "" : num(to)}`;
      let s = ranges[locale].get(key);
      if (s === undefined) {
        const p = PHRASES[locale];
        const lo = from === undefined ? "" : p.atLeast + edge(node, num(from));
        const hi = to === undefined ? "" : p.below + edge(node, num(to));
        s = lo && hi ? lo + p.and + hi : lo || hi;
        ranges[locale].set(key, s);
      }
      return s;
    },
  };
  cache.set(rs, names);
  return names;
}
