/**
 * Plausible actuals for every field of `xiaoshan-2014-05`, one function per indicator. Each first
 * picks a band of the rule book (edges included) and then draws values inside it, so a few thousand
 * managers visit every band. Targets follow the ranges of the branch's roster.
 */
import type { Random } from "./random";

/** A field's value: a number, a list of amounts, text (a reason), or blank (null). */
export type FieldValue = number | number[] | string | null;
export type FieldValues = Record<string, FieldValue>;

/** An actual for `target` in a band of completion rates [low, high] (fractions), whole units. */
function actualInBand(rnd: Random, target: number, low: number, high: number): number {
  return rnd.int(
    Math.ceil(target * low - 1e-9),
    Math.max(Math.ceil(target * low - 1e-9), Math.floor(target * high)),
  );
}

/** Actuals below, inside, at the edges of and above a proportional band [floor, 1). */
function actualAround(rnd: Random, target: number, floor: number): number {
  switch (rnd.int(0, 4)) {
    case 0:
      return rnd.int(0, Math.max(0, Math.ceil(target * floor) - 1));
    case 1:
      return Math.ceil(target * floor - 1e-9);
    case 2:
      return actualInBand(rnd, target, floor, 0.999);
    case 3:
      return target;
    default:
      return actualInBand(rnd, target, 1, 1.3);
  }
}

/** A target, 0 now and then (the target-0 convention). */
function target(rnd: Random, low: number, high: number): number {
  return rnd.chance(0.01) ? 0 : rnd.int(low, high);
}

function unifiedPay(rnd: Random): FieldValues {
  const payTarget = rnd.chance(0.02) ? 0 : rnd.pick([1, 1, 1, 2, 3]);
  const payAccounts = rnd.chance(0.4)
    ? rnd.int(0, Math.max(0, payTarget - 1))
    : rnd.int(payTarget, payTarget + 2);
  const payRevenues = rnd.chance(0.6)
    ? null
    : Array.from({ length: rnd.int(1, 3) }, () => rnd.pick([50000, 100000, rnd.int(50, 1800) * 100]));
  const prepayPrincipal = rnd.chance(0.6) ? null : rnd.pick([3000, 6000, rnd.int(0, 120) * 100]);
  return { payTarget, payAccounts, payRevenues, prepayPrincipal };
}

function groupBuild(rnd: Random): FieldValues {
  const buildTarget = target(rnd, 57, 73);
  const buildCumulative = actualAround(rnd, buildTarget, 0.8);
  const buildThisMonth = rnd.pick([rnd.int(0, 14), 15, rnd.int(15, 25)]);
  return { buildTarget, buildCumulative, buildThisMonth };
}

function memberCollection(rnd: Random): FieldValues {
  const memberTarget = target(rnd, 240, 744);
  const memberAuthenticity = rnd.pick([
    rnd.rate(0.6, 0.799),
    0.8,
    rnd.rate(0.8, 0.899),
    0.9,
    rnd.rate(0.9, 1),
  ]);
  return { memberTarget, memberCollected: actualAround(rnd, memberTarget, 0.8), memberAuthenticity };
}

/** 4G: completion in percent points around the threshold (40 or 30), uncapped above 100 users. */
function fourGActual(rnd: Random, users: number, threshold: number): number {
  const pp = rnd.pick([
    rnd.int(0, threshold - 1),
    threshold,
    rnd.int(threshold, threshold + 10),
    rnd.int(50, 100),
  ]);
  return Math.round((users * pp) / 100);
}

function fourG(rnd: Random): FieldValues {
  const fourGTargetUsers = rnd.chance(0.01) ? 0 : rnd.pick([rnd.int(30, 99), rnd.int(30, 108), 100]);
  return {
    fourGTargetUsers,
    fourGCardSwapped: fourGActual(rnd, fourGTargetUsers, 40),
    fourGPlanChanged: fourGActual(rnd, fourGTargetUsers, 30),
  };
}

