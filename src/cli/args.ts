/** Command-line arguments → a command, with node:util parseArgs. Bad arguments throw UsageError. */
import { parseArgs } from "node:util";
import type { Locale } from "../engine/types";
import { parseRulesBook, type RulesBookCommand } from "./rules-book";

export type CliCommand =
  | { kind: "help"; topic: "main" | "score" | "rules"; locale: Locale }
  | RulesCommand
  | {
      kind: "score";
      locale: Locale;
      input: string;
      out: string;
      report?: string;
      sheet?: string;
      /** A rule-set file (.json) or a workbook with a rules sheet (.xlsx) to score with. */
      rules?: string;
      formulas: boolean;
      /** False with --no-notes: scores without explanation notes. */
      notes: boolean;
    }
  | RulesBookCommand;

/** `gridscore rules check|test SRC` and `gridscore rules diff A B`. */
export type RulesCommand =
  | { kind: "rules"; action: "check" | "test"; locale: Locale; source: string }
  | { kind: "rules"; action: "diff"; locale: Locale; from: string; to: string };

/** `rules show|export` (the rule book) rather than `rules check|test|diff`. */
export function isRulesBook(cmd: RulesCommand | RulesBookCommand): cmd is RulesBookCommand {
  return cmd.action === "show" || cmd.action === "export";
}

/** Bad arguments: the message is for the user, in the chosen language. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly locale: Locale,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

const OPTIONS = {
  out: { type: "string", short: "o" },
  report: { type: "string" },
  sheet: { type: "string" },
  lang: { type: "string" },
  formulas: { type: "boolean" },
  "no-notes": { type: "boolean" },
  rules: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The language asked for, read before anything else so that even argument errors follow it. */
export function requestedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value === "en") return "en";
  }
  return "zh-CN";
}

export function parseCommand(argv: readonly string[]): CliCommand {
  const locale = requestedLocale(argv);
  const zh = locale === "zh-CN";
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    if (!isParseArgsError(e)) throw e;
    throw new UsageError(parseArgsMessage(e, zh), locale);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== "zh-CN" && values.lang !== "en") {
    throw new UsageError(
      zh
        ? `--lang 只能是 zh-CN 或 en，而不是“${values.lang}”。`
        : `--lang must be zh-CN or en, not "${values.lang}".`,
      locale,
    );
  }
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: "help", topic: "main", locale };
  if (command === "rules" && values.help) return { kind: "help", topic: "rules", locale };
  if (command === "rules" && (rest[0] === "show" || rest[0] === "export"))
    return parseRulesBook(rest, values, locale, (zhText, enText) => {
      throw new UsageError(zh ? zhText : enText, locale);
    });
  if (command === "rules") return rulesCommand(rest, locale);
  if (command !== "score") {
    throw new UsageError(
      zh
        ? `未知命令“${command}”。可用命令：score、rules（见 gridscore --help）。`
        : `Unknown command "${command}". Commands: score, rules (see gridscore --help).`,
      locale,
    );
  }
  if (values.help) return { kind: "help", topic: "score", locale };
  if (rest.length !== 1) {
    throw new UsageError(
      zh
        ? `score 需要且只需要一个输入文件（收到 ${rest.length} 个）。用法：gridscore score <输入.xlsx> --out <输出.xlsx>`
        : `score takes exactly one input file (got ${rest.length}). Usage: gridscore score <IN.xlsx> --out <OUT.xlsx>`,
      locale,
    );
  }
  if (!values.out) {
    throw new UsageError(
      zh
        ? "缺少 --out <输出.xlsx>：评分结果写到哪里？"
        : "Missing --out <OUT.xlsx>: where should the scored copy go?",
      locale,
    );
  }
  if (values.out === "-" || values.report === "-") {
    throw new UsageError(
      zh
        ? "--out 与 --report 需要文件名；“-”（标准输出）不受支持，请给出文件名。"
        : '--out and --report take a file name; "-" (standard output) is not supported: give a file name.',
      locale,
    );
  }
  return {
    kind: "score",
    locale,
    input: rest[0],
    out: values.out,
    report: values.report,
    sheet: values.sheet,
    rules: values.rules,
    formulas: values.formulas ?? false,
    notes: !(values["no-notes"] ?? false),
  };
}

const RULES_USAGE = {
  "zh-CN":
    "用法：gridscore rules show | export --out <文件> | check <规则> | test <规则> | diff <A> <B>（规则为 .json 或带“规则”表的 .xlsx）",
  en: "Usage: gridscore rules show | export --out <FILE> | check <RULES> | test <RULES> | diff <A> <B> (RULES: a .json file or an .xlsx with a rules sheet)",
} as const;

function rulesCommand(args: readonly string[], locale: Locale): RulesCommand {
  const [action, ...sources] = args;
  const zh = locale === "zh-CN";
  if ((action === "check" || action === "test") && sources.length === 1)
    return { kind: "rules", action, locale, source: sources[0] };
  if (action === "diff" && sources.length === 2)
    return { kind: "rules", action, locale, from: sources[0], to: sources[1] };
  const known = action === "check" || action === "test" || action === "diff";
  throw new UsageError(
    known
      ? `${zh ? `rules ${action} 的文件个数不对（收到 ${sources.length} 个）。` : `rules ${action}: wrong number of files (got ${sources.length}).`} ${RULES_USAGE[locale]}`
      : `${zh ? `未知的 rules 子命令“${action ?? ""}”。` : `Unknown rules sub-command "${action ?? ""}".`} ${RULES_USAGE[locale]}`,
    locale,
  );
}

/**
 * node:util's argument errors in the user's language. Its English sentence is not shown: the option
 * it names is taken from it (node quotes it as '--name' or '-o, --name <value>').
 */
function parseArgsMessage(e: { code: string; message: string }, zh: boolean): string {
  const option = /'((?:-\w, )?--?[^' ]+)/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return zh ? `参数错误：未知选项“${option}”。` : `Bad arguments: unknown option "${option}".`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && e.message.includes("argument missing"))
    return zh ? `参数错误：选项 ${option} 后面缺少值。` : `Bad arguments: option ${option} needs a value.`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return zh ? `参数错误：选项 ${option} 不带值。` : `Bad arguments: option ${option} takes no value.`;
  return zh ? `参数错误（${e.code}）。` : `Bad arguments (${e.code}).`;
}

/** node:util's argument errors (checked by code: they may come from another realm than our Error). */
function isParseArgsError(e: unknown): e is { code: string; message: string } {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
