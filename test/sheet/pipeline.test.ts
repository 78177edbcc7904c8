import { xiaoshan201405 as RS } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { cellAddress, columnLetter } from "../../src/sheet/address";
import { buildSnapshot } from "../../src/sheet/build";
import { MARKER } from "../../src/sheet/marker";
import { changedManagerRows, locateScoreCell, rescoreChanged, scoreWorkbook } from "../../src/sheet/pipeline";
import { familySheet } from "./fixtures/sheet-builder";
import { ALL_FIELD_IDS, TEMPLATE } from "./fixtures/template";

const BLOCK = 3 + ALL_FIELD_IDS.length;
const TOTAL = BLOCK + TEMPLATE.length;
const memberTargetCol = 3 + ALL_FIELD_IDS.indexOf("memberTarget");

function workbook() {
  const sheet = familySheet({
    sheetName: "5月考核",
    managers: [
      {
        region: "城区",
        name: "测试甲",
        values: {
          memberTarget: 300,
          memberCollected: 270,
          memberAuthenticity: { value: 0.85, format: "0.0%" },
        },
      },
      { region: "城区", name: "测试乙", values: { memberTarget: "八十" } },
      { region: "瓜沥", name: "测试丙" },
    ],
  });
  return new MemoryHost([buildSnapshot("说明", [["本表说明"]]), sheet]);
}

describe("scoreWorkbook: read → detect → parse → score → plan → apply", () => {
  test("chooses the scoring sheet, scores every manager and writes the block", async () => {
    const host = workbook();
    const run = await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN" });
    expect(run.sheet).toBe("5月考核");
    expect(run.results.map((m) => m.input.name)).toEqual(["测试甲", "测试乙", "测试丙"]);
    const after = await host.readSheet("5月考核");
    const memberCol = BLOCK + TEMPLATE.findIndex((i) => i.id === "memberCollection");
    expect(after.values[5][memberCol]).toBe(7.65);
    expect(after.values[6][memberCol]).toBe("未评分");
    expect(after.values[5][TOTAL]).toBe(run.results[0].total);
    expect(after.comments[cellAddress(5, memberCol)].text.startsWith(`${MARKER}\n`)).toBe(true);
  });

  test("an unscored cell's note names the bad input cell; the problem is listed with its address", async () => {
    const host = workbook();
    const run = await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN" });
    const bad = `${columnLetter(memberTargetCol)}7`;
    expect(run.problems).toContainEqual(
      expect.objectContaining({ cell: bad, field: "memberTarget", found: "八十" }),
    );
    const after = await host.readSheet("5月考核");
    const memberCol = BLOCK + TEMPLATE.findIndex((i) => i.id === "memberCollection");
    expect(after.comments[cellAddress(6, memberCol)].text).toContain(bad);
  });

  test("the second run changes nothing", async () => {
    const host = workbook();
    await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN" });
    const once = await host.readSheet("5月考核");
    const again = await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN" });
    expect(await host.readSheet("5月考核")).toEqual(once);
    expect(again.detection.ownedBlock).toEqual({ left: BLOCK, right: TOTAL + 2 });
  });

  test("apply: false plans without writing; a sheet that is not a scoring sheet is reported, not thrown", async () => {
    const host = workbook();
    const before = await host.readSheet("5月考核");
    await scoreWorkbook(host, { ruleSet: RS, locale: "en", apply: false });
    expect(await host.readSheet("5月考核")).toEqual(before);
    const notScoring = await scoreWorkbook(host, { ruleSet: RS, locale: "en", sheet: "说明" });
    expect(notScoring.detection.ok).toBe(false);
    expect(notScoring.plan.blocks).toEqual([]);
    await expect(scoreWorkbook(host, { ruleSet: RS, locale: "en", sheet: "6月" })).rejects.toMatchObject({
      code: "sheetNotFound",
    });
  });
});

describe("a sheet missing a required column", () => {
  test("only the indicators that need it go unscored; every other indicator is scored", async () => {
    const without = TEMPLATE.map((i) =>
      i.id === "contracts" ? { ...i, fields: i.fields.filter(([, id]) => id !== "contractDone") } : i,
    );
    const host = new MemoryHost([familySheet({ indicators: without })]);
    const run = await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN", apply: false });
    expect(run.detection.issues.map((i) => [i.kind, i.field])).toEqual([["missingField", "contractDone"]]);
    for (const m of run.results) {
      const unscored = m.indicators.filter((i) => i.score === null).map((i) => i.id);
      expect(unscored).toEqual(["contracts"]);
    }
  });
});

