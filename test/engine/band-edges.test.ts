/**
 * Every indicator just below, at and just above each band edge. Each row: the fields changed from
 * the full-marks manager, and the rounded score the rule book (docs/rules) gives.
 */
import type { PlainValue } from "../../src/engine";
import { scoreOf } from "./fixtures";

type Row = [string, Record<string, PlainValue>, number];

const EDGES: Record<string, Row[]> = {
  unifiedPay: [
    ["E = 7 of 10 → 10 × 7 ÷ 10", { payTarget: 10, payAccounts: 7 }, 7],
    ["E = 9 of 10 → 9", { payTarget: 10, payAccounts: 9 }, 9],
    ["E = T → 10", { payTarget: 10, payAccounts: 10 }, 10],
    ["E = T + 1 → 10 + 5", { payTarget: 10, payAccounts: 11 }, 15],
    ["revenue 49,999 adds no account", { payTarget: 10, payAccounts: 0, payRevenues: [49999] }, 0],
    ["revenue 50,000 adds one account", { payTarget: 10, payAccounts: 0, payRevenues: [50000] }, 1],
    [
      "revenues 100,000 and 49,999 add two",
      { payTarget: 10, payAccounts: 0, payRevenues: [100000, 49999] },
      2,
    ],
    ["prepaid 2,999 adds none", { payTarget: 10, payAccounts: 0, prepayPrincipal: 2999 }, 0],
    ["prepaid 3,000 adds one", { payTarget: 10, payAccounts: 0, prepayPrincipal: 3000 }, 1],
    ["prepaid 5,999 adds one", { payTarget: 10, payAccounts: 0, prepayPrincipal: 5999 }, 1],
  ],
  groupProduct: [
    ["net decrease −1 scores 0", { gpNetAdds: -1 }, 0],
    ["0 scores 0", { gpNetAdds: 0 }, 0],
    ["1 scores 3", { gpNetAdds: 1 }, 3],
    ["uncapped: 4 scores 12", { gpNetAdds: 4 }, 12],
  ],
  fullService: [
    ["A=1, B=1 → 4.5", { accessNetAdds: 1, bizNetAdds: 1 }, 4.5],
    ["A=−2, B=3 → 0 + 4.5", { accessNetAdds: -2, bizNetAdds: 3 }, 4.5],
    ["uncapped: A=6, B=2 → 21", { accessNetAdds: 6, bizNetAdds: 2 }, 21],
  ],
  groupBuild: [
    ["79% with 14 built this month → 0", { buildTarget: 100, buildCumulative: 79, buildThisMonth: 14 }, 0],
    ["79% with 15 built this month → 10", { buildTarget: 100, buildCumulative: 79, buildThisMonth: 15 }, 10],
    ["80% → 15 × 0.8 = 12", { buildTarget: 100, buildCumulative: 80, buildThisMonth: 0 }, 12],
    ["99% → 14.85", { buildTarget: 100, buildCumulative: 99 }, 14.85],
    ["100% → 15", { buildTarget: 100, buildCumulative: 100 }, 15],
    ["101% → 15 (no bonus)", { buildTarget: 100, buildCumulative: 101 }, 15],
  ],
  memberCollection: [
    ["authenticity 79.99% → 0", { memberAuthenticity: 0.7999 }, 0],
    ["authenticity 80% → coefficient 0.8", { memberAuthenticity: 0.8 }, 8],
    ["authenticity 89.99% → 8.999 → 9.00", { memberAuthenticity: 0.8999 }, 9],
    ["authenticity 90% → 10", { memberAuthenticity: 0.9 }, 10],
    ["79% collected → 0", { memberTarget: 100, memberCollected: 79 }, 0],
    ["80% collected → 8", { memberTarget: 100, memberCollected: 80 }, 8],
    ["99% collected → 9.9", { memberTarget: 100, memberCollected: 99 }, 9.9],
    ["150% collected → 10", { memberTarget: 100, memberCollected: 150 }, 10],
  ],
  fourGCard: [
    ["39% → −5", { fourGTargetUsers: 100, fourGCardSwapped: 39 }, -5],
    ["40% → 0", { fourGTargetUsers: 100, fourGCardSwapped: 40 }, 0],
    ["41% → 0.5", { fourGTargetUsers: 100, fourGCardSwapped: 41 }, 0.5],
    ["50% → 5", { fourGTargetUsers: 80, fourGCardSwapped: 40 }, 5],
    ["51.25% with 80 users → capped 5", { fourGTargetUsers: 80, fourGCardSwapped: 41 }, 5],
    ["99 users, 60 swapped → 10.3 capped to 5", { fourGTargetUsers: 99, fourGCardSwapped: 60 }, 5],
    ["101 users, 71 swapped → 15.15 uncapped", { fourGTargetUsers: 101, fourGCardSwapped: 71 }, 15.15],
  ],
  fourGPlan: [
    ["29% → −5", { fourGTargetUsers: 100, fourGPlanChanged: 29 }, -5],
    ["30% → 0", { fourGTargetUsers: 100, fourGPlanChanged: 30 }, 0],
    ["31% → 0.5", { fourGTargetUsers: 100, fourGPlanChanged: 31 }, 0.5],
    ["45% with 80 users → capped 5", { fourGTargetUsers: 80, fourGPlanChanged: 36 }, 5],
  ],
  contracts: [
    ["30% → 0", { contractTarget: 10, contractDone: 3 }, 0],
    ["39% → 0", { contractTarget: 100, contractDone: 39 }, 0],
    ["40% → 2", { contractTarget: 10, contractDone: 4 }, 2],
    ["90% → 4.5", { contractTarget: 10, contractDone: 9 }, 4.5],
    ["100% → 5", { contractTarget: 10, contractDone: 10 }, 5],
    ["120% → 5", { contractTarget: 10, contractDone: 12 }, 5],
  ],
  workPhone: [
    ["net decrease → 0", { workPhoneNetAdds: -5 }, 0],
    ["0 → 0", { workPhoneNetAdds: 0 }, 0],
    ["1% → 0.05", { workPhoneNetAdds: 1 }, 0.05],
    ["99% → 4.95", { workPhoneNetAdds: 99 }, 4.95],
    ["150% → 5", { workPhoneNetAdds: 150 }, 5],
  ],
  highValueReturn: [
    ["2 groups, 1 idle fortnight → 5", { returnGroups: 2, idleFortnights: 1 }, 5],
    ["blanks count 0", { returnGroups: null, idleFortnights: null }, 0],
    ["no cap either way: 0 groups, 3 idle → −15", { returnGroups: 0, idleFortnights: 3 }, -15],
  ],
  servicePresence: [
    ["3 of 4 weeks → presence 0", { presenceWeeksMet: 3 }, 3],
    // u = 5 (−1) and h = 85% (−0.25) keep compliance below its cap: 1.75 + the g part.
    ["g 93% → +0.5", { unvisitedGroups: 5, groupProductRecovery: 0.85, vipRecovery: 0.93 }, 4.25],
    [
      "g 92.99% → −0.005 → 3.745 → 3.75",
      { unvisitedGroups: 5, groupProductRecovery: 0.85, vipRecovery: 0.9299 },
      3.75,
    ],
    ["g 92% → −0.5", { unvisitedGroups: 5, groupProductRecovery: 0.85, vipRecovery: 0.92 }, 3.25],
    ["g 91.99% → −0.5", { unvisitedGroups: 5, groupProductRecovery: 0.85, vipRecovery: 0.9199 }, 3.25],
    ["h 90% → +0.5", { unvisitedGroups: 5, vipRecovery: 0.926, groupProductRecovery: 0.9 }, 4.3],
    ["h 89% → −0.05", { unvisitedGroups: 5, vipRecovery: 0.926, groupProductRecovery: 0.89 }, 3.75],
    ["h 80% → −0.5", { unvisitedGroups: 5, vipRecovery: 0.926, groupProductRecovery: 0.8 }, 3.3],
    ["h 79.99% → −0.5", { unvisitedGroups: 5, vipRecovery: 0.926, groupProductRecovery: 0.7999 }, 3.3],
    ["timeliness 1 pp below target → −0.1", { unvisitedGroups: 5, warningTimeliness: 0.97 }, 4.9],
    ["timeliness above target → no deduction", { unvisitedGroups: 5, warningTimeliness: 0.99 }, 5],
    ["compliance never below 0", { unvisitedGroups: 30 }, 2],
  ],
  satisfaction: [
    ["s 81% → 3 + 2", { groupSatisfaction: 0.81 }, 5],
    ["s 80.99% → 2.99 + 2", { groupSatisfaction: 0.8099 }, 4.99],
    ["s 78% → 0 + 2", { groupSatisfaction: 0.78 }, 2],
    ["s 77.99% → 0 + 2", { groupSatisfaction: 0.7799 }, 2],
    ["s 70% → 0 + 2", { groupSatisfaction: 0.7 }, 2],
    ["s 69.99% → −1 + 2", { groupSatisfaction: 0.6999 }, 1],
    ["m 95% → 3 + 2", { goldReportRate: 0.95 }, 5],
    ["m 94.99% → 3 + 1.998", { goldReportRate: 0.9499 }, 5],
    ["m 90% → 3 + 1", { goldReportRate: 0.9 }, 4],
    ["m 85% → 3 + 0", { goldReportRate: 0.85 }, 3],
    ["m 84.99% → 3 + 0", { goldReportRate: 0.8499 }, 3],
    ["m 75% → 3 + 0", { goldReportRate: 0.75 }, 3],
    ["m 74.99% → 3 − 1", { goldReportRate: 0.7499 }, 2],
    ["both low → −2", { groupSatisfaction: 0.5, goldReportRate: 0.5 }, -2],
    ["the lowest rate present counts: gold 79% → 1 + 2", { goldSatisfaction: 0.79 }, 3],
  ],
  arrearsRecovery: [
    ["g 93% and h₂ 97.5% → 5", { vipRecovery: 0.93, groupProductAnnualRecovery: 0.975 }, 5],
    ["g 92.99% → 0 + 2.5", { vipRecovery: 0.9299 }, 2.5],
    ["h₂ 97.49% → 2.5 + 0", { groupProductAnnualRecovery: 0.9749 }, 2.5],
    [
      "h₂ blank: paid ÷ billed 975/1000 → 5",
      { groupProductAnnualRecovery: null, groupProductPaid: 975, groupProductBilled: 1000 },
      5,
    ],
    [
      "h₂ blank: paid ÷ billed 974/1000 → 2.5",
      { groupProductAnnualRecovery: null, groupProductPaid: 974, groupProductBilled: 1000 },
      2.5,
    ],
    [
      "h₂ blank, nothing billed → counts as met",
      { groupProductAnnualRecovery: null, groupProductPaid: 0, groupProductBilled: 0 },
      5,
    ],
  ],
  regionalShortfall: [
    ["0 → 0", { regionalScore: 0 }, 0],
    ["7.5 → 7.5", { regionalScore: 7.5 }, 7.5],
    ["10 → 10", { regionalScore: 10 }, 10],
  ],
  adjustment: [
    ["−5 → −5", { adjustmentPoints: -5, adjustmentReason: "投诉" }, -5],
    ["5 → 5", { adjustmentPoints: 5, adjustmentReason: "大项目" }, 5],
    ["blank → 0", { adjustmentPoints: null }, 0],
  ],
};

describe.each(Object.entries(EDGES))("%s at its band edges", (id, rows) => {
  test.each(rows)("%s", (_name, overrides, expected) => {
    expect(scoreOf(id, overrides)).toBe(expected);
  });
});
