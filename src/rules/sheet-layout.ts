/**
 * The rules sheet (规则): sections one under another, each a title row in column A starting with its
 * key (【指标】…), a header row, and one row per item until a blank column A. Writer and reader share
 * these positions; the words around them follow the chosen language, the keys do not.
 */
import type { Locale, Localized } from "../engine/types";

export { RULES_SHEET, SECTION, isRulesSheet } from "./sheet-name";
import { SECTION } from "./sheet-name";

export type SectionKey = keyof typeof SECTION;

/** Rows of the rule-set section, in order after its header row; the value is in column B. */
export const RULE_SET_ROWS = ["id", "titleZh", "titleEn", "month", "structure"] as const;

/** Columns (0-based) of each section's items. */
export const COL = {
  /** id, name (zh), name (en), then header synonyms one per cell. */
  categories: { id: 0, nameZh: 1, nameEn: 2, headers: 3 },
  indicators: { id: 0, nameZh: 1, nameEn: 2, category: 3, weight: 4, bonus: 5, headers: 6 },
  numbers: { id: 0, indicator: 1, meaning: 2, unit: 3, value: 4 },
  fields: { id: 0, nameZh: 1, nameEn: 2, type: 3, group: 4, optional: 5, headers: 6 },
  /** The value has a drop-down of the allowed values, which sit from column E on. */
  parameters: { name: 0, value: 1, descZh: 2, descEn: 3, options: 4 },
  /** The indicator id, then its rule as JSON in one or more cells. */
  structure: { id: 0, json: 1 },
} as const;

/** The longest text one cell holds in Excel is 32,767 characters: JSON is cut into pieces below it. */
export const JSON_PIECE = 30000;

const t = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

export const TITLES: Record<SectionKey, Localized> = {
  ruleSet: t("规则集", "Rule set"),
  indicators: t(
    "指标：权重（计分指标合计应为 100）与加扣分项",
    "Indicators: weights (the scored ones sum to 100) and bonus items",
  ),
  numbers: t(
    "每条规则的每个数值：改黄色单元格即改规则",
    "Every number of every rule: edit a yellow cell to edit the rule",
  ),
  parameters: t("参数（读法）：从下拉列表中选择", "Parameters (readings): choose from the drop-down"),
  fields: t(
    "字段与表头同义词：表头写法不同时，在右侧添加同义词",
    "Fields and header synonyms: add a synonym on the right when a header reads differently",
  ),
  categories: t("类别", "Categories"),
  structure: t(
    "规则结构（程序读取，请勿修改；N1 等指上面的数值）",
    "Rule structure (read by the program, do not edit; N1 etc. are the numbers above)",
  ),
};

export const HEADERS: Record<Exclude<SectionKey, "ruleSet">, Localized[]> = {
  categories: [
    t("编号", "id"),
    t("名称", "name (zh-CN)"),
    t("英文名称", "name (en)"),
    t("表头同义词", "header synonyms"),
  ],
  indicators: [
    t("编号", "id"),
    t("名称", "name (zh-CN)"),
    t("英文名称", "name (en)"),
    t("类别", "category"),
    t("权重", "weight"),
    t("加扣分项", "bonus item"),
    t("表头同义词", "header synonyms"),
  ],
  numbers: [
    t("编号", "id"),
    t("指标", "indicator"),
    t("含义", "meaning"),
    t("单位", "unit"),
    t("数值", "value"),
  ],
  fields: [
    t("编号", "id"),
    t("名称", "name (zh-CN)"),
    t("英文名称", "name (en)"),
    t("类型", "type"),
    t("所属指标", "indicator"),
    t("可空", "may be blank"),
    t("表头同义词", "header synonyms"),
  ],
  parameters: [
    t("名称", "name"),
    t("取值", "value"),
    t("说明", "description (zh-CN)"),
    t("英文说明", "description (en)"),
    t("可选值", "allowed values"),
  ],
  structure: [t("指标", "indicator"), t("规则（JSON）", "rule (JSON)")],
};

export const RULE_SET_LABELS: Record<(typeof RULE_SET_ROWS)[number], Localized> = {
  id: t("编号", "id"),
  titleZh: t("名称", "name (zh-CN)"),
  titleEn: t("英文名称", "name (en)"),
  month: t("月份", "month"),
  structure: t("其余设置（JSON）", "other settings (JSON)"),
};

export const UNIT_WORDS: Record<string, Localized> = {
  rate: t("%", "%"),
  points: t("分", "points"),
  count: t("个", "count"),
  amount: t("元", "yuan"),
  coefficient: t("倍", "×"),
};

/** Yes/no cells: what is written, and what is read as yes or no (either language). */
export const YES: Localized = t("是", "yes");
export const NO: Localized = t("否", "no");

export function yesNo(x: unknown): boolean | undefined {
  if (x === true || x === false) return x;
  if (typeof x !== "string") return undefined;
  const s = x.trim().toLowerCase();
  if (s === "是" || s === "yes" || s === "true") return true;
  if (s === "否" || s === "no" || s === "false") return false;
  return undefined;
}

export function sectionTitle(key: SectionKey, locale: Locale): string {
  return `${SECTION[key]}${TITLES[key][locale]}`;
}
