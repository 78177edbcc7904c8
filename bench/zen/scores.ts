/**
 * The last node of the ZEN graph: each indicator's score rounded once to 2 decimals (ZEN's `round`
 * is half away from zero on exact decimals, like Excel's ROUND), the total of the scored ones, and
 * the completeness and provisional flags. Rules without bands are written here directly.
 */
import { expressionNode, type JdmNode } from "./jdm";

export const INDICATOR_IDS = [
  "unifiedPay",
  "groupProduct",
  "fullService",
  "groupBuild",
  "memberCollection",
  "fourGCard",
  "fourGPlan",
  "contracts",
  "workPhone",
  "highValueReturn",
  "servicePresence",
  "satisfaction",
  "arrearsRecovery",
  "regionalShortfall",
  "adjustment",
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

const when = (ready: string, score: string) => `${ready} ? round(${score}, 2) : null`;
const fromBand = (id: string) => when(`bands.${id}.score != null`, `bands.${id}.score`);
/** Manual points: blank counts 0, a number must lie within the bounds, anything else is not scored. */
const manual = (field: string, low: number, high: number) =>
  `${field} == null ? 0 : (type(${field}) != "number" ? null : (${field} >= ${low} and ${field} <= ${high} ? round(${field}, 2) : null))`;

const compliance =
  "3 - 0.2 * unvisitedGroups - 0.1 * m.servicePresence.timelinessShortfallPp" +
  " + bands.vipRecoveryPart.points + bands.groupProductRecoveryPart.points";

const scoreExpressions: Record<IndicatorId, string> = {
  unifiedPay: fromBand("unifiedPay"),
  groupProduct: when("m.groupProduct.ready", "3 * max([gpNetAdds, 0])"),
  fullService: when("m.fullService.ready", "3 * max([accessNetAdds, 0]) + 1.5 * max([bizNetAdds, 0])"),
  groupBuild: fromBand("groupBuild"),
  memberCollection: when(
    "bands.memberGate.k != null and bands.memberCollection.score != null",
    // k × 10 × C ÷ T, dividing last: ZEN's decimals keep 28 digits, so k × (10 × C ÷ T) can land a
    // hair below an exact half cent (0.843 × 10 × 473 ÷ 562 = 7.095 exactly).
    'bands.memberCollection.band == "proportional" ? bands.memberGate.k * 10 * memberCollected / memberTarget : bands.memberGate.k * bands.memberCollection.score',
  ),
  fourGCard: fromBand("fourGCard"),
  fourGPlan: fromBand("fourGPlan"),
  contracts: fromBand("contracts"),
  workPhone: fromBand("workPhone"),
  highValueReturn: when("m.highValueReturn.ready", "5 * (returnGroups ?? 0) - 5 * (idleFortnights ?? 0)"),
  servicePresence: when(
    "m.servicePresence.ready",
    `(presenceWeeksMet >= presenceWeeksRequired ? 2 : 0) + max([0, min([3, ${compliance}])])`,
  ),
  satisfaction: when("m.satisfaction.ready", "bands.satisfactionA.points + bands.satisfactionB.points"),
  arrearsRecovery: when(
    "m.arrearsRecovery.ready",
    "(vipRecovery >= 0.93 ? 2.5 : 0) + (m.arrearsRecovery.annualRate >= 0.975 ? 2.5 : 0)",
  ),
  regionalShortfall: manual("regionalScore", 0, 10),
  adjustment: manual("adjustmentPoints", -5, 5),
};

const allScores = `[${INDICATOR_IDS.map((id) => `$.scores.${id}`).join(", ")}]`;

export const scores: JdmNode = expressionNode(
  "scores",
  {
    ...Object.fromEntries(INDICATOR_IDS.map((id) => [`scores.${id}`, scoreExpressions[id]])),
    total: `sum(filter(${allScores}, # != null))`,
    complete: `none(${allScores}, # == null)`,
    provisional: "regionalScore == null",
  },
  false,
);
