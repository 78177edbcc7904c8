/**
 * Precomputed text fragments per rule set and locale: everything of an explanation line that does not
 * depend on the manager (headers, labels, band ranges and what a band scores). Built on first use,
 * then rendering only joins fragments with the manager's numbers.
 */
import type { Locale } from "../types";
import type { RuleSet } from "../ruleset";
import type { BandedRule } from "../kinds/banded";
import type { GateRule } from "../kinds/gate";
import { bindRuleSet } from "../bind";
import { formatNumber } from "../decimal";
import { bandScoreTail } from "../kinds/band-score";
import { type Names, namesOf } from "./names";
import { type Phrases, PHRASES } from "./phrases";

export interface BandFragment {
  /** "完成率 " — before the value. */
  head: string;
  /** " (≥80% 且 <100%): 按比例得分 15 × 完成率" — after the value. */
  tail: string;
}

export interface InputHead {
  plain: string;
  open: string;
}

export interface Fragments {
  readonly locale: Locale;
  readonly p: Phrases;
  readonly names: Names;
  readonly decimals: number;
  header(id: string, weight: number, bonus: boolean): string;
  /** The indicator's name ("成员收集"), its id for an unknown indicator. */
  indicatorName(id: string): string;
  /** An indicator's position in the rule set (0 for an unknown id). */
  position(id: string): number;
  /** "累计目标" for a field id. */
  field(id: string): string;
  /** "累计目标 = " (no cell) and "累计目标(" (before the cell and ") = "), for the inputs line. */
  inputHead(id: string): InputHead;
  isRateField(id: string): boolean;
  band(node: BandedRule, band: number): BandFragment;
  gate(node: GateRule, band: number): BandFragment;
}

const cache = new WeakMap<RuleSet, Record<Locale, Fragments>>();

/** The last rule set's fragments (explanations come in long runs of one rule set). */
let last: { rs: RuleSet; both: Record<Locale, Fragments> } | null = null;

export function fragmentsOf(rs: RuleSet, locale: Locale): Fragments {
  if (last !== null && last.rs === rs) return last.both[locale];
  let both = cache.get(rs);
  if (both === undefined) {
    both = { "zh-CN": build(rs, "zh-CN"), en: build(rs, "en") };
    cache.set(rs, both);
  }
  last = { rs, both };
  return both[locale];
}

function build(rs: RuleSet, locale: Locale): Fragments {
  const p = PHRASES[locale];
  const names = namesOf(rs);
  const bound = bindRuleSet(rs);
  const headers = new Map<string, string>();
  const indicatorNames = new Map<string, string>();
  const fields = new Map<string, string>();
  const inputHeads = new Map<string, InputHead>();
  const rateFields = new Set(rs.fields.filter((fd) => fd.type === "rate").map((fd) => fd.id));
  const bands = new WeakMap<BandedRule | GateRule, BandFragment[]>();

  function bandFragments(node: BandedRule): BandFragment[] {
    const head = names.measure(node.measure, locale) + " ";
    return node.bands.map((band) => {
      const range = " (" + names.range(node.measure, band.from, band.to, locale) + ")";
      return { head, tail: range + bandScoreTail(p, band, node.full, head.trim()) };
    });
  }
  function gateFragments(node: GateRule): BandFragment[] {
    const head = names.measure(node.measure, locale) + " ";
    return node.bands.map((band) => ({
      head,
      tail: " (" + names.range(node.measure, band.from, band.to, locale) + "): ",
    }));
  }

  const nameOf = (id: string): string => names.indicator(id)?.name[locale] ?? id;
  const positions = new Map(rs.indicators.map((i, at) => [i.id, at]));

  return {
    locale,
    p,
    names,
    decimals: bound.decimals,
    position: (id) => positions.get(id) ?? 0,
    indicatorName(id) {
      let n = indicatorNames.get(id);
      if (n === undefined) {
        n = nameOf(id);
        indicatorNames.set(id, n);
      }
      return n;
    },
    header(id, weight, bonus) {
      let h = headers.get(id);
      if (h === undefined) {
        const info = names.indicator(id);
        h = p.header(info ? info.name[locale] : id, formatNumber(weight), bonus);
        headers.set(id, h);
      }
      return h;
    },
    field(id) {
      let f = fields.get(id);
      if (f === undefined) {
        f = names.field(id, locale);
        fields.set(id, f);
      }
      return f;
    },
    inputHead(id) {
      let h = inputHeads.get(id);
      if (h === undefined) {
        const name = names.field(id, locale);
        h = { plain: name + " = ", open: name + "(" };
        inputHeads.set(id, h);
      }
      return h;
    },
    isRateField: (id) => rateFields.has(id),
    band(node, i) {
      let list = bands.get(node);
      if (list === undefined) {
        list = bandFragments(node);
        bands.set(node, list);
      }
      return list[i];
    },
    gate(node, i) {
      let list = bands.get(node);
      if (list === undefined) {
        list = gateFragments(node);
        bands.set(node, list);
      }
      return list[i];
    },
  };
}
