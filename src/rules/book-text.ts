/**
 * Rules in words, read from the data: a measure as arithmetic ("完成率 = 累计新建 ÷ 累计目标"), a
 * value with the parameter it comes from ("-5 分（参数 fourGShortfallPoints）"), and each rule kind as
 * it reads in the original ("完成率 ≥ 100%：15 分；80%–100%：按比例 15 × 完成率；< 80%：见下").
 */
import { formatNumber, formatPercent, type Measure, type Rule, type RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import { fieldLookup, measureName, type FieldLookup } from "./meaning";

type NumP = number | { param: string };

export class BookText {
  private readonly fields: FieldLookup;
  constructor(
    private readonly rs: RuleSet,
    readonly locale: Locale,
  ) {
    this.fields = fieldLookup(rs);
  }

  private get zh(): boolean {
    return this.locale === "zh-CN";
  }

  w(zh: string, en: string): string {
    return this.zh ? zh : en;
  }

  /** A parameter's current value. */
  param(name: string): number | string | undefined {
    return this.rs.parameters[name]?.value;
  }

  /** A number of a rule, as percent when `rate`, naming its parameter when it has one. */
  value(x: NumP | string, rate = false): string {
    const shown = (v: number | string | undefined) =>
      typeof v === "number" ? (rate ? formatPercent(v) : formatNumber(v)) : String(v);
    if (typeof x === "object")
      return `${shown(this.param(x.param))}${this.w(`（参数 ${x.param}）`, ` (parameter ${x.param})`)}`;
    return shown(x);
  }

  isRate(m: Measure): boolean {
    switch (m.kind) {
      case "field":
        return this.fields.type(m.field) === "rate";
      case "ratio":
        return true;
      case "quotient":
        return false;
      case "subtract":
        return this.isRate(m.of);
      default:
        return this.isRate(m.of[0]);
    }
  }

  field(id: string): string {
    return this.fields.name(id)?.[this.locale] ?? id;
  }

  name(m: Measure): string {
    return measureName(m, this.fields)[this.locale];
  }

  /** The measure as arithmetic, without its label. */
  formula(m: Measure): string {
    switch (m.kind) {
      case "field":
        return this.field(m.field) + (m.blank === "zero" ? this.w("（空白计 0）", " (blank counts 0)") : "");
      case "ratio":
        return `${this.inline(m.of)} ÷ ${this.inline(m.to)}`;
      case "add":
        return m.of.map((x) => this.inline(x)).join(" + ");
      case "subtract":
        return `${this.inline(m.of)} − ${this.inline(m.minus)}`;
      case "quotient": {
        const mode = typeof m.mode === "string" ? m.mode : this.param(m.mode.param);
        const q = `${this.field(m.field)} ÷ ${this.value(m.per)}`;
        const how =
          typeof m.mode === "object"
            ? this.w(`（参数 ${m.mode.param}）`, ` (parameter ${m.mode.param})`)
            : "";
        return (mode === "floor" ? `⌊${q}⌋` : q) + how;
      }
      case "combine": {
        const how = typeof m.how === "string" ? m.how : this.param(m.how.param);
        const list = m.of.map((x) => this.inline(x)).join(", ");
        const by =
          typeof m.how === "object" ? this.w(`（参数 ${m.how.param}）`, ` (parameter ${m.how.param})`) : "";
        return (
          (how === "min"
            ? this.w(`最低值(${list})`, `lowest(${list})`)
            : this.w(`平均值(${list})`, `average(${list})`)) + by
        );
      }
      case "firstPresent":
        return m.of.map((x) => this.inline(x)).join(this.w("；空白时用 ", "; when blank, "));
    }
  }

  /** A measure inside another: its label when it has one, else its arithmetic. */
  inline(m: Measure): string {
    if (m.label) return m.label[this.locale];
    const f = this.formula(m);
    return m.kind === "field" ? f : `(${f})`;
  }

  /** "完成率 = 累计新建 ÷ 累计目标" for a labelled measure; plain arithmetic otherwise. */
  defines(m: Measure): string | null {
    if (!m.label || m.kind === "field") return null;
    return `${m.label[this.locale]} = ${this.formula(m)}`;
  }

  range(b: { from?: NumP; to?: NumP }, rate: boolean): string {
    if (b.from !== undefined && b.to !== undefined)
      return `${this.value(b.from, rate)}–${this.value(b.to, rate)}`;
    if (b.from !== undefined) return `≥ ${this.value(b.from, rate)}`;
    if (b.to !== undefined) return `< ${this.value(b.to, rate)}`;
    return this.w("任意值", "any value");
  }

  points(x: NumP): string {
    return this.w(`${this.value(x)} 分`, `${this.value(x)} points`);
  }

  /** The rule kinds that read in one line; null for those that need lines of their own. */
  short(r: Rule): string | null {
    if (r.kind === "fixed") return this.points(r.points);
    return null;
  }
}
