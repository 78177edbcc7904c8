/**
 * A workbook's own rules: whether it has a rules sheet (规则), the rule set read from it, which rule
 * set a run scores with and where that came from, and a view of the workbook without the rules
 * sheet (so it is never taken for the scoring sheet). Host-independent.
 */
import type { RuleSet } from "../engine";
import type { Locale, Localized } from "../engine/types";
import type { WorkbookHost } from "../sheet/types";
import type { RulesProblem } from "./problems";
import { RULES_SHEET } from "./sheet-layout";
import { readRulesSheet, type RulesRead } from "./sheet-read";
import { planRulesSheet } from "./sheet-write";

export type RuleOrigin = "built-in" | "file" | "workbook";

/** Which rule set scored, and where it came from (said in the output, the report and the pane). */
export interface RuleSource {
  id: string;
  month: string;
  origin: RuleOrigin;
  /** The file it was read from (origin "file"), or the sheet (origin "workbook"). */
  where?: string;
}

/** The rules sheet of a workbook: absent (null), or what reading it gave. */
export async function readRulesFromWorkbook(host: WorkbookHost): Promise<RulesRead | null> {
  const sheets = await host.listSheets();
  if (!sheets.includes(RULES_SHEET)) return null;
  return readRulesSheet(await host.readSheet(RULES_SHEET));
}

/** Bad rules: the run stops and nothing is scored or written; the problems name their cells. */
export class RulesSheetError extends Error {
  override name = "RulesSheetError";
  constructor(readonly problems: RulesProblem[]) {
    super(problems.map((p) => p.message.en).join("\n"));
  }
}

/**
 * The rule set to score a workbook with: the workbook's rules sheet when it has one (its problems
 * throw RulesSheetError: never the built-in set instead), else `fallback`.
 */
export async function ruleSetForWorkbook(
  host: WorkbookHost,
  fallback: { ruleSet: RuleSet; source: RuleSource },
): Promise<{ ruleSet: RuleSet; source: RuleSource; warnings: RulesProblem[] }> {
  const read = await readRulesFromWorkbook(host);
  if (read === null) return { ...fallback, warnings: [] };
  if (!read.ok) throw new RulesSheetError(read.problems);
  const rs = read.ruleSet;
  return {
    ruleSet: rs,
    source: { id: rs.id, month: rs.month, origin: "workbook", where: RULES_SHEET },
    warnings: read.warnings,
  };
}

export function builtInSource(rs: RuleSet): RuleSource {
  return { id: rs.id, month: rs.month, origin: "built-in" };
}

const ORIGIN: Record<RuleOrigin, Localized> = {
  "built-in": { "zh-CN": "内置规则", en: "built in" },
  file: { "zh-CN": "规则文件", en: "rule-set file" },
  workbook: { "zh-CN": "本工作簿的规则表", en: "this workbook's rules sheet" },
};

/** "xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）". */
export function sourceText(s: RuleSource, locale: Locale): string {
  const origin = ORIGIN[s.origin][locale];
  const where = s.where === undefined ? "" : ` ${s.where}`;
  return locale === "zh-CN"
    ? `${s.id}（${s.month}，${origin}${where}）`
    : `${s.id} (${s.month}, ${origin}${where})`;
}

/** The workbook as the scoring pipeline should see it: every sheet but the rules sheet. */
export function withoutRulesSheet(host: WorkbookHost): WorkbookHost {
  return {
    listSheets: async () => (await host.listSheets()).filter((name) => name !== RULES_SHEET),
    readSheet: (name) => host.readSheet(name),
    apply: (plan) => host.apply(plan),
  };
}

/** Writes `rs` into the workbook as its rules sheet (replacing the one there). */
export async function writeRulesSheet(host: WorkbookHost, rs: RuleSet, locale: Locale): Promise<void> {
  const existing = (await host.listSheets()).includes(RULES_SHEET) ? await host.readSheet(RULES_SHEET) : null;
  await host.apply(planRulesSheet(rs, locale, existing));
}
