/**
 * The rules sheet's name and how it is recognised, on their own: the pane's first chunk needs them,
 * not the sheet's layout.
 */
import type { SheetSnapshot } from "../sheet/types";

export const RULES_SHEET = "规则";

/** The key each section's title row starts with in column A (【指标】…), whatever the language. */
export const SECTION = {
  ruleSet: "【规则集】",
  indicators: "【指标】",
  numbers: "【数值】",
  parameters: "【参数】",
  fields: "【字段】",
  categories: "【类别】",
  structure: "【结构】",
} as const;

/**
 * Whether a sheet, whatever its name, is GridScore's rules sheet: column A holds at least one
 * section key. A sheet named 规则 without any is someone's own sheet: never read as rules, never
 * overwritten.
 */
export function isRulesSheet(s: SheetSnapshot): boolean {
  const keys = Object.values(SECTION) as string[];
  return s.values.some(
    (row) => typeof row[0] === "string" && keys.some((k) => (row[0] as string).startsWith(k)),
  );
}
