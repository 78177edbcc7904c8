/**
 * The first node of the ZEN graph: per indicator, whether its inputs are usable (`ready`) and the
 * measure its bands test (rates, equivalent accounts, the lowest satisfaction…), written from
 * the rule book (docs/rules) in ZEN's expression language. A field is usable when it holds a number; optional fields
 * may also be blank (null). Unusable cells arrive as their text and so fail `type(…) == "number"`.
 */
import { expressionNode, type JdmNode } from "./jdm";

const num = (field: string) => `type(${field}) == "number"`;
const blankOrNum = (field: string) => `(${field} == null or ${num(field)})`;
const allNum = (...fields: string[]) => fields.map(num).join(" and ");
/** actual ÷ target; null when not ready or the target is 0 (the table's target-0 row decides). */
const ratio = (id: string, actual: string, target: string) =>
  `$.m.${id}.ready and ${target} != 0 ? ${actual} / ${target} : null`;

export const measures: JdmNode = expressionNode("measures", {
  "m.unifiedPay.ready": `${allNum("payTarget", "payAccounts")} and (payRevenues == null or (type(payRevenues) == "array" and all(payRevenues, type(#) == "number"))) and ${blankOrNum("prepayPrincipal")}`,
  "m.unifiedPay.equivalent": `$.m.unifiedPay.ready ? payAccounts + sum(map(payRevenues ?? [], floor(# / 50000))) + floor((prepayPrincipal ?? 0) / 3000) : null`,
  "m.unifiedPay.r": ratio("unifiedPay", "$.m.unifiedPay.equivalent", "payTarget"),

  "m.groupProduct.ready": num("gpNetAdds"),
  "m.fullService.ready": allNum("accessNetAdds", "bizNetAdds"),

  "m.groupBuild.ready": allNum("buildTarget", "buildCumulative", "buildThisMonth"),
  "m.groupBuild.r": ratio("groupBuild", "buildCumulative", "buildTarget"),

  "m.memberCollection.ready": allNum("memberTarget", "memberCollected", "memberAuthenticity"),
  "m.memberCollection.r": ratio("memberCollection", "memberCollected", "memberTarget"),

  "m.fourGCard.ready": allNum("fourGTargetUsers", "fourGCardSwapped"),
  "m.fourGCard.p": ratio("fourGCard", "fourGCardSwapped * 100", "fourGTargetUsers"),
  "m.fourGPlan.ready": allNum("fourGTargetUsers", "fourGPlanChanged"),
  "m.fourGPlan.p": ratio("fourGPlan", "fourGPlanChanged * 100", "fourGTargetUsers"),

  "m.contracts.ready": allNum("contractTarget", "contractDone"),
  "m.contracts.r": ratio("contracts", "contractDone", "contractTarget"),
  "m.workPhone.ready": allNum("workPhoneTarget", "workPhoneNetAdds"),
  "m.workPhone.r": ratio("workPhone", "workPhoneNetAdds", "workPhoneTarget"),

  "m.highValueReturn.ready": `${blankOrNum("returnGroups")} and ${blankOrNum("idleFortnights")}`,

  "m.servicePresence.ready": allNum(
    "presenceWeeksRequired",
    "presenceWeeksMet",
    "unvisitedGroups",
    "warningTimeliness",
    "warningTimelinessTarget",
    "vipRecovery",
    "groupProductRecovery",
  ),
  "m.servicePresence.timelinessShortfallPp": `$.m.servicePresence.ready and warningTimeliness < warningTimelinessTarget ? (warningTimelinessTarget - warningTimeliness) * 100 : 0`,

  "m.satisfaction.ready": `${allNum("groupSatisfaction", "goldReportRate")} and ${blankOrNum("goldSatisfaction")} and ${blankOrNum("productSurvey")}`,
  "m.satisfaction.lowest": `$.m.satisfaction.ready ? min(filter([groupSatisfaction, goldSatisfaction, productSurvey], # != null)) : null`,

  "m.arrearsRecovery.ready": `${num("vipRecovery")} and (${num("groupProductAnnualRecovery")} or (groupProductAnnualRecovery == null and ${allNum("groupProductPaid", "groupProductBilled")}))`,
  "m.arrearsRecovery.annualRate": `$.m.arrearsRecovery.ready ? (groupProductAnnualRecovery ?? (groupProductBilled == 0 ? 1 : groupProductPaid / groupProductBilled)) : null`,
});
