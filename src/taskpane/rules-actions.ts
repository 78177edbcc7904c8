/**
 * The rules-sheet side of the pane hook: its code (reading, writing and checking rules, the rule book)
 * in a chunk of its own, loaded only for a workbook with a rules sheet or when the 规则 tab is used,
 * and the pane's words when rules stop a run.
 */
import type { RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import { RULES_SHEET } from "../rules/sheet-name";
import type { RuleSource } from "../rules/workbook";

export type RulesCode = typeof import("./rules-code");

export function loadRulesCode(): Promise<RulesCode> {
  return import(/* webpackChunkName: "rules" */ "./rules-code");
}

export function builtInSource(rs: RuleSet): RuleSource {
  return { id: rs.id, month: rs.month, origin: "built-in" };
}

/** Why nothing was scored or written: the rules sheet (or a file loaded) has problems. */
export function rulesSheetStopped(locale: Locale, count: number, what: "sheet" | "file" = "sheet"): string {
  if (what === "file")
    return locale === "zh-CN"
      ? `规则文件有 ${count} 个问题，未写入工作簿（见“规则”页）。`
      : `The rule-set file has ${count} problem(s); nothing was written to the workbook (see the Rules tab).`;
  return locale === "zh-CN"
    ? `规则表“${RULES_SHEET}”有 ${count} 个问题，未评分、未写入（见“规则”页）。`
    : `The rules sheet "${RULES_SHEET}" has ${count} problem(s); nothing was scored or written (see the Rules tab).`;
}

/** The 规则 tab's label (the tab's panel loads with the rules chunk). */
export function rulesTabLabel(locale: Locale): string {
  return locale === "zh-CN" ? "规则" : "Rules";
}
