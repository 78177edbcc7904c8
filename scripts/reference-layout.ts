/**
 * The reference template of the bundled samples ("what the bundled sample workbooks use"), derived from a rule
 * set: row 1 title, row 2 categories, row 3 indicators, row 4 field headers (each field's first
 * header), row 5 考核分值 (weights; blank for bonus items), managers from row 6 with 区域 (merged down
 * per region), 客户经理, 客户经理类型, then the fields, grouped under their indicators in rule-set
 * order. A sample chooses its title, which optional columns its sheet leaves out, and, where its
 * sheet uses another of an indicator's header synonyms, that one: so the samples also test detection.
 */
import type { FieldDef, RuleSet } from "../src/engine";
import { xiaoshan201405 } from "../src/rulesets";

export type FieldKind = "count" | "rate" | "money" | "list" | "points" | "text";

export interface ReferenceField {
  id: string;
  header: string;
  kind: FieldKind;
}

export interface ReferenceIndicator {
  /** The indicator's id in the rule set. */
  id: string;
  header: string;
  /** Blank for the bonus items outside the 100. */
  weight: number | null;
  fields: ReferenceField[];
}

export interface ReferenceCategory {
  header: string;
  indicators: ReferenceIndicator[];
}

export interface ReferenceLayout {
  title: string;
  categories: readonly ReferenceCategory[];
  /** Every field in column order (the first field column is D). */
  fields: readonly ReferenceField[];
}

/** What a sample's sheet looks like beyond its rule set. */
export interface LayoutChoices {
  title: string;
  /** Optional fields the sheet has no column for. */
  omit?: readonly string[];
  /** An indicator's header synonym to use instead of its first one, by indicator id. */
  indicatorHeaders?: Readonly<Record<string, string>>;
}

const KIND_OF: Readonly<Record<FieldDef["type"], FieldKind>> = {
  count: "count",
  netCount: "count",
  amount: "money",
  amountList: "list",
  rate: "rate",
  points: "points",
  text: "text",
};

export const SHEET_NAME = "考核表";
/** Rows 2–5 of columns A–C: 区域, 考核项目 over 客户经理, 客户经理类型; 考核分值 across A5:C5. */
export const LEAD_COLUMNS = ["区域", "客户经理", "客户经理类型"] as const;
export const FIRST_MANAGER_ROW = 6;

export function referenceLayout(rs: RuleSet, choices: LayoutChoices): ReferenceLayout {
  const omit = new Set(choices.omit ?? []);
  const categories = rs.categories
    .map((c): ReferenceCategory => ({
      header: c.headers[0],
      indicators: rs.indicators
        .filter((i) => i.category === c.id)
        .map((i) => ({
          id: i.id,
          header: choices.indicatorHeaders?.[i.id] ?? i.headers[0],
          weight: i.bonus ? null : i.weight,
          fields: rs.fields
            .filter((f) => f.group === i.id && !omit.has(f.id))
            .map((f) => ({ id: f.id, header: f.headers[0], kind: KIND_OF[f.type] })),
        }))
        .filter((i) => i.fields.length > 0),
    }))
    .filter((c) => c.indicators.length > 0);
  return {
    title: choices.title,
    categories,
    fields: categories.flatMap((c) => c.indicators.flatMap((i) => i.fields)),
  };
}

/** The May sample's sheet: no columns for the two optional satisfaction rates; 区域短板 as its header. */
export const MAY_LAYOUT = referenceLayout(xiaoshan201405, {
  title: "萧山分公司2014年5月网格客户经理统一考核表",
  omit: ["goldSatisfaction", "productSurvey"],
  indicatorHeaders: { regionalShortfall: "区域短板" },
});

export const TITLE = MAY_LAYOUT.title;
export const REFERENCE_LAYOUT = MAY_LAYOUT.categories;
export const REFERENCE_FIELDS = MAY_LAYOUT.fields;

export const NUMBER_FORMATS: Readonly<Record<FieldKind, string>> = {
  count: "General",
  rate: "0.0%",
  money: "#,##0",
  list: "@",
  points: "General",
  text: "@",
};
