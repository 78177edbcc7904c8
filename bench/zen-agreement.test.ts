/**
 * The ZEN decision graph the bench compares against must do the same work as our engine: it gives
 * the rule book's worked examples, and the same scores as the engine on generated managers, to the cent.
 * The graph is a hand-written copy of the May rules, so this check belongs to the bench, not to
 * `npm test`: run it with `npm run bench:zen` (the engine bench also checks agreement on every run).
 */
import { scoreAll, xiaoshan201405 } from "../src/engine";
import type { ManagerResult } from "../src/engine/types";
import {
  REQUIRED_FIELDS,
  generateManagers,
  toZenRequest,
  type FieldValue,
  type GeneratedManager,
} from "./generate";
import { toManagerInput } from "./manager-input";
import { INDICATOR_IDS, type IndicatorId } from "./zen/scores";
import { ZenScorer, type ZenScores } from "./zen/scorer";
import { tables } from "./zen/tables";

/** A manager scoring inside every band's interior; each example overrides what it is about. */
const baseline: Record<string, FieldValue> = {
  payTarget: 2,
  payAccounts: 1,
  payRevenues: null,
  prepayPrincipal: null,
  gpNetAdds: 1,
  accessNetAdds: 1,
  bizNetAdds: 1,
  buildTarget: 60,
  buildCumulative: 60,
  buildThisMonth: 5,
  memberTarget: 300,
  memberCollected: 300,
  memberAuthenticity: 0.95,
  fourGTargetUsers: 80,
  fourGCardSwapped: 40,
  fourGPlanChanged: 30,
  contractTarget: 10,
  contractDone: 10,
  workPhoneTarget: 200,
  workPhoneNetAdds: 200,
  returnGroups: null,
  idleFortnights: null,
  presenceWeeksRequired: 4,
  presenceWeeksMet: 4,
  unvisitedGroups: 0,
  warningTimeliness: 0.98,
  warningTimelinessTarget: 0.98,
  groupSatisfaction: 0.85,
  goldReportRate: 0.96,
  goldSatisfaction: null,
  productSurvey: null,
  vipRecovery: 0.95,
  groupProductRecovery: 0.95,
  groupProductAnnualRecovery: 0.98,
  groupProductPaid: null,
  groupProductBilled: null,
  regionalScore: 8,
  adjustmentPoints: null,
  adjustmentReason: null,
};

type Example = [
  title: string,
  indicator: IndicatorId,
  fields: Record<string, FieldValue>,
  score: number | null,
];

