/**
 * `gridscore rules check SRC` (exit 0 clean, 2 warnings, 1 errors), `rules test SRC` (the rule set's
 * own cases: 0 all pass, 1 any fails or the rules cannot be read, 2 no cases to run) and
 * `rules diff A B` (what changed from A to B). The logic lives in src/engine and src/rules; this
 * file reads the sources and prints.
 */
import type { Locale } from "../engine/types";
import { formatNumber } from "../engine/decimal";
import { runCases, type CaseOutcome } from "../rules/cases";
import { changeText, diffRuleSets } from "../rules/diff";
import { escapeControls } from "../sheet/safe-text";
import type { RulesCommand } from "./args";
import { loadRuleSource, readRuleSource, ruleMessageLines, ruleSourceLine } from "./rule-source";
import type { CliIo } from "./io";

export async function rulesCommand(cmd: RulesCommand, io: CliIo): Promise<number> {
  switch (cmd.action) {
    case "check":
      return checkCommand(cmd.source, cmd.locale, io);
    case "test":
      return testCommand(cmd.source, cmd.locale, io);
    case "diff":
      return diffCommand(cmd.from, cmd.to, cmd.locale, io);
  }
}

async function checkCommand(source: string, locale: Locale, io: CliIo): Promise<number> {
  const zh = locale === "zh-CN";
  const reading = await readRuleSource(source);
  if (!reading.ok) {
    const n = reading.problems.length;
    const shown = escapeControls(source);
    io.out(
      [
        zh
          ? `规则“${shown}”有 ${n} 个错误，不能用于评分：`
          : `"${shown}" has ${n} error(s) and cannot be used to score:`,
        ...ruleMessageLines(reading.problems, locale),
      ].join("\n") + "\n",
    );
    return 1;
  }
  const lines = [ruleSourceLine(reading.source, locale)];
  if (reading.warnings.length === 0) {
    lines.push(zh ? "检查通过：没有发现问题。" : "Checked: no problems found.");
  } else {
    const n = reading.warnings.length;
    lines.push(zh ? `可以使用，但有 ${n} 个警告：` : `Usable, with ${n} warning(s):`);
    lines.push(...ruleMessageLines(reading.warnings, locale));
  }
  io.out(lines.join("\n") + "\n");
  return reading.warnings.length > 0 ? 2 : 0;
}

function caseLines(o: CaseOutcome, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const lines = [`${o.ok ? "✓" : "✗"} ${o.name[locale]}`];
  for (const f of o.faults) lines.push(`    ${f[locale]}`);
  for (const c of o.checks.filter((x) => !x.ok)) {
    const actual = c.actual === null ? (zh ? "未评分" : "not scored") : formatNumber(c.actual);
    lines.push(
      zh
        ? `    ${c.indicator}：应得 ${formatNumber(c.expected)}，实得 ${actual}`
        : `    ${c.indicator}: expected ${formatNumber(c.expected)}, got ${actual}`,
    );
  }
  return lines;
}

async function testCommand(source: string, locale: Locale, io: CliIo): Promise<number> {
  const zh = locale === "zh-CN";
  const { ruleSet, source: where } = await loadRuleSource(source, locale);
  const outcomes = runCases(ruleSet);
  const failed = outcomes.filter((o) => !o.ok).length;
  const lines = [ruleSourceLine(where, locale), ...outcomes.flatMap((o) => caseLines(o, locale))];
  if (outcomes.length === 0)
    lines.push(
      zh ? "此规则没有自带案例，未测试任何内容。" : "This rule set carries no cases: nothing was tested.",
    );
  else
    lines.push(
      zh
        ? `案例 ${outcomes.length} 个：通过 ${outcomes.length - failed} 个，失败 ${failed} 个。`
        : `${outcomes.length} case(s): ${outcomes.length - failed} passed, ${failed} failed.`,
    );
  io.out(lines.join("\n") + "\n");
  if (outcomes.length === 0) return 2;
  return failed > 0 ? 1 : 0;
}

async function diffCommand(from: string, to: string, locale: Locale, io: CliIo): Promise<number> {
  const zh = locale === "zh-CN";
  const a = await loadRuleSource(from, locale);
  const b = await loadRuleSource(to, locale);
  const changes = diffRuleSets(a.ruleSet, b.ruleSet);
  const head = zh
    ? `从 ${a.ruleSet.id}（${a.ruleSet.month}）到 ${b.ruleSet.id}（${b.ruleSet.month}）：${changes.length} 处变化`
    : `From ${a.ruleSet.id} (${a.ruleSet.month}) to ${b.ruleSet.id} (${b.ruleSet.month}): ${changes.length} change(s)`;
  io.out([head, ...changes.map((c) => `  ${changeText(c, locale)}`)].join("\n") + "\n");
  return 0;
}
