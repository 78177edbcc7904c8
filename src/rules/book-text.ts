/**
 * Rules in words, read from the data: a measure as arithmetic ("完成率 = 累计新建 ÷ 累计目标"), a
 * value with the parameter it comes from ("-5 分（参数 fourGShortfallPoints）"), and each rule kind as
 * it reads in the original ("完成率 ≥ 100%：15 分；80%–100%：按比例 15 × 完成率；< 80%：见下"). Each kind
 * says itself (its `book` in src/engine/kinds/ and measures/); this is the `BookWriter` they write with.
 */
import { formatNumber, formatPercent, type Measure, type Rule, type RuleSet } from "../engine";
import type { BookWriter } from "../engine/book-api";
import { isRateMeasure } from "../engine/measure-unit";
import { measureKindOf, ruleKindOf } from "../engine/rule";
import type { Locale } from "../engine/types";
import { fieldLookup, measureName, type FieldLookup } from "./meaning";

type NumP = number | { param: string };

export class BookText implements BookWriter {
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
    return isRateMeasure(m, this.fields.type);
  }

  field(id: string): string {
    return this.fields.name(id)?.[this.locale] ?? id;
  }

  name(m: Measure): string {
    return measureName(m, this.fields)[this.locale];
  }

  /** A measure inside another: its label when it has one, else its arithmetic (a field's name stands alone). */
  inline(m: Measure): string {
    if (m.label) return m.label[this.locale];
    const kind = measureKindOf(m);
    const f = kind.book(m, this);
    return kind.singleField ? f : `(${f})`;
  }

  /** "完成率 = 累计新建 ÷ 累计目标" for a labelled measure other than a field. */
  defines(m: Measure): string | null {
    if (!m.label || measureKindOf(m).singleField) return null;
    return `${m.label[this.locale]} = ${measureKindOf(m).book(m, this)}`;
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

  short(r: Rule): string | null {
    return ruleKindOf(r).bookShort?.(r, this) ?? null;
  }

  lines(r: Rule, depth: number): string[] {
    return ruleKindOf(r).book(r, this, depth);
  }

  item(depth: number, text: string): string {
    return `${"  ".repeat(depth)}- ${text}`;
  }
}
