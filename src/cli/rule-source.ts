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
import { xiaoshan201405 } from "../rulesets/built-in";
import { escapeControls } from "../sheet/safe-text";

export interface RuleSource {
  id: string;
  month: string;
  origin: "built-in" | "file" | "workbook";
  /** The file it was read from; undefined for the built-in set. */
  path?: string;
}

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
  if (ext === ".xlsx") {
    // A workbook's rules sheet: read by the rules-sheet reader once this build has one; until then a
    // clear refusal (never the built-in set in its place).
    return {
      ok: false,
      problems: [
        sourceProblem(
          path,
          "此版本还不能从工作簿的“规则”表读取规则；请用 .json 规则文件",
          "this build cannot read rules from a workbook's rules sheet yet; use a .json rule-set file",
        ),
      ],
    };
  }
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
    source: { id: rs.id, month: rs.month, origin: "file", path },
    warnings: reading.warnings,
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
  const zh = locale === "zh-CN";
  const path = escapeControls(source.path ?? "");
  const where =
    source.origin === "built-in"
      ? zh
        ? "内置"
        : "built-in"
      : zh
        ? `来自${source.origin === "file" ? "文件" : "工作簿"} ${path}`
        : `from the ${source.origin} ${path}`;
  return zh
    ? `规则：${source.id}（${source.month}，${where}）`
    : `Rules: ${source.id} (${source.month}, ${where})`;
}
