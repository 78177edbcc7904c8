/**
 * The bundled sample's 28 managers: the seed's five regions (城区 7, 开发区 5, 瓜沥 7, 临浦 5,
 * 义蓬 4), invented names, targets in the ranges of the branch's roster, and actuals that
 * exercise every rule. Plain managers are filled from a seeded PRNG; the managers listed in
 * `CASES` carry the values each rule needs (the rule book's worked examples among them).
 */
import type { RuleSet } from "../src/engine";
import { walkNodes } from "../src/engine/walk";
import { xiaoshan201405 } from "../src/rulesets";
import { unplannedValues } from "./unplanned-values";
import type { ReferenceLayout } from "./reference-layout";
import type { SampleCell, SampleManager } from "./reference-workbook";

const ROSTER: ReadonlyArray<[region: string, names: string[]]> = [
  ["城区", ["林晓岚", "陈思远", "赵一帆", "孙雨桐", "周子墨", "吴若溪", "郑浩然"]],
  ["开发区", ["钱梦琪", "冯嘉树", "褚明轩", "卫书瑶", "蒋天佑"]],
  ["瓜沥", ["韩晴川", "杨沐阳", "朱可欣", "秦海宁", "许星河", "何语嫣", "吕成章"]],
  ["临浦", ["施雅楠", "张北辰", "孔令仪", "曹景行", "严若岚"]],
  ["义蓬", ["华清扬", "金铭远", "魏晓彤", "陶安然"]],
];

type Values = Record<string, SampleCell | undefined>;

/** What each special manager exercises, by name. */
export const CASES: Readonly<Record<string, { covers: string; values: Values }>> = {
  林晓岚: {
    covers: "full marks everywhere; a manual adjustment with its reason",
    values: {
      payAccounts: 1,
      gpNetAdds: 1,
      accessNetAdds: 3,
      bizNetAdds: 4,
      buildTarget: 60,
      buildCumulative: 62,
      memberTarget: 300,
      memberCollected: 320,
      memberAuthenticity: 0.95,
      fourGTargetUsers: 80,
      fourGCardSwapped: 48,
      fourGPlanChanged: 36,
      contractTarget: 12,
      contractDone: 13,
      workPhoneTarget: 200,
      workPhoneNetAdds: 210,
      presenceWeeksMet: 4,
      unvisitedGroups: 0,
      warningTimeliness: 0.99,
      groupSatisfaction: 0.85,
      goldReportRate: 0.96,
      vipRecovery: 0.95,
      groupProductRecovery: 0.92,
      groupProductAnnualRecovery: 0.98,
      regionalScore: 10,
      adjustmentPoints: 2,
      adjustmentReason: "承接区域重点项目，对区域有大项目贡献",
    },
  },
  陈思远: {
    covers: "unifiedPay's uncapped bonus (the rule book's example: 35)",
    values: { payTarget: 1, payAccounts: 2, payRevenues: "120000,30000", prepayPrincipal: 7000 },
  },
  赵一帆: {
    covers: "partial bands (groupBuild 90% → 13.50; memberCollection 0.85 × 9 = 7.65)",
    values: {
      buildTarget: 50,
      buildCumulative: 45,
      buildThisMonth: 3,
      memberTarget: 300,
      memberCollected: 270,
      memberAuthenticity: 0.85,
    },
  },
  孙雨桐: {
    covers: "the 4G cap exception (target users ≥ 100: 13.65 uncapped)",
    values: { fourGTargetUsers: 104, fourGCardSwapped: 70, fourGPlanChanged: 40 },
  },
  周子墨: {
    covers: "a bad cell: 八十 typed in a rate field",
    values: { memberAuthenticity: "八十" },
  },
  吴若溪: {
    covers: "servicePresence's example (4.60), the timeliness typed as 95 (percent points)",
    values: {
      presenceWeeksRequired: 4,
      presenceWeeksMet: 4,
      unvisitedGroups: 2,
      warningTimeliness: { value: 95, format: "General" },
      warningTimelinessTarget: 0.98,
      vipRecovery: 0.926,
      groupProductRecovery: 0.91,
    },
  },
  郑浩然: {
    covers: "a rate typed as 80 (satisfaction 80% in the interpolated band: 2.00)",
    values: { groupSatisfaction: { value: 80, format: "General" }, goldReportRate: 0.9 },
  },
  钱梦琪: {
    covers: "deductions: both 4G indicators below their thresholds (−5 each)",
    values: { fourGTargetUsers: 60, fourGCardSwapped: 18, fourGPlanChanged: 12 },
  },
  冯嘉树: {
    covers: "a pending regional score (blank: total provisional)",
    values: { regionalScore: null },
  },
  褚明轩: {
    covers: "a manual adjustment without a reason (warning)",
    values: { adjustmentPoints: -1, adjustmentReason: null },
  },
  卫书瑶: {
    covers: "a 万 revenue list (6万、1.5万 → one extra account)",
    values: { payTarget: 1, payAccounts: 1, payRevenues: "6万、1.5万" },
  },
  蒋天佑: {
    covers: "groupBuild below 80% saved by 16 groups built this month (10)",
    values: { buildTarget: 60, buildCumulative: 40, buildThisMonth: 16 },
  },
  韩晴川: {
    covers: "a target of 0 (contracts met by convention)",
    values: { contractTarget: 0, contractDone: 3 },
  },
  杨沐阳: {
    covers: "arrears with the annual rate blank: paid ÷ billed",
    values: { groupProductAnnualRecovery: null, groupProductPaid: 98000, groupProductBilled: 100000 },
  },
  朱可欣: { covers: "4G target users 108", values: { fourGTargetUsers: 108, fourGCardSwapped: 50 } },
  施雅楠: { covers: "4G target users 103", values: { fourGTargetUsers: 103, fourGCardSwapped: 66 } },
  华清扬: {
    covers: "high-value return with an idle penalty; satisfaction below 70% (−1)",
    values: { fourGTargetUsers: 104, returnGroups: 2, idleFortnights: 1, groupSatisfaction: 0.68 },
  },
};

