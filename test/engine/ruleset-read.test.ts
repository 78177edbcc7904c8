// Bad rules get a clear answer and change nothing: each broken rule-set file is refused as a whole, with
// the JSON path of what is wrong and what was expected there, in both languages.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readRuleSetText } from "../../src/engine/ruleset-read";

const TEXT = readFileSync(resolve(__dirname, "../../src/rulesets/xiaoshan-2014-05.json"), "utf8");

type Data = {
  parameters: Record<string, { value: unknown }>;
  indicators: Array<{ id: string; weight: unknown; rule: Record<string, unknown> }>;
  fields: Array<{ id: string }>;
};

/** The shipped file's text with one change made to its data. */
function broken(change: (d: Data) => void): string {
  const data = JSON.parse(TEXT) as Data;
  change(data);
  return JSON.stringify(data, null, 2);
}

/** fourGCard's banded rule (inside its clamp): bands [< 40%: shortfall] [≥ 40%: per step]. */
const fourGBands = (d: Data) =>
  (d.indicators[5].rule.rule as { bands: Array<Record<string, unknown>> }).bands;

describe("reading a rule-set file", () => {
  test("the shipped file reads, with no warnings", () => {
    const r = readRuleSetText(TEXT);
    expect(r.ok && r.ruleSet.id).toBe("xiaoshan-2014-05");
    expect(r.ok && r.warnings).toEqual([]);
  });

  test.each([
    [
      "a text where a number belongs",
      broken((d) => (d.indicators[0].weight = "十")),
      "indicators[0].weight",
      '应为数字，实际是 "十"',
      'expected a number, found "十"',
    ],
    [
      "a text where a number or a parameter belongs",
      broken((d) => (fourGBands(d)[1].from = "40%")),
      "indicators[5].rule.rule.bands[1].from",
      '应为数字 或 对象 { … }，实际是 "40%"',
      'expected a number or an object { … }, found "40%"',
    ],
    [
      "a band gap",
      broken((d) => (fourGBands(d)[1].from = 0.5)),
      "indicators[5].rule.rule.bands[1]",
      "0.4 到 0.5 之间没有区间",
      "no band between 0.4 and 0.5",
    ],
    [
      "a band overlap",
      broken((d) => (fourGBands(d)[0].to = 0.5)),
      "indicators[5].rule.rule.bands[1]",
      "重叠",
      "overlaps [-∞, 0.5)",
    ],
    [
      "weights that do not add up to 100",
      broken((d) => (d.indicators[0].weight = 12)),
      "indicators",
      "权重合计 102, 应为 100",
      "sum to 102, not 100",
    ],
    [
      "an unknown parameter value",
      broken((d) => (d.parameters.stepMode.value = "halves")),
      "parameters.stepMode.value",
      '参数 “stepMode” 的值 "halves" 不在可选值中',
      'parameter "stepMode" is "halves", expected one of: "continuous", "whole"',
    ],
    [
      "an indicator reading a field nobody declared",
      broken((d) => (d.fields = d.fields.filter((f) => f.id !== "fourGCardSwapped"))),
      "indicators[5].rule.rule.measure.of.field",
      "使用了未声明的字段 “fourGCardSwapped”",
      'field "fourGCardSwapped" is used but not declared',
    ],
    [
      "a duplicated indicator id",
      broken((d) => (d.indicators[1].id = d.indicators[0].id)),
      "indicators[1]",
      "重复的 id “unifiedPay”",
      'duplicate id "unifiedPay"',
    ],
    [
      "an unknown rule kind",
      broken((d) => (d.indicators[5].rule.kind = "clip")),
      "indicators[5].rule.kind",
      "种类应为以下之一：",
      'kind must be one of: banded, choose, clamp, fixed, gate, manual, perStep, perUnit, sum, when, found "clip"',
    ],
    [
      "a month that is not YYYY-MM",
      TEXT.replace('"month": "2014-05"', '"month": "2014年5月"'),
      "month",
      "应为“年-月”形式的月份",
      'expected a month as YYYY-MM, e.g. 2014-05, found "2014年5月"',
    ],
    [
      "a truncated JSON",
      TEXT.slice(0, 2000),
      expect.stringMatching(/^\(\d+:\d+\)$/),
      "提前结束：文件不完整",
      "the JSON ends early",
    ],
    [
      "a JSON with a syntax error",
      TEXT.replace('"month": "2014-05",', '"month": "2014-05",,'),
      "(4:22)",
      "第 4 行第 22 列处不是有效的 JSON",
      "not valid JSON at line 4, column 22",
    ],
  ])("%s: refused, naming the path and what was expected", (_name, text, path, zh, en) => {
    const r = readRuleSetText(text);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty("ruleSet");
    const problems = r.ok ? [] : r.problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        path,
        message: { "zh-CN": expect.stringContaining(zh), en: expect.stringContaining(en) },
      }),
    );
  });
});