function workload(rnd: Random): FieldValues {
  const contractTarget = target(rnd, 10, 24);
  const workPhoneTarget = target(rnd, 102, 374);
  return {
    gpNetAdds: rnd.int(-3, 6),
    accessNetAdds: rnd.int(-2, 5),
    bizNetAdds: rnd.int(-3, 6),
    contractTarget,
    contractDone: actualAround(rnd, contractTarget, 0.4),
    workPhoneTarget,
    workPhoneNetAdds: rnd.int(-20, workPhoneTarget + 50),
    returnGroups: rnd.chance(0.3) ? null : rnd.int(0, 3),
    idleFortnights: rnd.chance(0.4) ? null : rnd.int(0, 2),
  };
}

function servicePresence(rnd: Random): FieldValues {
  const presenceWeeksRequired = rnd.pick([4, 4, 5]);
  return {
    presenceWeeksRequired,
    presenceWeeksMet: rnd.chance(0.7) ? presenceWeeksRequired : rnd.int(0, presenceWeeksRequired),
    unvisitedGroups: rnd.pick([0, 0, 0, 1, 2, rnd.int(3, 20)]),
    warningTimeliness: rnd.pick([rnd.rate(0.85, 1), 0.98, 0.95]),
    warningTimelinessTarget: rnd.pick([0.9, 0.95, 0.98]),
    vipRecovery: rnd.pick([
      rnd.rate(0.85, 0.919),
      0.92,
      rnd.rate(0.92, 0.929, 4),
      0.929,
      0.93,
      rnd.rate(0.93, 1),
    ]),
    groupProductRecovery: rnd.pick([
      rnd.rate(0.7, 0.799),
      0.8,
      rnd.rate(0.8, 0.899),
      0.89,
      0.9,
      rnd.rate(0.9, 1),
    ]),
  };
}

function satisfaction(rnd: Random): FieldValues {
  const band = () =>
    rnd.pick([
      rnd.rate(0.6, 0.699),
      0.7,
      rnd.rate(0.7, 0.779),
      0.78,
      rnd.rate(0.78, 0.809),
      0.81,
      rnd.rate(0.81, 1),
    ]);
  return {
    groupSatisfaction: band(),
    goldSatisfaction: rnd.chance(0.3) ? band() : null,
    productSurvey: rnd.chance(0.3) ? band() : null,
    goldReportRate: rnd.pick([
      rnd.rate(0.6, 0.749),
      0.75,
      rnd.rate(0.75, 0.849),
      0.85,
      rnd.rate(0.85, 0.949),
      0.95,
      1,
    ]),
  };
}

/** 欠费回收率's second rate: the annual rate, or (blank) paid ÷ billed. */
function arrears(rnd: Random): FieldValues {
  const rate = rnd.pick([rnd.rate(0.9, 0.974, 4), 0.975, rnd.rate(0.975, 1, 4)]);
  if (rnd.chance(0.6)) {
    return { groupProductAnnualRecovery: rate, groupProductPaid: null, groupProductBilled: null };
  }
  const groupProductBilled = rnd.int(5000, 200000);
  return {
    groupProductAnnualRecovery: null,
    groupProductPaid: Math.round(groupProductBilled * rate),
    groupProductBilled,
  };
}

/** Manual items: a pending (blank) regional score now and then; adjustments with and without reasons. */
function manual(rnd: Random): FieldValues {
  const regionalScore = rnd.chance(0.08) ? null : rnd.chance(0.01) ? 12 : rnd.int(0, 100) / 10;
  const adjusted = rnd.chance(0.25);
  const adjustmentPoints = !adjusted ? null : rnd.chance(0.04) ? -6 : rnd.pick([-5, -2, -0.5, 1, 2.5, 5]);
  const adjustmentReason =
    adjusted && rnd.chance(0.7) ? rnd.pick(["大项目贡献", "模板填报差错", "专项奖励"]) : null;
  return { regionalScore, adjustmentPoints, adjustmentReason };
}

/** All fields of one manager. */
export function drawFieldValues(rnd: Random): FieldValues {
  return {
    ...unifiedPay(rnd),
    ...groupBuild(rnd),
    ...memberCollection(rnd),
    ...fourG(rnd),
    ...workload(rnd),
    ...servicePresence(rnd),
    ...satisfaction(rnd),
    ...arrears(rnd),
    ...manual(rnd),
  };
}