describe("the JSON report", () => {
  test("has the sheet family's shape with each score cell's address", async () => {
    const run = await scoreWorkbook(workbook(), { ruleSet: RS, locale: "zh-CN", apply: false });
    const r = run.report;
    expect([r.ruleSet, r.sheet]).toEqual(["xiaoshan-2014-05", "5月考核"]);
    const first = r.managers[0];
    expect(first).toMatchObject({ row: 6, region: "城区", name: "测试甲", totalCell: cellAddress(5, TOTAL) });
    expect(first.indicators.memberCollection).toMatchObject({
      score: 7.65,
      weight: 10,
      cell: cellAddress(5, BLOCK + 4),
    });
    expect(first.indicators.memberCollection.explanation).toContain("7.65");
    const second = r.managers[1];
    expect(second.complete).toBe(false);
    expect(second.indicators.memberCollection.score).toBeNull();
    expect(second.problems).toEqual([
      {
        cell: `${columnLetter(memberTargetCol)}7`,
        field: "memberTarget",
        message: expect.stringContaining("“八十”无法使用"),
      },
    ]);
    expect(r.problems).toEqual([expect.objectContaining({ row: 7, name: "测试乙", field: "memberTarget" })]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test("its JSON carries every manager's indicators, in key order, whether or not they were read first", async () => {
    const run = await scoreWorkbook(workbook(), { ruleSet: RS, locale: "zh-CN", apply: false });
    const json = JSON.parse(JSON.stringify(run.report)) as { managers: Array<Record<string, unknown>> };
    const keys = ["row", "region", "name", "total", "complete", "provisional", "rankInRegion", "rank"];
    expect(Object.keys(json.managers[2])).toEqual([...keys, "totalCell", "indicators", "problems"]);
    expect(Object.keys(json.managers[2].indicators as object)).toEqual(RS.indicators.map((i) => i.id));
    const again = await scoreWorkbook(workbook(), { ruleSet: RS, locale: "zh-CN", apply: false });
    const read = again.report.managers.map((m) => m.indicators.memberCollection.score);
    expect(JSON.parse(JSON.stringify(again.report))).toEqual(json);
    expect(read).toEqual(
      json.managers.map((m) => (m.indicators as Record<string, { score: unknown }>).memberCollection.score),
    );
  });
});

describe("explain on click and re-scoring changed rows", () => {
  test("locateScoreCell maps a score or total cell to its manager and indicator", async () => {
    const run = await scoreWorkbook(workbook(), { ruleSet: RS, locale: "zh-CN", apply: false });
    expect(locateScoreCell(run, 6, BLOCK + 4)).toEqual({ managerIndex: 1, indicatorId: "memberCollection" });
    expect(locateScoreCell(run, 7, TOTAL)).toEqual({ managerIndex: 2, indicatorId: "total" });
    expect(locateScoreCell(run, 6, memberTargetCol)).toBeNull();
    expect(locateScoreCell(run, 2, BLOCK)).toBeNull();
  });

  test("changed input cells name their managers; header, name or region edits ask for a full re-score", async () => {
    const run = await scoreWorkbook(workbook(), { ruleSet: RS, locale: "zh-CN", apply: false });
    expect(changedManagerRows(run, ["N7", "5月考核!P6:Q6"])).toEqual(new Set([6, 5]));
    expect(changedManagerRows(run, ["D3"])).toBeNull();
    expect(changedManagerRows(run, ["B6"])).toBeNull();
  });

  test("re-scoring a fixed cell rescores that manager only; ranks are recomputed for all", async () => {
    const host = workbook();
    const run = await scoreWorkbook(host, { ruleSet: RS, locale: "zh-CN" });
    const addr = `${columnLetter(memberTargetCol)}7`;
    const sheet = await host.readSheet("5月考核");
    sheet.values[6][memberTargetCol] = 100;
    const edited = new MemoryHost([sheet]);
    const next = await rescoreChanged(edited, run, [addr], { ruleSet: RS, locale: "zh-CN" });
    expect(next.results[1].complete).toBe(true);
    const plain = (m: unknown) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
    expect(plain(next.results[0])).toEqual({
      ...plain(run.results[0]),
      rank: next.results[0].rank,
      rankInRegion: next.results[0].rankInRegion,
    });
    const rankMoved = new Set(
      next.results
        .filter((m, i) => m.rank !== run.results[i].rank || m.rankInRegion !== run.results[i].rankInRegion)
        .map((m) => m.input.row - 1),
    );
    for (const b of next.plan.blocks) {
      const rows = b.values.map((_, k) => b.top + k);
      expect(rows.every((r) => r === 6 || b.left > TOTAL || (b.left === TOTAL && rankMoved.has(r)))).toBe(
        true,
      );
    }
    const movedTotalNotes = next.plan.notes.filter((n) => n.col === TOTAL && n.row !== 6).map((n) => n.row);
    expect(new Set(movedTotalNotes)).toEqual(new Set([...rankMoved].filter((r) => r !== 6)));
    const full = await scoreWorkbook(new MemoryHost([sheet]), { ruleSet: RS, locale: "zh-CN", apply: false });
    expect(next.results.map((m) => [m.total, m.rank, m.rankInRegion])).toEqual(
      full.results.map((m) => [m.total, m.rank, m.rankInRegion]),
    );
    const after = await edited.readSheet("5月考核");
    expect(after.values[6][BLOCK + 4]).toBe(full.results[1].indicators[4].score);
  });
});
