/**
 * A rule set → the WritePlan of its rules sheet (规则): the whole rule set, readable and editable.
 * Weights, every number of every rule (with its meaning and unit), parameters (with a drop-down of
 * their allowed values), fields and categories with their header synonyms are cells; the structure of
 * each rule is JSON whose numbers refer to the number cells, so editing a cell edits the rule.
 * Pure: the plan is applied by any host.
 */
import type { RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import type { CellStyle, Rect, SheetSnapshot, WritePlan, WriteValue } from "../sheet/types";
import { extractNumbers, type RuleNumber } from "./numbers";
import {
  COL,
  HEADERS,
  JSON_PIECE,
  NO,
  RULE_SET_LABELS,
  RULE_SET_ROWS,
  RULES_SHEET,
  UNIT_WORDS,
  YES,
  sectionTitle,
  type SectionKey,
} from "./sheet-layout";

const TITLE_STYLE: CellStyle = { bold: true, fill: "#DDEBF7" };
const HEADER_STYLE: CellStyle = { bold: true };
/** Cells a person edits to change the rules. */
const EDITABLE_STYLE: CellStyle = { fill: "#FFF2CC" };

/** The keys the sheet shows as cells; everything else of the rule set travels as JSON. */
const SHOWN = new Set(["id", "month", "title", "parameters", "categories", "indicators", "fields"]);

/** A percent format with as many decimals as the value needs (0.975 → "0.0%"). */
function percentFormat(v: number): string {
  const text = String(Number((v * 100).toPrecision(12)));
  const decimals = text.includes(".") ? text.split(".")[1].length : 0;
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}

function pieces(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += JSON_PIECE) out.push(json.slice(i, i + JSON_PIECE));
  return out.length > 0 ? out : [""];
}

class Rows {
  readonly values: WriteValue[][] = [];
  readonly formats: string[][] = [];
  readonly styles: WritePlan["styles"] = [];
  readonly validations: NonNullable<WritePlan["validations"]> = [];

  add(cells: WriteValue[], formats: Record<number, string> = {}): number {
    const row = this.values.length;
    this.values.push(cells);
    this.formats.push(cells.map((_, c) => formats[c] ?? "General"));
    return row;
  }

  style(row: number, left: number, right: number, style: CellStyle): void {
    this.styles.push({ rect: { top: row, left, bottom: row, right }, style });
  }

  title(key: SectionKey, locale: Locale, extra: WriteValue[] = []): number {
    const row = this.add([sectionTitle(key, locale), ...extra]);
    this.style(row, 0, 0, TITLE_STYLE);
    return row;
  }

  header(key: Exclude<SectionKey, "ruleSet">, locale: Locale): void {
    const texts = HEADERS[key].map((h) => h[locale]);
    this.style(this.add(texts), 0, texts.length - 1, HEADER_STYLE);
  }
}

function numberRow(n: RuleNumber, rs: RuleSet, locale: Locale): { cells: WriteValue[]; format: string } {
  const indicator = rs.indicators.find((i) => i.id === n.indicator);
  const cells: WriteValue[] = [];
  cells[COL.numbers.id] = n.id;
  cells[COL.numbers.indicator] = indicator ? indicator.name[locale] : n.indicator;
  cells[COL.numbers.meaning] = n.meaning[locale];
  cells[COL.numbers.unit] = UNIT_WORDS[n.unit][locale];
  cells[COL.numbers.value] = n.value;
  return { cells, format: n.unit === "rate" ? percentFormat(n.value) : "General" };
}

