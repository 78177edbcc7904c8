import {
  checkRuleSet,
  parseRuleSet,
  ruleSetSchema,
  RuleSetError,
  xiaoshan201405,
  xiaoshan201405Data,
  type RuleSet,
} from "../../src/engine";

interface Band {
  from?: unknown;
  to?: unknown;
  score: unknown;
}
interface Data {
  indicators: Array<{
    id: string;
    weight: number;
    rule: { bands: Band[]; rule: { bands: Band[] } } & Record<string, unknown>;
  }>;
  fields: Array<{ id: string; group: string } & Record<string, unknown>>;
  parameters: Record<string, { value: unknown; options?: unknown[] }>;
}

function data(): Data {
  return structuredClone(xiaoshan201405Data) as Data;
}
const ind = (d: Data, id: string) => d.indicators.find((i) => i.id === id)!;

/** Structural validation only (zod), so the checker sees what binding would reject. */
function check(d: Data) {
  return checkRuleSet(ruleSetSchema.parse(d) as RuleSet).map((m) => [
    m.severity,
    m.code,
    m.path,
    m.message.en,
  ]);
}

describe("the checker", () => {
  test("passes the shipped rule set without a message", () => {
    expect(checkRuleSet(xiaoshan201405)).toEqual([]);
  });

  test("reports overlapping bands", () => {
    const d = data();
    ind(d, "groupBuild").rule.bands[1].to = 1.1;
    expect(check(d)).toEqual([
      ["error", "bandOverlap", "indicators[3].rule.bands[0]", "band [1, +∞) overlaps [0.8, 1.1)"],
    ]);
  });

  test("reports a gap between bands", () => {
    const d = data();
    ind(d, "contracts").rule.bands[1].from = 0.5;
    expect(check(d)).toEqual([
      ["error", "bandGap", "indicators[7].rule.bands[1]", "no band between 0.4 and 0.5"],
    ]);
  });

  test("reports a value range no band covers", () => {
    const d = data();
    ind(d, "contracts").rule.bands.splice(2, 1);
    expect(check(d)).toEqual([["error", "bandGap", "indicators[7].rule.bands[1]", "no band below 0.4"]]);
  });

  test("reports gate bands that overlap", () => {
    const d = data();
    (ind(d, "memberCollection").rule.bands as Band[])[0].from = 0.85;
    expect(check(d)).toEqual([
      ["error", "bandOverlap", "indicators[4].rule.bands[0]", "band [0.85, +∞) overlaps [0.8, 0.9)"],
    ]);
  });

  test("reports a field used but not declared", () => {
    const d = data();
    d.fields = d.fields.filter((f) => f.id !== "buildThisMonth");
    expect(check(d)).toEqual([
      [
        "error",
        "fieldUndeclared",
        "indicators[3].rule.bands[2].score.rule.if.measure.field",
        'field "buildThisMonth" is used but not declared',
      ],
    ]);
  });

  test("warns about a field declared but unused", () => {
    const d = data();
    d.fields.push({ ...d.fields[0], id: "spare" });
    expect(check(d)).toEqual([
      ["warning", "fieldUnused", "fields[39]", 'field "spare" is declared but no rule uses it'],
    ]);
  });

  test("reports weights of scored indicators not summing to 100", () => {
    const d = data();
    ind(d, "contracts").weight = 6;
    expect(check(d)).toEqual([
      [
        "error",
        "weightsNot100",
        "indicators",
        "weights of the scored (non-bonus) indicators sum to 101, not 100",
      ],
    ]);
  });

  test("reports an unknown parameter reference (and parseRuleSet refuses it)", () => {
    const d = data();
    ind(d, "groupProduct").rule.negative = { param: "netDecline" };
    expect(check(d)).toEqual([
      ["error", "parameterUnknown", "indicators[1].rule.negative", 'unknown parameter "netDecline"'],
    ]);
    expect(() => parseRuleSet(d)).toThrow('indicators[1].rule.negative: unknown parameter "netDecline"');
  });

  test("warns about a parameter nothing references", () => {
    const d = data();
    ind(d, "groupProduct").rule.negative = "zero";
    ind(d, "fullService").rule.parts = (
      ind(d, "fullService").rule.parts as Array<{ rule: Record<string, unknown> }>
    ).map((p) => ({ ...p, rule: { ...p.rule, negative: "zero" } }));
    expect(check(d)).toEqual([
      ["warning", "parameterUnused", "parameters.netDecrease", 'parameter "netDecrease" is not referenced'],
    ]);
  });

  test("reports a parameter value that does not fit where it is used", () => {
    const d = data();
    d.parameters.netDecrease = { ...d.parameters.netDecrease, value: 3 };
    const messages = check(d);
    expect(messages.map((m) => m[1])).toEqual([
      "parameterInvalid",
      "parameterInvalid",
      "parameterInvalid",
      "parameterInvalid",
    ]);
    expect(messages[0][2]).toBe("parameters.netDecrease.value");
    expect(messages[0][3]).toBe('parameter "netDecrease" is 3, expected one of: "zero", "deduct"');
    expect(messages[1][2]).toBe("indicators[1].rule.negative");
  });

  test("reports a parameter option that a choice has no rule for", () => {
    const d = data();
    d.parameters.presenceScoring.options = ["passFail", "proportional", "graded"];
    expect(check(d)).toEqual([
      [
        "error",
        "choiceMissing",
        "indicators[10].rule.parts[0].rule.options",
        'no rule for option "graded" of parameter "presenceScoring"',
      ],
    ]);
  });

  test("messages come in zh-CN too", () => {
    const d = data();
    ind(d, "contracts").weight = 6;
    expect(checkRuleSet(ruleSetSchema.parse(d) as RuleSet)[0].message["zh-CN"]).toBe(
      "计分指标(不含加扣分项)权重合计 101, 应为 100",
    );
  });
});

describe("parseRuleSet", () => {
  test("rejects an unknown rule kind with the path", () => {
    const d = data();
    ind(d, "contracts").rule.kind = "lookup";
    expect(() => parseRuleSet(d)).toThrow(RuleSetError);
    expect(() => parseRuleSet(d)).toThrow(
      /indicators\[7\]\.rule\.kind: unknown rule kind; expected one of banded, choose/,
    );
  });

  test("rejects a missing attribute with the path", () => {
    const d = data();
    delete ind(d, "contracts").rule.full;
    expect(() => parseRuleSet(d)).toThrow(/indicators\[7\]\.rule\.full/);
  });

  test("rejects non-object data", () => {
    expect(() => parseRuleSet(42)).toThrow(RuleSetError);
  });
});

describe("binding parameters", () => {
  test("a choice whose parameter names no option is refused", () => {
    const d = data();
    d.parameters.presenceScoring = { ...d.parameters.presenceScoring, value: "graded", options: undefined };
    expect(() => parseRuleSet(d)).toThrow(
      'indicators[10].rule.parts[0].rule.by: no rule for "graded" among the options',
    );
  });
});
