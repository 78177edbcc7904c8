/**
 * Reading a rule set from a file's text, all or nothing: a JSON that does not parse, a value of the
 * wrong type, a band gap or overlap, weights not adding to 100, an unknown parameter or parameter
 * value, an indicator reading an undeclared field, a duplicated id — each is a problem with its JSON
 * path and what was expected, and no rule set comes back. Warnings (an unused field or parameter) do
 * not stop a rule set from being used.
 */
import { checkRuleSet, type RuleSetMessage } from "./check";
import { RuleSetError } from "./errors";
import { parseRuleSet, ruleSetSchema, type RuleSet } from "./ruleset";
import { issueMessage, pathText } from "./schema-issues";

export type RuleSetReading =
  { ok: true; ruleSet: RuleSet; warnings: RuleSetMessage[] } | { ok: false; problems: RuleSetMessage[] };

function problem(code: RuleSetMessage["code"], path: string, zh: string, en: string): RuleSetMessage {
  return { severity: "error", code, path, message: { "zh-CN": zh, en } };
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function syntaxProblem(text: string, e: SyntaxError): RuleSetMessage {
  const at = /at position (\d+)/.exec(e.message);
  const offset = at === null ? text.length : Number(at[1]);
  const { line, column } = lineColumn(text, offset);
  const where = `(${line}:${column})`;
  if (at === null || offset >= text.trimEnd().length) {
    return problem(
      "json",
      where,
      `JSON 在第 ${line} 行第 ${column} 列处提前结束：文件不完整，应以对应的 } 或 ] 结尾`,
      `the JSON ends early at line ${line}, column ${column}: the file is incomplete, expected a closing } or ]`,
    );
  }
  return problem(
    "json",
    where,
    `第 ${line} 行第 ${column} 列处不是有效的 JSON：请检查此处前后的逗号、引号和括号`,
    `not valid JSON at line ${line}, column ${column}: check the commas, quotes and brackets around it`,
  );
}

/** Validates parsed JSON data as a rule set (schema, then the checker, then binding). */
export function readRuleSetData(data: unknown): RuleSetReading {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        severity: "error" as const,
        code: "schema" as const,
        path: pathText(i.path),
        message: issueMessage(i, data),
      })),
    };
  }
  const messages = checkRuleSet(parsed.data);
  const errors = messages.filter((m) => m.severity === "error");
  if (errors.length > 0) return { ok: false, problems: errors };
  try {
    return { ok: true, ruleSet: parseRuleSet(data), warnings: messages };
  } catch (e) {
    // The checker binds the parameters too; this is a last guard, said with the binder's words.
    if (!(e instanceof RuleSetError)) throw e;
    return { ok: false, problems: e.issues.map((i) => problem("parameterInvalid", "(root)", i, i)) };
  }
}

/** Reads a rule-set file's text (JSON). */
export function readRuleSetText(text: string): RuleSetReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return { ok: false, problems: [syntaxProblem(text, e)] };
  }
  return readRuleSetData(data);
}
