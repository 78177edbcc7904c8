import { withParameters, xiaoshan201405, RuleSetError, type FieldInput } from "../../src/engine";
import { evaluate, indicator, manager, scoreOf } from "./fixtures";
import { evaluateManager } from "../../src/engine";

describe("target 0 and target blank", () => {
  test("a target of 0 counts as met: full weight, no over-target bonus", () => {
    expect(scoreOf("unifiedPay", { payTarget: 0, payAccounts: 5 })).toBe(10);
    expect(scoreOf("groupBuild", { buildTarget: 0, buildCumulative: 0 })).toBe(15);
    expect(scoreOf("contracts", { contractTarget: 0, contractDone: 0 })).toBe(5);
    expect(scoreOf("fourGCard", { fourGTargetUsers: 0, fourGCardSwapped: 0 })).toBe(5);
  });

  test("a target of 0 still passes through the authenticity gate", () => {
    expect(
      scoreOf("memberCollection", { memberTarget: 0, memberCollected: 0, memberAuthenticity: 0.85 }),
    ).toBe(8.5);
  });

  test("parameter targetZero = notScored turns a target of 0 into an input problem", () => {
    const rs = withParameters(xiaoshan201405, { targetZero: "notScored" });
    const r = indicator(evaluate({ contractTarget: 0 }, rs), "contracts");
    expect(r.score).toBeNull();
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([["contractTarget", "outOfBounds"]]);
  });

  test("a blank target leaves only that indicator unscored, with a 'blank' problem", () => {
    const result = evaluate({ memberTarget: null });
    const r = indicator(result, "memberCollection");
    expect(r.score).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ field: "memberTarget", code: "blank" })]);
    expect(result.complete).toBe(false);
    expect(result.indicators.filter((i) => i.score === null).map((i) => i.id)).toEqual(["memberCollection"]);
    expect(result.total).toBe(91);
  });

  test("a field without a column is a 'missingColumn' problem for the indicators that need it", () => {
    const result = evaluate({ fourGTargetUsers: undefined });
    expect(indicator(result, "fourGCard").problems[0]).toMatchObject({
      field: "fourGTargetUsers",
      code: "missingColumn",
    });
    expect(indicator(result, "fourGPlan").score).toBeNull();
  });
});

describe("unusable inputs", () => {
  test("a negative count is an input problem (the engine guards the parser)", () => {
    const r = indicator(evaluate({ payAccounts: -1 }), "unifiedPay");
    expect(r.score).toBeNull();
    expect(r.problems[0]).toMatchObject({ field: "payAccounts", code: "negative" });
  });

  test("a fractional count is an input problem", () => {
    expect(indicator(evaluate({ contractDone: 2.5 }), "contracts").problems[0].code).toBe("notWhole");
  });

  test("a parser's problem on a cell is carried into every indicator that reads it", () => {
    const m = manager();
    const bad: FieldInput = {
      value: null,
      cell: "Q7",
      text: "八十",
      problem: {
        cell: "Q7",
        field: "fourGTargetUsers",
        found: "八十",
        expected: "a number",
        code: "notANumber",
      },
    };
    const result = evaluateManager(xiaoshan201405, { ...m, fields: { ...m.fields, fourGTargetUsers: bad } });
    for (const id of ["fourGCard", "fourGPlan"]) {
      expect(indicator(result, id).problems).toEqual([bad.problem]);
    }
    expect(result.indicators.filter((i) => i.score === null)).toHaveLength(2);
  });

  test("a blank target is a problem even when the authenticity gate is closed", () => {
    const r = indicator(evaluate({ memberAuthenticity: 0.5, memberTarget: null }), "memberCollection");
    expect(r.score).toBeNull();
    expect(r.problems[0]).toMatchObject({ field: "memberTarget", code: "blank" });
  });

  test("an unusable input of a branch that did not apply still leaves the indicator unscored", () => {
    const r = indicator(evaluate({ buildThisMonth: "#DIV/0!" }), "groupBuild");
    expect(r.score).toBeNull();
    expect(r.problems[0]).toMatchObject({ field: "buildThisMonth", code: "notANumber" });
  });

  test("a fallback's unusable input does not matter while the first alternative is filled", () => {
    expect(scoreOf("arrearsRecovery", { groupProductPaid: "#DIV/0!" })).toBe(5);
  });

  test("all alternatives of the annual recovery blank is a problem, not a silent 0", () => {
    const r = indicator(evaluate({ groupProductAnnualRecovery: null }), "arrearsRecovery");
    expect(r.score).toBeNull();
    expect(r.problems[0]).toMatchObject({ field: "groupProductAnnualRecovery", code: "blank" });
  });
});

describe("gate coefficients", () => {
  test.each([
    [0.85, 8.5],
    [0.8, 8],
    [0.9, 10],
    [0.5, 0],
  ])("authenticity %p gives %p for a complete collection", (a, expected) => {
    expect(scoreOf("memberCollection", { memberAuthenticity: a })).toBe(expected);
  });

  test("parameter authenticityCoefficient may be a fixed number", () => {
    const rs = withParameters(xiaoshan201405, { authenticityCoefficient: 0.5 });
    expect(scoreOf("memberCollection", { memberAuthenticity: 0.85 }, rs)).toBe(5);
  });
});