/** mulberry32: a small, well-known seeded PRNG, so the sample is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible values for every field (rates as fractions to 0.1%). */
export function plainValues(random: () => number): Values {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const rate = (lo: number, hi: number) => Math.round((lo + random() * (hi - lo)) * 1000) / 1000;
  const buildTarget = int(57, 73);
  const memberTarget = int(240, 744);
  const users = int(30, 99);
  const contractTarget = int(10, 24);
  const workPhoneTarget = int(102, 374);
  const annual = random() < 0.8;
  return {
    payTarget: 1,
    payAccounts: int(0, 2),
    payRevenues: random() < 0.3 ? `${int(20, 90) * 1000}` : null,
    prepayPrincipal: random() < 0.3 ? int(1, 9) * 1000 : null,
    gpNetAdds: int(-1, 3),
    accessNetAdds: int(0, 4),
    bizNetAdds: int(0, 6),
    buildTarget,
    buildCumulative: Math.round(buildTarget * rate(0.75, 1.1)),
    buildThisMonth: int(2, 18),
    memberTarget,
    memberCollected: Math.round(memberTarget * rate(0.7, 1.15)),
    memberAuthenticity: rate(0.78, 1),
    fourGTargetUsers: users,
    fourGCardSwapped: Math.round(users * rate(0.3, 0.6)),
    fourGPlanChanged: Math.round(users * rate(0.2, 0.45)),
    contractTarget,
    contractDone: Math.round(contractTarget * rate(0.3, 1.2)),
    workPhoneTarget,
    workPhoneNetAdds: Math.round(workPhoneTarget * rate(0.5, 1.1)),
    returnGroups: random() < 0.3 ? int(1, 2) : null,
    idleFortnights: null,
    presenceWeeksRequired: 4,
    presenceWeeksMet: int(3, 4),
    unvisitedGroups: int(0, 3),
    warningTimeliness: rate(0.9, 1),
    warningTimelinessTarget: 0.98,
    groupSatisfaction: rate(0.7, 0.9),
    goldReportRate: rate(0.74, 1),
    vipRecovery: rate(0.91, 0.97),
    groupProductRecovery: rate(0.78, 0.96),
    groupProductAnnualRecovery: annual ? rate(0.95, 1) : null,
    groupProductPaid: annual ? null : int(80, 100) * 1000,
    groupProductBilled: annual ? null : 100000,
    regionalScore: int(50, 100) / 10,
    adjustmentPoints: null,
    adjustmentReason: null,
  };
}

/** Each field a manual-entry rule reads → the highest score the rule set lets it enter. */
export function manualMaxima(rs: RuleSet): Map<string, number> {
  const out = new Map<string, number>();
  for (const ind of rs.indicators)
    walkNodes(ind.rule, "", (node) => {
      if (node.kind !== "manual" || typeof node.field !== "string") return;
      const max = node.max as number | { param: string } | undefined;
      const value = typeof max === "object" ? rs.parameters[max.param]?.value : max;
      if (typeof value === "number") out.set(node.field, value);
    });
  return out;
}

/**
 * `plainValues` and `CASES` enter manual scores (区域短板, 加扣分) within May's limits; under a rule set
 * with another highest score they are rescaled to it (to 0.1), so that they stay in range.
 */
function fitManualScores(values: Values, maxima: ReadonlyMap<string, number>): Values {
  const out = { ...values };
  for (const [field, max] of maxima) {
    const planned = MAY_MAXIMA.get(field);
    const v = out[field];
    if (typeof v === "number" && planned !== undefined && max !== planned)
      out[field] = Math.round((v * max * 10) / planned) / 10;
  }
  return out;
}

const MAY_MAXIMA = manualMaxima(xiaoshan201405);

/** The sample's managers for a rule set and the sheet's layout, the same on every run for one seed. */
export function sampleManagers(rs: RuleSet, layout: ReferenceLayout, seed: number): SampleManager[] {
  const random = prng(seed);
  const maxima = manualMaxima(rs);
  return ROSTER.flatMap(([region, names]) =>
    names.map((name) => {
      const planned = plainValues(random);
      const values = {
        ...planned,
        ...unplannedValues(
          rs,
          layout.fields.map((f) => f.id),
          planned,
          random,
        ),
        ...CASES[name]?.values,
      };
      return { region, name, values: fitManualScores(values, maxima) };
    }),
  );
}
