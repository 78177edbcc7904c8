import { withParameters, xiaoshan201405 } from "../../src/engine";
import { scoreOf } from "./fixtures";

describe("the worked examples of RULES.md", () => {
  test.each([
    [
      "unifiedPay: T=1, n=2, revenues 120000 and 30000, S=7000 → E=6 → 35",
      "unifiedPay",
      { payTarget: 1, payAccounts: 2, payRevenues: [120000, 30000], prepayPrincipal: 7000 },
      35,
    ],
    [
      "groupBuild: T=50, C=45, M=3 → 13.50",
      "groupBuild",
      { buildTarget: 50, buildCumulative: 45, buildThisMonth: 3 },
      13.5,
    ],
    [
      "groupBuild: T=50, C=30, M=16 → 10",
      "groupBuild",
      { buildTarget: 50, buildCumulative: 30, buildThisMonth: 16 },
      10,
    ],
    [
      "memberCollection: T=300, C=270, a=85% → 0.85 × 9 = 7.65",
      "memberCollection",
      { memberTarget: 300, memberCollected: 270, memberAuthenticity: 0.85 },
      7.65,
    ],
    ["fourGCard: U=80, K=36 → 45% → 2.50", "fourGCard", { fourGTargetUsers: 80, fourGCardSwapped: 36 }, 2.5],
    [
      "fourGCard: U=80, K=48 → 60% → 10 capped to 5",
      "fourGCard",
      { fourGTargetUsers: 80, fourGCardSwapped: 48 },
      5,
    ],
    [
      "fourGCard: U=100, K=60 → 10 (no cap from 100 users)",
      "fourGCard",
      { fourGTargetUsers: 100, fourGCardSwapped: 60 },
      10,
    ],
    [
      "servicePresence: W=4, w=4, u=2, q=95%, qT=98%, g=92.6%, h=91% → 4.60",
      "servicePresence",
      {
        presenceWeeksRequired: 4,
        presenceWeeksMet: 4,
        unvisitedGroups: 2,
        warningTimeliness: 0.95,
        warningTimelinessTarget: 0.98,
        vipRecovery: 0.926,
        groupProductRecovery: 0.91,
      },
      4.6,
    ],
  ])("%s", (_name, id, overrides, expected) => {
    expect(scoreOf(id, overrides)).toBe(expected);
  });

  test("continuous steps: 47.3% on fourGCard gives 0.5 × 7.3 = 3.65", () => {
    expect(scoreOf("fourGCard", { fourGTargetUsers: 1000, fourGCardSwapped: 473 })).toBe(3.65);
  });

  test("whole steps (parameter stepMode): 47.3% gives 7 steps = 3.50", () => {
    const whole = withParameters(xiaoshan201405, { stepMode: "whole" });
    expect(scoreOf("fourGCard", { fourGTargetUsers: 1000, fourGCardSwapped: 473 }, whole)).toBe(3.5);
  });

  test("continuous deduction: g = 92.9% costs 0.1 × 0.1 ÷ 0.2 = 0.05 (compliance 3 − 1 − 0.25 − 0.05)", () => {
    // u = 5 (−1) and h = 85% (−0.25) keep the compliance part below its cap so the deduction shows.
    expect(
      scoreOf("servicePresence", { unvisitedGroups: 5, groupProductRecovery: 0.85, vipRecovery: 0.929 }),
    ).toBe(3.7);
  });
});