describe("manual entries", () => {
  test("a regional score above its bound is not scored", () => {
    const r = indicator(evaluate({ regionalScore: 10.5 }), "regionalShortfall");
    expect(r.score).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: "outOfBounds", expected: "0 ~ 10" });
  });

  test("a negative regional score is not scored", () => {
    expect(indicator(evaluate({ regionalScore: -1 }), "regionalShortfall").problems[0].code).toBe(
      "outOfBounds",
    );
  });

  test("a blank regional score is pending: counts 0, the total is provisional", () => {
    const result = evaluate({ regionalScore: null });
    const r = indicator(result, "regionalShortfall");
    expect(r.score).toBe(0);
    expect(r.warnings).toEqual([expect.objectContaining({ code: "pending", field: "regionalScore" })]);
    expect(result.provisional).toBe(true);
    expect(result.complete).toBe(true);
  });

  test("adjustment points outside ±5 are not scored", () => {
    expect(indicator(evaluate({ adjustmentPoints: 5.01 }), "adjustment").problems[0].code).toBe(
      "outOfBounds",
    );
    expect(indicator(evaluate({ adjustmentPoints: -6 }), "adjustment").score).toBeNull();
  });

  test("adjustment points without a reason are scored with a warning", () => {
    const r = indicator(evaluate({ adjustmentPoints: 3 }), "adjustment");
    expect(r.score).toBe(3);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "reasonMissing", field: "adjustmentReason" }),
    ]);
  });

  test("adjustment points with a reason carry no warning", () => {
    expect(
      indicator(evaluate({ adjustmentPoints: 3, adjustmentReason: "大项目贡献" }), "adjustment").warnings,
    ).toEqual([]);
  });
});

describe("parameters change results without code", () => {
  test("prepayQuotient exact: 7,000 yuan counts 7000 ÷ 3000 accounts", () => {
    const rs = withParameters(xiaoshan201405, { prepayQuotient: "exact" });
    // E = 0 + 2.333… of T = 10 → 10 × 2.333… ÷ 10 = 2.33
    expect(scoreOf("unifiedPay", { payTarget: 10, payAccounts: 0, prepayPrincipal: 7000 }, rs)).toBe(2.33);
    expect(scoreOf("unifiedPay", { payTarget: 10, payAccounts: 0, prepayPrincipal: 7000 })).toBe(2);
  });

  test("netDecrease deduct: −2 net groups deduct 6", () => {
    const rs = withParameters(xiaoshan201405, { netDecrease: "deduct" });
    expect(scoreOf("groupProduct", { gpNetAdds: -2 }, rs)).toBe(-6);
  });

  test("fourGShortfallPoints 0: below the threshold scores 0 instead of −5", () => {
    const rs = withParameters(xiaoshan201405, { fourGShortfallPoints: 0 });
    expect(scoreOf("fourGCard", { fourGTargetUsers: 100, fourGCardSwapped: 10 }, rs)).toBe(0);
  });

  test("cap exception '=' 100: 101 users are capped again", () => {
    const rs = withParameters(xiaoshan201405, { fourGCapExceptionComparison: "=" });
    expect(scoreOf("fourGCard", { fourGTargetUsers: 101, fourGCardSwapped: 71 }, rs)).toBe(5);
    expect(scoreOf("fourGCard", { fourGTargetUsers: 100, fourGCardSwapped: 60 }, rs)).toBe(10);
  });

  test("cap exception threshold 120: 101 users are capped", () => {
    const rs = withParameters(xiaoshan201405, { fourGCapExceptionUsers: 120 });
    expect(scoreOf("fourGCard", { fourGTargetUsers: 101, fourGCardSwapped: 71 }, rs)).toBe(5);
  });

  test("presenceScoring proportional: 3 of 4 weeks give 1.5", () => {
    const rs = withParameters(xiaoshan201405, { presenceScoring: "proportional" });
    expect(scoreOf("servicePresence", { presenceWeeksMet: 3 }, rs)).toBe(4.5);
  });

  test("satisfactionCombine average: 90% and 72% average 81% → full part A", () => {
    const rs = withParameters(xiaoshan201405, { satisfactionCombine: "average" });
    expect(scoreOf("satisfaction", { goldSatisfaction: 0.72 }, rs)).toBe(5);
    expect(scoreOf("satisfaction", { goldSatisfaction: 0.72 })).toBe(2);
  });

  test("regionalScoreBlank zero: a blank regional score is 0 and not provisional", () => {
    const rs = withParameters(xiaoshan201405, { regionalScoreBlank: "zero" });
    const result = evaluate({ regionalScore: null }, rs);
    expect(indicator(result, "regionalShortfall").score).toBe(0);
    expect(result.provisional).toBe(false);
  });

  test("scoreDecimals 1 rounds each indicator to one decimal", () => {
    const rs = withParameters(xiaoshan201405, { scoreDecimals: 1 });
    expect(
      scoreOf("memberCollection", { memberTarget: 300, memberCollected: 270, memberAuthenticity: 0.85 }, rs),
    ).toBe(7.7);
  });

  test("a word a rule cannot use is rejected when the parameter is set", () => {
    expect(() => withParameters(xiaoshan201405, { stepMode: "halves" })).toThrow(RuleSetError);
    expect(() => withParameters(xiaoshan201405, { noSuchParameter: 1 })).toThrow(/no such parameter/);
  });
});

describe("totals", () => {
  test("the full-marks manager totals 101 (groupProduct is uncapped at 6)", () => {
    const result = evaluate();
    expect(result.total).toBe(101);
    expect(result.complete).toBe(true);
    expect(result.provisional).toBe(false);
    expect(result.indicators.every((i) => i.lost === 0)).toBe(true);
  });

  test("lost points are weight − score for scored, non-bonus indicators only", () => {
    const result = evaluate({ buildCumulative: 45, adjustmentPoints: -3, adjustmentReason: "投诉" });
    expect(indicator(result, "groupBuild").lost).toBe(1.5);
    expect(indicator(result, "adjustment").lost).toBe(0);
  });
});
