/**
 * fast-check arbitraries for managers whose inputs sit on and around every band edge of
 * xiaoshan-2014-05, typed the ways staff type them (fractions, percent points, blanks, bad text).
 */
import fc from "fast-check";
import type { SampleCell, SampleManager } from "../../scripts/reference-workbook";

const REGIONS = ["东片", "西片", "南片"];

/** A rate near the given edges, in hundredths of a percent (0.9201), sometimes typed as percent points. */
function rate(edges: readonly number[], spread = 0.004): fc.Arbitrary<SampleCell> {
  const near = fc
    .tuple(
      fc.constantFrom(...edges),
      fc.integer({ min: -Math.round(spread * 1e4), max: Math.round(spread * 1e4) }),
    )
    .map(([edge, d]) => Math.max(0, Math.round(edge * 1e4 + d)) / 1e4);
  return fc.oneof(
    { weight: 6, arbitrary: near },
    {
      weight: 2,
      arbitrary: near.map((x): SampleCell => ({ value: Math.round(x * 1e4) / 100, format: "General" })),
    },
    { weight: 1, arbitrary: fc.constantFrom<SampleCell>("八十", null, "８５％") },
  );
}

/** An actual count at a completion rate near the edges (or anything from 0 to 1.3 × target). */
function actualFor(target: number, edges: readonly number[]): fc.Arbitrary<number> {
  const atEdge = fc
    .tuple(fc.constantFrom(...edges), fc.integer({ min: -1, max: 1 }))
    .map(([e, d]) => Math.max(0, Math.round(target * e) + d));
  return fc.oneof(atEdge, fc.integer({ min: 0, max: Math.ceil(target * 1.3) + 2 }));
}

const completion = (targets: fc.Arbitrary<number>, edges: readonly number[]) =>
  targets.chain((t) => fc.tuple(fc.constant(t), actualFor(t, edges)));

const optionalCount = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }));

export const managerValues: fc.Arbitrary<Record<string, SampleCell>> = fc
  .record({
    pay: completion(fc.integer({ min: 0, max: 4 }), [1]),
    payRevenues: fc.oneof(
      fc.constant(null),
      fc.constantFrom<SampleCell>(0, 49_999, 50_000, 149_999, 150_000, "120000,30000", "12万"),
    ),
    prepayPrincipal: fc.oneof(
      fc.constant(null),
      fc.constantFrom<SampleCell>(0, 2999, 3000, 5999, 6000, 7000, "1,234"),
    ),
    gpNetAdds: fc.integer({ min: -3, max: 5 }),
    accessNetAdds: fc.integer({ min: -3, max: 5 }),
    bizNetAdds: fc.integer({ min: -3, max: 5 }),
    build: completion(fc.integer({ min: 0, max: 80 }), [0.8, 1]),
    buildThisMonth: fc.integer({ min: 13, max: 17 }),
    member: completion(fc.constantFrom(0, 50, 300, 301, 744), [0.8, 1]),
    memberAuthenticity: rate([0.8, 0.85, 0.9]),
    fourGTargetUsers: fc.constantFrom(0, 30, 80, 99, 100, 101, 150),
    fourGShares: fc.tuple(
      fc.constantFrom(0.3, 0.4, 0.45, 0.473, 0.6, 1.2),
      fc.constantFrom(0.3, 0.4, 0.45, 0.6, 1.2),
    ),
    contract: completion(fc.integer({ min: 0, max: 30 }), [0.4, 1]),
    workPhoneTarget: fc.integer({ min: 0, max: 400 }),
    workPhoneShare: fc.constantFrom(-0.01, 0, 0.5, 0.999, 1, 1.2),
    returnGroups: optionalCount,
    idleFortnights: optionalCount,
    presence: fc
      .integer({ min: 0, max: 5 })
      .chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: Math.max(0, w - 1), max: w + 1 }))),
    unvisitedGroups: fc.integer({ min: 0, max: 5 }),
    warningTimeliness: rate([0.95, 0.97, 1], 0.02),
    warningTimelinessTarget: fc.constantFrom<SampleCell>(0.95, 0.98, 1),
    vipRecovery: rate([0.92, 0.926, 0.93]),
    groupProductRecovery: rate([0.8, 0.85, 0.9], 0.01),
    groupSatisfaction: rate([0.7, 0.78, 0.785, 0.81]),
    goldReportRate: rate([0.75, 0.85, 0.9, 0.95]),
    annual: fc.oneof(
      rate([0.975]).map((h2) => ({ h2, paid: null as SampleCell, billed: null as SampleCell })),
      fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(0, 1000, 1025)).map(([paid, billed]) => ({
        h2: null as SampleCell,
        paid: paid as SampleCell,
        billed: billed as SampleCell,
      })),
    ),
    regionalScore: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
      fc.constant(10.5),
    ),
    adjustment: fc.oneof(
      fc.constant({ points: null as SampleCell, reason: null as SampleCell }),
      fc
        .integer({ min: -50, max: 50 })
        .map((x) => ({ points: (x / 10) as SampleCell, reason: "大项目" as SampleCell })),
      fc.constant({ points: 6 as SampleCell, reason: null as SampleCell }),
    ),
  })
  .map((g) => {
    const [card, plan] = g.fourGShares;
    return {
      payTarget: g.pay[0],
      payAccounts: g.pay[1],
      payRevenues: g.payRevenues,
      prepayPrincipal: g.prepayPrincipal,
      gpNetAdds: g.gpNetAdds,
      accessNetAdds: g.accessNetAdds,
      bizNetAdds: g.bizNetAdds,
      buildTarget: g.build[0],
      buildCumulative: g.build[1],
      buildThisMonth: g.buildThisMonth,
      memberTarget: g.member[0],
      memberCollected: g.member[1],
      memberAuthenticity: g.memberAuthenticity,
      fourGTargetUsers: g.fourGTargetUsers,
      fourGCardSwapped: Math.round(g.fourGTargetUsers * card),
      fourGPlanChanged: Math.round(g.fourGTargetUsers * plan),
      contractTarget: g.contract[0],
      contractDone: g.contract[1],
      workPhoneTarget: g.workPhoneTarget,
      workPhoneNetAdds: Math.round(g.workPhoneTarget * g.workPhoneShare),
      returnGroups: g.returnGroups,
      idleFortnights: g.idleFortnights,
      presenceWeeksRequired: g.presence[0],
      presenceWeeksMet: g.presence[1],
      unvisitedGroups: g.unvisitedGroups,
      warningTimeliness: g.warningTimeliness,
      warningTimelinessTarget: g.warningTimelinessTarget,
      vipRecovery: g.vipRecovery,
      groupProductRecovery: g.groupProductRecovery,
      groupProductAnnualRecovery: g.annual.h2,
      groupProductPaid: g.annual.paid,
      groupProductBilled: g.annual.billed,
      groupSatisfaction: g.groupSatisfaction,
      goldReportRate: g.goldReportRate,
      regionalScore: g.regionalScore,
      adjustmentPoints: g.adjustment.points,
      adjustmentReason: g.adjustment.reason,
    };
  });

/** A batch of managers, grouped by region (the region cell is merged down over each group). */
export const managerBatch = (size: number): fc.Arbitrary<SampleManager[]> =>
  fc
    .array(fc.tuple(fc.constantFrom(...REGIONS), managerValues), { minLength: size, maxLength: size })
    .map((list) =>
      list
        .map(([region, values], i) => ({ region, name: `经理${String(i + 1).padStart(3, "0")}`, values }))
        .sort((a, b) => a.region.localeCompare(b.region)),
    );