const examples: Example[] = [
  [
    "统付: 2 accounts + 120000 and 30000 yuan + 7000 prepaid = 6 against 1 → 35",
    "unifiedPay",
    { payTarget: 1, payAccounts: 2, payRevenues: [120000, 30000], prepayPrincipal: 7000 },
    35,
  ],
  ["统付: target 0 counts as met without the over-target bonus → 10", "unifiedPay", { payTarget: 0 }, 10],
  ["统付: 1 of 2 accounts → 10 × 1 ÷ 2 = 5", "unifiedPay", { payTarget: 2, payAccounts: 1 }, 5],
  [
    "集团组建: 45 of 50 (90%) → 13.50",
    "groupBuild",
    { buildTarget: 50, buildCumulative: 45, buildThisMonth: 3 },
    13.5,
  ],
  [
    "集团组建: 30 of 50 with 16 this month → 10",
    "groupBuild",
    { buildTarget: 50, buildCumulative: 30, buildThisMonth: 16 },
    10,
  ],
  [
    "集团组建: 30 of 50 with 14 this month → 0",
    "groupBuild",
    { buildTarget: 50, buildCumulative: 30, buildThisMonth: 14 },
    0,
  ],
  [
    "成员收集: 270 of 300 at 85% authenticity → 0.85 × 9 = 7.65",
    "memberCollection",
    { memberTarget: 300, memberCollected: 270, memberAuthenticity: 0.85 },
    7.65,
  ],
  ["成员收集: authenticity below 80% scores 0", "memberCollection", { memberAuthenticity: 0.79 }, 0],
  ["4G换卡: 36 of 80 (45%) → 2.50", "fourGCard", { fourGTargetUsers: 80, fourGCardSwapped: 36 }, 2.5],
  [
    "4G换卡: 48 of 80 (60%) → 10 capped to 5.00",
    "fourGCard",
    { fourGTargetUsers: 80, fourGCardSwapped: 48 },
    5,
  ],
  [
    "4G换卡: 60 of 100 (60%) → 10.00 uncapped",
    "fourGCard",
    { fourGTargetUsers: 100, fourGCardSwapped: 60 },
    10,
  ],
  [
    "4G换卡: 47.3% → 0.5 × 7.3 = 3.65 (continuous)",
    "fourGCard",
    { fourGTargetUsers: 1000, fourGCardSwapped: 473 },
    3.65,
  ],
  ["4G换卡: below 40% deducts 5", "fourGCard", { fourGTargetUsers: 80, fourGCardSwapped: 31 }, -5],
  ["4G改套餐: 30% is the threshold → 0", "fourGPlan", { fourGTargetUsers: 80, fourGPlanChanged: 24 }, 0],
  [
    "服务进驻: the worked example → 2 + (3 − 0.4 − 0.3 − 0.2 + 0.5) = 4.60",
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
  [
    "服务进驻: 92.9% and 89% each deduct 0.05 → 2 + 2.90 = 4.90",
    "servicePresence",
    { vipRecovery: 0.929, groupProductRecovery: 0.89 },
    4.9,
  ],
  [
    "客户满意度: 78% is the interpolated band's floor → 0 + 2",
    "satisfaction",
    { groupSatisfaction: 0.78 },
    2,
  ],
  ["客户满意度: the lowest present rate decides", "satisfaction", { goldSatisfaction: 0.69 }, 1],
  [
    "欠费回收率: paid ÷ billed stands in for a blank annual rate",
    "arrearsRecovery",
    { groupProductAnnualRecovery: null, groupProductPaid: 97, groupProductBilled: 100 },
    2.5,
  ],
  ["区域短板: a blank score is pending and counts 0", "regionalShortfall", { regionalScore: null }, 0],
  ["区域短板: a score above the weight is not scored", "regionalShortfall", { regionalScore: 12 }, null],
  [
    "集团组建: an unusable cell leaves the indicator unscored",
    "groupBuild",
    { buildCumulative: "八十" },
    null,
  ],
];

let zen: ZenScorer;
beforeAll(() => {
  zen = new ZenScorer();
});
afterAll(() => zen.dispose());

describe("the ZEN graph gives the rule book's scores", () => {
  test.each(examples)("%s", async (_title, indicator, fields, score) => {
    const result = await zen.score({ ...baseline, ...fields });
    expect(result.scores[indicator]).toBe(score);
  });

  test("a pending regional score makes the total provisional", async () => {
    const result = await zen.score({ ...baseline, regionalScore: null });
    expect(result.provisional).toBe(true);
    expect(result.complete).toBe(true);
  });
});

const cents = (score: number | null) => (score === null ? null : Math.round(score * 100));

/** Every difference between the engine's and ZEN's result for one manager, in words. */
function differences(engine: ManagerResult, other: ZenScores): string[] {
  const found: string[] = [];
  for (const id of INDICATOR_IDS) {
    const ours = engine.indicators.find((i) => i.id === id)?.score;
    if (ours === undefined) found.push(`${id}: missing from the engine's result`);
    else if (cents(ours) !== cents(other.scores[id]))
      found.push(`${id}: engine ${ours}, ZEN ${other.scores[id]}`);
  }
  if (cents(engine.total) !== cents(other.total))
    found.push(`total: engine ${engine.total}, ZEN ${other.total}`);
  if (engine.complete !== other.complete)
    found.push(`complete: engine ${engine.complete}, ZEN ${other.complete}`);
  if (engine.provisional !== other.provisional) {
    found.push(`provisional: engine ${engine.provisional}, ZEN ${other.provisional}`);
  }
  return found;
}

/** The cells behind a disagreement: unusable texts and blank required fields. */
function oddCells(manager: GeneratedManager): string {
  const unusable = Object.entries(manager.unusable).map(([field, text]) => `${field}="${text}"`);
  const blank = REQUIRED_FIELDS.filter((f) => manager.values[f] === null && !(f in manager.unusable));
  return `unusable: ${unusable.join(", ") || "none"}; blank required: ${blank.join(", ") || "none"}`;
}

async function disagreements(managers: readonly GeneratedManager[]): Promise<string[]> {
  const results = scoreAll(xiaoshan201405, managers.map(toManagerInput));
  const found: string[] = [];
  for (let i = 0; i < managers.length; i++) {
    const differing = differences(results[i], await zen.score(toZenRequest(managers[i])));
    if (differing.length > 0)
      found.push(`${managers[i].name}: ${differing.join("; ")} (${oddCells(managers[i])})`);
  }
  return found;
}

type Case = [title: string, values: Record<string, FieldValue>, unusable?: Record<string, string>];

/** Cases where exact arithmetic, a skipped branch or a bad cell could make the two differ. */
const edgeCases: Case[] = [
  [
    "成员收集 of 0.843 × 10 × 473 ÷ 562 = 7.095 exactly rounds half away to 7.10",
    { memberTarget: 562, memberCollected: 473, memberAuthenticity: 0.843 },
  ],
  [
    "a compliance part of 3 − 2 − 0.5 − 0.435 = 0.065 rounds half away to 0.07",
    {
      presenceWeeksMet: 2,
      presenceWeeksRequired: 5,
      unvisitedGroups: 10,
      vipRecovery: 0.92,
      groupProductRecovery: 0.813,
    },
  ],
  [
    "a blank target is an input problem even when the authenticity gate is closed",
    { memberTarget: null, memberAuthenticity: 0.7 },
  ],
  [
    "an unusable 当月新建 leaves 集团组建 unscored even at 100%",
    { buildThisMonth: null },
    { buildThisMonth: "#DIV/0!" },
  ],
  ["an unusable 单家收入 list leaves 统付 unscored", { payRevenues: null }, { payRevenues: "八十" }],
  [
    "a bonus points cell out of bounds is not scored",
    { adjustmentPoints: -6, adjustmentReason: "模板填报差错" },
  ],
];

describe("ZEN and the engine agree to the cent", () => {
  test.each(edgeCases)("%s", async (_title, values, unusable = {}) => {
    const manager: GeneratedManager = {
      region: "城区",
      name: "网格经理09999",
      values: { ...baseline, ...values },
      unusable,
    };
    expect(await disagreements([manager])).toEqual([]);
  });

  test("on 400 generated managers, blanks and unusable cells included", async () => {
    const managers = generateManagers(400, { seed: 7, unusableShare: 0.1, blankShare: 0.1 });
    expect(await disagreements(managers)).toEqual([]);
  });
});

/** The `band` output of every decision table that `count` generated managers reach. */
async function bandsReached(count: number): Promise<Map<string, Set<string>>> {
  const zen = new ZenScorer();
  const reached = new Map(tables.map((t) => [t.id, new Set<string>()]));
  try {
    for (const manager of generateManagers(count, { unusableShare: 0.1, blankShare: 0.1 })) {
      const { trace } = await zen.evaluate(toZenRequest(manager));
      for (const table of tables) {
        const output = trace?.[table.id]?.output as { bands: Record<string, { band: string }> };
        reached.get(table.id)?.add(output.bands[table.id].band);
      }
    }
  } finally {
    zen.dispose();
  }
  return reached;
}

test("500 generated managers reach every band of every rule table", async () => {
  const reached = await bandsReached(500);
  for (const table of tables) {
    if (table.type !== "decisionTableNode") throw new Error(`${table.id} is not a decision table`);
    const bands = table.content.rules.map((rule) => JSON.parse(rule[`${table.id}-out-band`]) as string);
    expect({ table: table.id, missing: bands.filter((b) => !reached.get(table.id)?.has(b)) }).toEqual({
      table: table.id,
      missing: [],
    });
  }
});