/** The plan that writes `rs` as the rules sheet; `existing` is the sheet as it is now, if there is one. */
export function planRulesSheet(rs: RuleSet, locale: Locale, existing: SheetSnapshot | null): WritePlan {
  const { rules, numbers } = extractNumbers(rs);
  const r = new Rows();
  const yes = YES[locale];
  const no = NO[locale];
  r.style(r.add([`GridScore · ${rs.title[locale]}`]), 0, 0, { bold: true });
  r.add([
    locale === "zh-CN"
      ? "本表是本工作簿的评分规则：评分时使用本表。修改黄色单元格后重新评分。"
      : "This sheet holds this workbook's scoring rules: scoring uses it. Edit the yellow cells, then score again.",
  ]);
  r.add([]);

  r.title("ruleSet", locale);
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rs)) if (!SHOWN.has(key)) rest[key] = value;
  const ruleSetValues: Record<(typeof RULE_SET_ROWS)[number], WriteValue[]> = {
    id: [rs.id],
    titleZh: [rs.title["zh-CN"]],
    titleEn: [rs.title.en],
    month: [rs.month],
    structure: pieces(JSON.stringify(rest)),
  };
  for (const key of RULE_SET_ROWS) r.add([RULE_SET_LABELS[key][locale], ...ruleSetValues[key]]);
  r.add([]);

  const scored = rs.indicators.filter((i) => !i.bonus).reduce((s, i) => s + i.weight, 0);
  r.title("indicators", locale, [
    null,
    null,
    locale === "zh-CN" ? "计分指标权重合计" : "scored weights sum",
    scored,
  ]);
  r.header("indicators", locale);
  for (const ind of rs.indicators) {
    const c = COL.indicators;
    const cells: WriteValue[] = [];
    cells[c.id] = ind.id;
    cells[c.nameZh] = ind.name["zh-CN"];
    cells[c.nameEn] = ind.name.en;
    cells[c.category] = ind.category;
    cells[c.weight] = ind.weight;
    cells[c.bonus] = ind.bonus ? yes : no;
    const row = r.add([...cells, ...ind.headers]);
    r.style(row, c.weight, c.bonus, EDITABLE_STYLE);
    if (ind.headers.length > 0) r.style(row, c.headers, c.headers + ind.headers.length - 1, EDITABLE_STYLE);
  }
  r.add([]);

  r.title("numbers", locale);
  r.header("numbers", locale);
  for (const n of numbers) {
    const { cells, format } = numberRow(n, rs, locale);
    const row = r.add(cells, { [COL.numbers.value]: format });
    r.style(row, COL.numbers.value, COL.numbers.value, EDITABLE_STYLE);
  }
  r.add([]);

  r.title("parameters", locale);
  r.header("parameters", locale);
  for (const [name, def] of Object.entries(rs.parameters)) {
    const c = COL.parameters;
    const cells: WriteValue[] = [];
    cells[c.name] = name;
    cells[c.value] = def.value;
    cells[c.descZh] = def.description["zh-CN"];
    cells[c.descEn] = def.description.en;
    const options = def.options ?? [];
    const row = r.add([...cells, ...options]);
    r.style(row, c.value, c.value, EDITABLE_STYLE);
    if (options.length > 0) {
      const source: Rect = { top: row, left: c.options, bottom: row, right: c.options + options.length - 1 };
      r.validations.push({ rect: { top: row, left: c.value, bottom: row, right: c.value }, source });
    }
  }
  r.add([]);

  r.title("fields", locale);
  r.header("fields", locale);
  for (const f of rs.fields) {
    const c = COL.fields;
    const cells: WriteValue[] = [];
    cells[c.id] = f.id;
    cells[c.nameZh] = f.name["zh-CN"];
    cells[c.nameEn] = f.name.en;
    cells[c.type] = f.type;
    cells[c.group] = f.group;
    cells[c.optional] = f.optional ? yes : no;
    const row = r.add([...cells, ...f.headers]);
    if (f.headers.length > 0) r.style(row, c.headers, c.headers + f.headers.length - 1, EDITABLE_STYLE);
  }
  r.add([]);

  r.title("categories", locale);
  r.header("categories", locale);
  for (const cat of rs.categories) {
    const row = r.add([cat.id, cat.name["zh-CN"], cat.name.en, ...cat.headers]);
    if (cat.headers.length > 0)
      r.style(row, COL.categories.headers, COL.categories.headers + cat.headers.length - 1, EDITABLE_STYLE);
  }
  r.add([]);

  r.title("structure", locale);
  r.header("structure", locale);
  rs.indicators.forEach((ind, i) => r.add([ind.id, ...pieces(JSON.stringify(rules[i]))]));

  const width = Math.max(...r.values.map((row) => row.length));
  const values = r.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const numberFormats = r.formats.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "General"));
  const clear: Rect[] =
    existing && existing.rowCount > 0 && existing.colCount > 0
      ? [{ top: 0, left: 0, bottom: existing.rowCount - 1, right: existing.colCount - 1 }]
      : [];
  return {
    sheet: RULES_SHEET,
    createSheet: true,
    clear,
    blocks: [{ top: 0, left: 0, values, numberFormats }],
    merges: [],
    styles: r.styles,
    notes: [],
    deleteNotes: [],
    validations: r.validations,
    columnWidths: [
      { col: 0, width: 22 },
      { col: 1, width: 24 },
      { col: 2, width: 40 },
      { col: 3, width: 16 },
      { col: 4, width: 12 },
    ],
  };
}
