/**
 * zod's issues about a rule set, said in words in both languages: the JSON path, what was expected,
 * and what was found there (read from the data itself, so the message shows the very value).
 */
import type { z } from "zod";
import type { Localized } from "./types";

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, Localized> = {
  number: { "zh-CN": "数字", en: "a number" },
  string: { "zh-CN": "文本", en: "a text" },
  boolean: { "zh-CN": "布尔值 true 或 false", en: "true or false" },
  object: { "zh-CN": "对象 { … }", en: "an object { … }" },
  array: { "zh-CN": "列表 [ … ]", en: "a list [ … ]" },
  record: { "zh-CN": "对象 { … }", en: "an object { … }" },
  null: { "zh-CN": "null", en: "null" },
};

function typeName(t: string, locale: keyof Localized): string {
  return TYPE_NAMES[t]?.[locale] ?? t;
}

/** The JSON path of an issue, as `indicators[3].rule.bands[0].to`; "(root)" for the whole file. */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  const text = path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
  return text === "" ? "(root)" : text;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function shown(v: unknown): string {
  if (v === undefined) return "";
  const text = JSON.stringify(v);
  return text.length > 40 ? text.slice(0, 39) + "…" : text;
}

function both(zh: string, en: string): Localized {
  return { "zh-CN": zh, en };
}

/** The alternatives a union accepts, from the first issue of each failed branch. */
function unionExpected(issue: Extract<Issue, { code: "invalid_union" }>, locale: keyof Localized): string {
  const names = new Set<string>();
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first?.code === "invalid_type" && first.path.length === 0)
      names.add(typeName(first.expected, locale));
    else names.add(locale === "zh-CN" ? "对象 { … }" : "an object { … }");
  }
  return [...names].join(locale === "zh-CN" ? " 或 " : " or ");
}

/** What was expected where the issue is, in both languages. */
function expectedText(issue: Issue): Localized {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "never" || issue.expected === "undefined")
        return both("此处不应有值", "no value here");
      return both(`应为${typeName(issue.expected, "zh-CN")}`, `expected ${typeName(issue.expected, "en")}`);
    case "invalid_union":
      // A discriminated union (rule and measure kinds) names the kinds it knows.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) {
        const list = options.map(String).join(", ");
        return both(`种类应为以下之一：${list}`, `kind must be one of: ${list}`);
      }
      return both(`应为${unionExpected(issue, "zh-CN")}`, `expected ${unionExpected(issue, "en")}`);
    case "invalid_value": {
      const list = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return both(`应为以下之一：${list}`, `expected one of: ${list}`);
    }
    case "unrecognized_keys": {
      const keys = issue.keys.join(", ");
      return both(
        `多余的键：${keys}（请删除或改正拼写）`,
        `unknown key(s): ${keys} (remove or correct the spelling)`,
      );
    }
    case "too_small":
      return issue.origin === "string"
        ? both("不能为空", "must not be empty")
        : both(`至少需要 ${String(issue.minimum)} 项`, `needs at least ${String(issue.minimum)}`);
    case "invalid_format":
      return issue.path.at(-1) === "month"
        ? both("应为“年-月”形式的月份，如 2014-05", "expected a month as YYYY-MM, e.g. 2014-05")
        : both(`格式不符：${issue.message}`, issue.message);
    default:
      return both(`不符合规则：${issue.message}`, issue.message);
  }
}

/** One issue as a message: what was expected, and what was found. */
export function issueMessage(issue: Issue, data: unknown): Localized {
  const expected = expectedText(issue);
  const found = issue.code === "unrecognized_keys" ? "" : shown(valueAt(data, issue.path));
  if (found === "") {
    const missing = valueAt(data, issue.path) === undefined && issue.code === "invalid_type";
    return missing ? both(`缺少此项，${expected["zh-CN"]}`, `missing; ${expected.en}`) : expected;
  }
  return both(`${expected["zh-CN"]}，实际是 ${found}`, `${expected.en}, found ${found}`);
}
