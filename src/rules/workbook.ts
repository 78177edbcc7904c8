/**
 * A workbook's own rules: whether it has a rules sheet (规则), the rule set read from it, which rule
 * set a run scores with and where that came from, and a view of the workbook without the rules
 * sheet (so it is never taken for the scoring sheet). Host-independent.
 */
import { readRuleSetText } from "../engine/ruleset-read";
import type { RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import type { WorkbookHost } from "../sheet/types";
import { problem, type RulesProblem } from "./problems";
import { isRulesSheet, RULES_SHEET } from "./sheet-layout";
import { readRulesSheet, type RulesRead } from "./sheet-read";
import { planRulesSheet } from "./sheet-write";

import type { RuleSource } from "./source";

export { sourceText, type RuleOrigin, type RuleSource } from "./source";
/** The rules sheet of a workbook: absent (null), or what reading it gave. */
export async function readRulesFromWorkbook(host: WorkbookHost): Promise<RulesRead | null> {
  const sheets = await host.listSheets();
  if (!sheets.includes(RULES_SHEET)) return null;
  const sheet = await host.readSheet(RULES_SHEET);
  return isRulesSheet(sheet) ? readRulesSheet(sheet) : null;
}

/** The workbook has a sheet named 规则 of its own (not GridScore's): writing would destroy it. */
export class ForeignRulesSheetError extends Error {
  override name = "ForeignRulesSheetError";
  constructor(readonly locale: Locale) {
    super(
      locale === "zh-CN"
        ? `工作簿中已有名为“${RULES_SHEET}”的工作表，但它不是 GridScore 的规则表：未写入。请先将该表改名。`
        : `The workbook already has a sheet named "${RULES_SHEET}" that is not GridScore's rules sheet: nothing was written. Rename that sheet first.`,
    );
  }
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

export { withoutRulesSheet } from "./hide-rules-sheet";

/** The rule set in force for a workbook, or the problems of its rules sheet (nothing is scored then). */
export async function rulesInForce(
  host: WorkbookHost,
  builtIn: RuleSet,
): Promise<
  | { ok: true; ruleSet: RuleSet; source: RuleSource; warnings: RulesProblem[] }
  | { ok: false; problems: RulesProblem[] }
> {
  try {
    return {
      ok: true,
      ...(await ruleSetForWorkbook(host, { ruleSet: builtIn, source: builtInSource(builtIn) })),
    };
  } catch (e) {
    if (e instanceof RulesSheetError) return { ok: false, problems: e.problems };
    throw e;
  }
}

/**
 * A rule-set file's text (JSON) → the rule set, or its problems, each naming its JSON path: read by
 * the engine's one reader of rule-set files (`readRuleSetText`: JSON syntax, schema, checker).
 */
export function parseRuleFile(
  text: string,
): { ok: true; ruleSet: RuleSet } | { ok: false; problems: RulesProblem[] } {
  const read = readRuleSetText(text);
  if (read.ok) return { ok: true, ruleSet: read.ruleSet };
  return {
    ok: false,
    problems: read.problems.map((m) => problem(m.path, m.code, m.message["zh-CN"], m.message.en)),
  };
}

/** Writes `rs` into the workbook as its rules sheet (replacing the one there). */
export async function writeRulesSheet(host: WorkbookHost, rs: RuleSet, locale: Locale): Promise<void> {
  const existing = (await host.listSheets()).includes(RULES_SHEET) ? await host.readSheet(RULES_SHEET) : null;
  const empty = existing === null || existing.values.every((row) => row.every((v) => v === null || v === ""));
  if (existing !== null && !empty && !isRulesSheet(existing)) throw new ForeignRulesSheetError(locale);
  await host.apply(planRulesSheet(rs, locale, existing));
}
