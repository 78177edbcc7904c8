/**
 * Value mode, formula mode and scoring without notes on the same sheet, one after another: the block is
 * recognised and rewritten in place each time, and no cell of an earlier mode is left behind.
 */
import { formulaWriter } from "../../src/formula/writer";
import { xiaoshan201405 as RS } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { cellAddress, columnLetter } from "../../src/sheet/address";
import { buildSnapshot } from "../../src/sheet/build";
import { scoreWorkbook, type ScoreOptions } from "../../src/sheet/pipeline";
import type { SheetSnapshot } from "../../src/sheet/types";
import { familySheet } from "./fixtures/sheet-builder";
import { ALL_FIELD_IDS, TEMPLATE } from "./fixtures/template";

const SHEET = "5月考核";
const BLOCK = 3 + ALL_FIELD_IDS.length;
const TOTAL = BLOCK + TEMPLATE.length;
const RANK = TOTAL + 2;
const SCORED_COUNT = TOTAL + 3;
const MANAGER_ROWS = [5, 6, 7];

function workbook(): MemoryHost {
  const sheet = familySheet({
    sheetName: SHEET,
    managers: [
      { region: "城区", name: "测试甲", values: { memberTarget: 300, memberCollected: 270 } },
      { region: "城区", name: "测试乙", values: { memberTarget: "八十" } },
      { region: "瓜沥", name: "测试丙" },
    ],
  });
  return new MemoryHost([buildSnapshot("说明", [["本表说明"]]), sheet]);
}

const VALUES: Omit<ScoreOptions, "ruleSet"> = { locale: "zh-CN" };
const FORMULAS: Omit<ScoreOptions, "ruleSet"> = {
  locale: "zh-CN",
  writer: formulaWriter(RS, "zh-CN"),
};

async function score(host: MemoryHost, opts: Omit<ScoreOptions, "ruleSet">) {
  return scoreWorkbook(host, { ruleSet: RS, ...opts });
}

/** The values up to 评分项数, a cell never written read as null (the host may not widen every row). */
function cells(snapshot: SheetSnapshot): unknown[][] {
  return snapshot.values.map((row) =>
    Array.from({ length: SCORED_COUNT + 1 }, (_, c) => (row[c] === undefined ? null : row[c])),
  );
}

/** Every formula cell of the block, by address. */
function blockFormulas(host: MemoryHost, snapshot: SheetSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = 0; r < snapshot.rowCount; r++)
    for (let c = BLOCK; c < snapshot.colCount; c++) {
      const f = host.formulaAt(SHEET, r, c);
      if (f !== undefined) out[cellAddress(r, c)] = f;
    }
  return out;
}

describe("formula mode's 评分项数 column", () => {
  test("sits right of 总排名: COUNT of the manager's score cells, cached with how many are scored", async () => {
    const host = workbook();
    const run = await score(host, FORMULAS);
    expect(run.layout.scoredCountCol).toBe(SCORED_COUNT);
    expect(run.detection.ok).toBe(true);
    const after = await host.readSheet(SHEET);
    const header = after.values.map((row) => row[SCORED_COUNT]).find((v) => v !== null && v !== undefined);
    expect(header).toBe("评分项数");
    const scoreCells = `${columnLetter(BLOCK)}6:${columnLetter(TOTAL - 1)}6`;
    expect(host.formulaAt(SHEET, 5, SCORED_COUNT)).toBe(`COUNT(${scoreCells})`);
    run.results.forEach((m, i) => {
      const scored = m.indicators.filter((ind) => ind.score !== null).length;
      expect(after.values[MANAGER_ROWS[i]][SCORED_COUNT]).toBe(scored);
    });
    expect(run.results[1].complete).toBe(false);
    expect(after.values[6][SCORED_COUNT]).toBeLessThan(TEMPLATE.length);
  });

  test("the ranks count it: two conditions per count, whatever the number of indicators", async () => {
    const host = workbook();
    await score(host, FORMULAS);
    const rank = host.formulaAt(SHEET, 5, RANK)!;
    const counts = `$${columnLetter(SCORED_COUNT)}$6:$${columnLetter(SCORED_COUNT)}$8`;
    expect(rank).toContain(`COUNTIFS(${counts},${TEMPLATE.length},`);
    expect(rank).toContain(`COUNTIF(${counts},${TEMPLATE.length})`);
    for (const m of rank.matchAll(/COUNTIFS\(([^()]*)\)/g)) expect(m[1].split(",")).toHaveLength(4);
  });
});

describe("switching modes between runs", () => {
  test("value → formulas → value leaves the sheet as the first value run wrote it", async () => {
    const host = workbook();
    await score(host, VALUES);
    const valueMode = await host.readSheet(SHEET);
    const formulaRun = await score(host, FORMULAS);
    expect(formulaRun.detection.ownedBlock).toEqual({ left: BLOCK, right: RANK });
    const back = await score(host, VALUES);
    expect(back.detection.ownedBlock).toEqual({ left: BLOCK, right: SCORED_COUNT });
    const after = await host.readSheet(SHEET);
    expect(cells(after)).toEqual(cells(valueMode));
    expect(cells(after).every((row) => row[SCORED_COUNT] === null)).toBe(true);
    expect(after.comments).toEqual(valueMode.comments);
    expect(after.merges).toEqual(valueMode.merges);
    expect(blockFormulas(host, after)).toEqual({});
  });

  test("a second formula run changes nothing", async () => {
    const host = workbook();
    await score(host, FORMULAS);
    const once = await host.readSheet(SHEET);
    const formulas = blockFormulas(host, once);
    const again = await score(host, FORMULAS);
    expect(again.detection.ownedBlock).toEqual({ left: BLOCK, right: SCORED_COUNT });
    expect(await host.readSheet(SHEET)).toEqual(once);
    expect(blockFormulas(host, once)).toEqual(formulas);
  });
});

describe("scoring without notes (notes: false)", () => {
  test("writes the same scores with no note, and removes the notes an earlier run wrote", async () => {
    const host = workbook();
    await score(host, VALUES);
    const withNotes = await host.readSheet(SHEET);
    expect(Object.values(withNotes.comments).filter((c) => c.ours).length).toBeGreaterThan(0);
    const lean = await score(host, { ...VALUES, notes: false });
    expect(lean.plan.notes).toEqual([]);
    const after = await host.readSheet(SHEET);
    expect(after.comments).toEqual({});
    expect(after.values).toEqual(withNotes.values);
  });

  test("a rerun without notes, in either mode, still finds the block and rewrites it in place", async () => {
    const host = workbook();
    await score(host, { ...FORMULAS, notes: false });
    const once = await host.readSheet(SHEET);
    const again = await score(host, { ...FORMULAS, notes: false });
    expect(again.layout).toEqual((await score(workbook(), FORMULAS)).layout);
    expect(await host.readSheet(SHEET)).toEqual(once);
    await score(host, { ...VALUES, notes: false });
    const values = await host.readSheet(SHEET);
    expect(cells(values).every((row) => row[SCORED_COUNT] === null)).toBe(true);
    expect(blockFormulas(host, values)).toEqual({});
  });
});
