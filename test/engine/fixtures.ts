/** Shared test fixtures: a manager who earns full marks everywhere, and helpers to vary it. */
import {
  evaluateManager,
  managerFromValues,
  xiaoshan201405,
  type ManagerResult,
  type PlainValue,
  type RuleSet,
} from "../../src/engine";

/** Every field filled so that every scored indicator earns exactly its weight (total 101: +1 from groupProduct's uncapped 6). */
export const FULL_MARKS: Readonly<Record<string, PlainValue>> = {
  payTarget: 1,
  payAccounts: 1,
  payRevenues: null,
  prepayPrincipal: null,
  gpNetAdds: 2,
  accessNetAdds: 5,
  bizNetAdds: 0,
  buildTarget: 50,
  buildCumulative: 50,
  buildThisMonth: 0,
  memberTarget: 100,
  memberCollected: 100,
  memberAuthenticity: 0.95,
  fourGTargetUsers: 50,
  fourGCardSwapped: 25,
  fourGPlanChanged: 20,
  contractTarget: 10,
  contractDone: 10,
  workPhoneTarget: 100,
  workPhoneNetAdds: 100,
  returnGroups: 0,
  idleFortnights: 0,
  presenceWeeksRequired: 4,
  presenceWeeksMet: 4,
  unvisitedGroups: 0,
  warningTimeliness: 0.98,
  warningTimelinessTarget: 0.98,
  vipRecovery: 0.95,
  groupProductRecovery: 0.95,
  groupSatisfaction: 0.9,
  goldSatisfaction: null,
  productSurvey: null,
  goldReportRate: 0.96,
  groupProductAnnualRecovery: 0.98,
  groupProductPaid: null,
  groupProductBilled: null,
  regionalScore: 10,
  adjustmentPoints: 0,
  adjustmentReason: null,
};

export function manager(overrides: Record<string, PlainValue> = {}, region = "城区", name = "测试经理") {
  return managerFromValues(region, name, { ...FULL_MARKS, ...overrides });
}

export function evaluate(
  overrides: Record<string, PlainValue> = {},
  rs: RuleSet = xiaoshan201405,
): ManagerResult {
  return evaluateManager(rs, manager(overrides));
}

export function indicator(result: ManagerResult, id: string) {
  const r = result.indicators.find((i) => i.id === id);
  if (r === undefined) throw new Error(`no indicator ${id}`);
  return r;
}

/** The rounded score of one indicator for the full-marks manager with some fields changed. */
export function scoreOf(
  id: string,
  overrides: Record<string, PlainValue> = {},
  rs: RuleSet = xiaoshan201405,
) {
  return indicator(evaluate(overrides, rs), id).score;
}
