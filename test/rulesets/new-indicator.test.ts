/**
 * Adding an indicator made of existing rule kinds is a change to the rule set's JSON and nothing
 * else. The rule set here is May's data plus one indicator written in this test as JSON (物联网卡发展:
 * two new input columns, a banded completion rate) with its worked example in `cases`; the sample
 * generator, the sheet layout, detection, scoring and the case runner take it from the data alone,
 * and the workbook is scored end to end through the memory host.
 */
import { xiaoshan201405, xiaoshan201405Data, type RuleSet } from "../../src/engine";
import { readRuleSetData } from "../../src/engine/ruleset-read";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { MemoryHost } from "../../src/hosts/memory";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { runCases } from "../../src/rules/cases";
import { scoreWorkbook, type ScoreRun } from "../../src/sheet/pipeline";
import { SHEET_NAME, referenceLayout, type ReferenceLayout } from "../../scripts/reference-layout";
import { referenceWorkbook, type SampleManager } from "../../scripts/reference-workbook";
import { sampleManagers } from "../../scripts/sample-managers";

/** The new indicator, its two fields and its worked example, as a branch would write them in the JSON. */
const ADDITION = {
  indicator: {
    id: "iotCards",
    category: "keyWork",
    name: { "zh-CN": "物联网卡发展", en: "IoT cards" },
    headers: ["物联网卡发展"],
    weight: 5,
    bonus: false,
    rule: {
      kind: "banded",
      measure: {
        kind: "ratio",
        of: { kind: "field", field: "iotDone" },
        to: { kind: "field", field: "iotTarget" },
        zeroTarget: { param: "targetZero" },
        label: { "zh-CN": "完成率", en: "completion rate" },
      },
      full: 5,
      bands: [
        { from: 1, score: { type: "fixed", points: 5 } },
        { from: 0.5, to: 1, score: { type: "proportional" } },
        { to: 0.5, score: { type: "fixed", points: 0 } },
      ],
    },
  },
  fields: [
    {
      id: "iotTarget",
      type: "count",
      name: { "zh-CN": "物联网卡目标", en: "IoT card target" },
      group: "iotCards",
      headers: ["物联网卡目标", "目标"],
      optional: false,
    },
    {
      id: "iotDone",
      type: "count",
      name: { "zh-CN": "物联网卡完成", en: "IoT cards done" },
      group: "iotCards",
      headers: ["物联网卡完成", "完成"],
      optional: false,
    },
  ],
  case: {
    name: { "zh-CN": "物联网卡发展：目标 20，完成 15 → 5 × 75% = 3.75", en: "iotCards: 15 of 20 → 3.75" },
    inputs: { iotTarget: 20, iotDone: 15 },
    expected: { iotCards: 3.75 },
  },
};

/** May's data with the addition; 全业务渗透 gives up the 5 points of weight it takes (the total stays 100). */
function mayPlusOne(): unknown {
  const data = structuredClone(xiaoshan201405Data) as {
    indicators: Array<{ id: string; weight: number }>;
    fields: unknown[];
    cases: unknown[];
  };
  data.indicators.find((i) => i.id === "fullService")!.weight -= 5;
  data.indicators.push(ADDITION.indicator);
  data.fields.push(...ADDITION.fields);
  data.cases.push(ADDITION.case);
  return data;
}

async function scored(rs: RuleSet, managers: SampleManager[], layout: ReferenceLayout): Promise<ScoreRun> {
  const wb = referenceWorkbook(managers, new Date(Date.UTC(2014, 6, 1)), layout);
  const file = await ExcelJsHost.load(await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save());
  const host = new MemoryHost([await file.readSheet(SHEET_NAME)]);
  return scoreWorkbook(host, { ruleSet: rs, locale: "zh-CN" });
}

/** The new indicator's score read from its JSON above: 5 from 100%, 5 × rate from 50%, else 0. */
function expectedIot(values: SampleManager["values"]): number {
  const rate = Number(values.iotDone) / Number(values.iotTarget);
  return rate >= 1 ? 5 : rate >= 0.5 ? Math.round(5 * rate * 100) / 100 : 0;
}

describe("a rule set of May plus one indicator, written as JSON only", () => {
  const read = readRuleSetData(mayPlusOne());
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  const rs = read.ruleSet;
  const layout = referenceLayout(rs, { title: "萧山分公司2014年7月网格客户经理统一考核表" });
  const managers = sampleManagers(rs, layout, 20140701);

  test("is read without a finding, and its own cases pass, the new one included", () => {
    expect(read.warnings).toEqual([]);
    const outcomes = runCases(rs);
    expect(outcomes.length).toBe((xiaoshan201405.cases ?? []).length + 1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });

  test("the sample generator and the sheet layout take the new columns from the data", () => {
    const iot = layout.categories.flatMap((c) => c.indicators).find((i) => i.id === "iotCards");
    expect(iot?.fields.map((f) => f.id)).toEqual(["iotTarget", "iotDone"]);
    for (const m of managers) {
      expect(typeof m.values.iotTarget).toBe("number");
      expect(typeof m.values.iotDone).toBe("number");
    }
  });

  test("scores end to end through the memory host: the new indicator as its JSON says, May's as May", async () => {
    const run = await scored(rs, managers, layout);
    expect(run.detection.ok).toBe(true);
    expect(run.detection.fields.iotTarget).toBeDefined();
    expect(run.detection.fields.iotDone).toBeDefined();
    expect(run.report.managers).toHaveLength(managers.length);
    const iot = run.report.managers.map((m) => m.indicators.iotCards?.score);
    expect(iot).toEqual(managers.map((m) => expectedIot(m.values)));

    // Every other indicator scores as under May, for the same managers on May's own layout.
    const may = await scored(
      xiaoshan201405,
      managers,
      referenceLayout(xiaoshan201405, { title: layout.title }),
    );
    const scores = (r: ScoreRun, id: string) => r.report.managers.map((m) => m.indicators[id]?.score);
    for (const ind of xiaoshan201405.indicators)
      expect([ind.id, scores(run, ind.id)]).toEqual([ind.id, scores(may, ind.id)]);

    const written = run.plan.blocks.flatMap((b) => b.values.flat());
    expect(written).toContain("物联网卡发展");
  });
});
