/**
 * Where the command line's rule set comes from: `--rules SRC` (a .json rule-set file, or a workbook
 * with a rules sheet) or, without it, the built-in one. One function reads any of them, all or
 * nothing: a bad SRC is a failure that lists its problems, never a silent fall-back to the built-in set.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { RuleSetMessage } from "../engine/check";
import type { Locale } from "../engine/types";
import type { RuleSet } from "../engine/ruleset";
import { readRuleSetText } from "../engine/ruleset-read";
import { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { HostError } from "../hosts/host-error";
import { xiaoshan201405 } from "../rulesets/built-in";
import { ruleSourceLine as sourceLine } from "../rules/note-writer";
import { RULES_SHEET } from "../rules/sheet-layout";
import type { RulesProblem } from "../rules/problems";
import type { RuleSource } from "../rules/source";
import { readRulesFromWorkbook } from "../rules/workbook";
import { escapeControls } from "../sheet/safe-text";
import { zlibCodec } from "./zlib-codec";

export type { RuleSource };

export interface LoadedRules {
  ruleSet: RuleSet;
  source: RuleSource;
  /** The checker's warnings (the rule set is usable). */
  warnings: RuleSetMessage[];
}

export type RuleSourceReading = ({ ok: true } & LoadedRules) | { ok: false; problems: RuleSetMessage[] };

/** A rule source that cannot be used: its message lists every problem, in the chosen language. */
export class RuleSourceError extends Error {
  override name = "RuleSourceError";
  constructor(
    message: string,
    readonly problems: RuleSetMessage[],
  ) {
    super(message);
  }
}

function sourceProblem(path: string, zh: string, en: string): RuleSetMessage {
  return { severity: "error", code: "json", path, message: { "zh-CN": zh, en } };
}

/** Reads a rule source and says what is wrong with it, without throwing for a bad one. */
export async function readRuleSource(path: string | undefined): Promise<RuleSourceReading> {
  if (path === undefined) {
    const rs = xiaoshan201405;
    return {
      ok: true,
      ruleSet: rs,
      source: { id: rs.id, month: rs.month, origin: "built-in" },
      warnings: [],
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return readWorkbookRules(path);
  if (ext !== ".json") {
    return {
      ok: false,
      problems: [
        sourceProblem(
          path,
          "规则文件应为 .json（或带“规则”表的 .xlsx）",
          "a rule set is a .json file (or an .xlsx with a rules sheet)",
        ),
      ],
    };
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const missing = (e as { code?: string }).code === "ENOENT";
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        missing
          ? sourceProblem(path, "找不到此规则文件", "rule-set file not found")
          : sourceProblem(path, `无法读取此规则文件：${detail}`, `cannot read the rule-set file: ${detail}`),
      ],
    };
  }
  const reading = readRuleSetText(text);
  if (!reading.ok) return reading;
  const rs = reading.ruleSet;
  return {
    ok: true,
    ruleSet: rs,
    source: { id: rs.id, month: rs.month, origin: "file", where: path },
    warnings: reading.warnings,
  };
}

/** A workbook's rules sheet (规则), read cell by cell; each problem names its cell. */
async function readWorkbookRules(path: string): Promise<RuleSourceReading> {
  let host: ExcelJsHost;
  try {
    host = await ExcelJsHost.load(await readFile(path), { codec: zlibCodec });
  } catch (e) {
    const missing = (e as { code?: string }).code === "ENOENT";
    if (!missing && !(e instanceof HostError)) throw e;
    return {
      ok: false,
      problems: [
        missing
          ? sourceProblem(path, "找不到此工作簿", "workbook not found")
          : sourceProblem(path, "不是有效的 .xlsx 工作簿", "not a valid .xlsx workbook"),
      ],
    };
  }
  const read = await readRulesFromWorkbook(host);
  if (read === null)
    return {
      ok: false,
      problems: [
        sourceProblem(path, `没有名为“${RULES_SHEET}”的规则表`, `no rules sheet named "${RULES_SHEET}"`),
      ],
    };
  if (!read.ok) return { ok: false, problems: read.problems.map(cellMessage) };
  const rs = read.ruleSet;
  return {
    ok: true,
    ruleSet: rs,
    source: { id: rs.id, month: rs.month, origin: "workbook", where: path },
    warnings: read.warnings.map(cellMessage),
  };
}

/** A rules-sheet problem as a rule-set message whose path is its cell (规则!E12). */
function cellMessage(p: RulesProblem): RuleSetMessage {
  return {
    severity: p.severity,
    code: "json",
    path: p.cell,
    message: {
      "zh-CN": p.message["zh-CN"].replace(`${p.cell}：`, ""),
      en: p.message.en.replace(`${p.cell}: `, ""),
    },
  };
}

/** Problems (and warnings) as lines: `  路径：说明` / `  path: message`. */
export function ruleMessageLines(messages: readonly RuleSetMessage[], locale: Locale): string[] {
  const sep = locale === "zh-CN" ? "：" : ": ";
  return messages.map((m) => {
    const tag =
      m.severity === "error"
        ? locale === "zh-CN"
          ? "错误"
          : "error"
        : locale === "zh-CN"
          ? "警告"
          : "warning";
    return `  [${tag}] ${m.path}${sep}${m.message[locale]}`;
  });
}

/** Loads the rule set to score with; throws RuleSourceError (all problems listed) when it is unusable. */
export async function loadRuleSource(path: string | undefined, locale: Locale): Promise<LoadedRules> {
  const reading = await readRuleSource(path);
  if (reading.ok) return reading;
  const zh = locale === "zh-CN";
  const shown = escapeControls(path ?? "");
  const head = zh
    ? `规则“${shown}”无法使用，未评分（也不会改用内置规则）：`
    : `The rules in "${shown}" cannot be used; nothing was scored (the built-in rules are not used instead):`;
  throw new RuleSourceError(
    [head, ...ruleMessageLines(reading.problems, locale)].join("\n"),
    reading.problems,
  );
}

/** One line saying which rule set is in force and where it came from. */
export function ruleSourceLine(source: RuleSource, locale: Locale): string {
  return sourceLine({ ...source, where: source.where && escapeControls(source.where) }, locale);
}
