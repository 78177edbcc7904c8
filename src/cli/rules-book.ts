/**
 * `gridscore rules show` (the rule book) and `gridscore rules export` (the rule set as JSON or as a
 * workbook with its rules sheet), and the choice of rule set for `score`: the workbook's own rules
 * sheet when it has one, else the built-in rule set — said on screen and in the report.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { xiaoshan201405, type RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { ruleBook } from "../rules/book";
import type { RulesProblem } from "../rules/problems";
import {
  builtInSource,
  ruleSetForWorkbook,
  RulesSheetError,
  sourceText,
  writeRulesSheet,
  type RuleSource,
} from "../rules/workbook";
import { RULES_SHEET } from "../rules/sheet-layout";
import { loadRuleSource } from "./rule-source";
import { CliFailure, type CliIo } from "./io";
import { zlibCodec } from "./zlib-codec";

export interface RulesBookCommand {
  kind: "rules";
  action: "show" | "export";
  locale: Locale;
  /** A rule-set file (.json) or a workbook with a rules sheet (.xlsx); the built-in set when absent. */
  rules?: string;
  out?: string;
}

/** `rules show|export` from the words after `rules`; `fail` reports a usage error in both languages. */
export function parseRulesBook(
  rest: readonly string[],
  values: { rules?: string; out?: string },
  locale: Locale,
  fail: (zh: string, en: string) => never,
): RulesBookCommand {
  const [action, ...extra] = rest;
  if ((action !== "show" && action !== "export") || extra.length > 0)
    fail(
      "用法：gridscore rules show [--rules 规则.json|工作簿.xlsx] 或 gridscore rules export [--rules …] --out 文件.json|文件.xlsx",
      "Usage: gridscore rules show [--rules RULES.json|WORKBOOK.xlsx] or gridscore rules export [--rules …] --out FILE.json|FILE.xlsx",
    );
  if (action === "export" && !/\.(json|xlsx)$/i.test(values.out ?? ""))
    fail(
      "rules export 需要 --out <文件.json 或 文件.xlsx>",
      "rules export needs --out <FILE.json or FILE.xlsx>",
    );
  return { kind: "rules", action, locale, rules: values.rules, out: values.out };
}

function problemLines(problems: readonly RulesProblem[], locale: Locale): string {
  return problems.map((p) => `  ${p.message[locale]}`).join("\n");
}

function failure(zh: boolean, what: string, problems: readonly RulesProblem[], locale: Locale): CliFailure {
  const head = zh
    ? `${what}中的规则有问题，未评分、未写出任何文件（也不会改用内置规则）：`
    : `The rules in ${what} have problems; nothing was scored or written (the built-in rules are not used instead):`;
  return new CliFailure(`${head}\n${problemLines(problems, locale)}`);
}

/** What `score` scores with, without `--rules`: the workbook's rules sheet, else the built-in set. */
export async function rulesForScore(
  host: ExcelJsHost,
  locale: Locale,
  beforeFailing: () => void,
): Promise<{ ruleSet: RuleSet; source: RuleSource }> {
  try {
    return await ruleSetForWorkbook(host, { ruleSet: xiaoshan201405, source: builtInSource(xiaoshan201405) });
  } catch (e) {
    if (!(e instanceof RulesSheetError)) throw e;
    beforeFailing();
    throw failure(
      locale === "zh-CN",
      locale === "zh-CN" ? `规则表“${RULES_SHEET}”` : `the rules sheet "${RULES_SHEET}"`,
      e.problems,
      locale,
    );
  }
}

export { ruleSourceLine } from "../rules/note-writer";

export async function rulesBookCommand(cmd: RulesBookCommand, io: CliIo): Promise<number> {
  const zh = cmd.locale === "zh-CN";
  const { ruleSet, source } = cmd.rules
    ? await loadRuleSource(cmd.rules, cmd.locale)
    : { ruleSet: xiaoshan201405, source: builtInSource(xiaoshan201405) };
  if (cmd.action === "show") {
    io.out(ruleBook(ruleSet, cmd.locale));
    return 0;
  }
  const out = cmd.out as string;
  let bytes: Uint8Array;
  if (extname(out).toLowerCase() === ".json") {
    bytes = new TextEncoder().encode(JSON.stringify(ruleSet, null, 2) + "\n");
  } else {
    const host = ExcelJsHost.fromWorkbook(new ExcelJS.Workbook(), { codec: zlibCodec });
    await writeRulesSheet(host, ruleSet, cmd.locale);
    bytes = await host.save();
  }
  try {
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, bytes);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliFailure(zh ? `无法写入“${out}”：${detail}` : `Cannot write "${out}": ${detail}`);
  }
  io.out(
    zh
      ? `已写出：${out}（${sourceText(source, cmd.locale)}）\n`
      : `Written: ${out} (${sourceText(source, cmd.locale)})\n`,
  );
  return 0;
}
