import { parseRuleSet, xiaoshan201405Data } from "../../src/engine";
import { runCases } from "../../src/rules/cases";

const data = xiaoshan201405Data as Record<string, unknown>;

function withCases(cases: unknown[]) {
  return parseRuleSet({ ...data, cases });
}

describe("runCases", () => {
  test("reports a score that differs from the expected one, with both numbers", () => {
    const [o] = runCases(
      withCases([
        {
          name: { "zh-CN": "wrong", en: "wrong" },
          inputs: { buildTarget: 50, buildCumulative: 45, buildThisMonth: 3 },
          expected: { groupBuild: 14 },
        },
      ]),
    );
    expect(o.ok).toBe(false);
    expect(o.checks).toEqual([{ indicator: "groupBuild", expected: 14, actual: 13.5, ok: false }]);
  });

  test("an indicator left unscored by its inputs fails with actual null", () => {
    const [o] = runCases(
      withCases([
        {
          name: { "zh-CN": "blank", en: "blank" },
          inputs: { buildTarget: null },
          expected: { groupBuild: 0 },
        },
      ]),
    );
    expect(o.checks[0]).toMatchObject({ actual: null, ok: false });
  });

  test("runs a case under its own parameter values", () => {
    const inputs = { fourGTargetUsers: 1000, fourGCardSwapped: 473 };
    const [cont, whole] = runCases(
      withCases([
        { name: { "zh-CN": "continuous", en: "continuous" }, inputs, expected: { fourGCard: 3.65 } },
        {
          name: { "zh-CN": "whole", en: "whole" },
          parameters: { stepMode: "whole" },
          inputs,
          expected: { fourGCard: 3.5 },
        },
      ]),
    );
    expect([cont.ok, whole.ok]).toEqual([true, true]);
  });

  test("names an unknown field, indicator or parameter value instead of scoring", () => {
    const [o] = runCases(
      withCases([
        {
          name: { "zh-CN": "typos", en: "typos" },
          parameters: { stepMode: "halves" },
          inputs: { buildTarge: 50 },
          expected: { groupBild: 1 },
        },
      ]),
    );
    expect(o.ok).toBe(false);
    expect(o.checks).toEqual([]);
    expect(o.faults.map((f) => f.en)).toEqual([
      'input names undeclared field "buildTarge"',
      'expects unknown indicator "groupBild"',
      expect.stringContaining("parameters not usable"),
    ]);
  });
});
