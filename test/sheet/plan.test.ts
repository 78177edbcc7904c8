import { MemoryHost } from "../../src/hosts/memory";
import { cellAddress } from "../../src/sheet/address";
import { valueWriter } from "../../src/sheet/cell-writer";
import { MARKER } from "../../src/sheet/marker";
import { planWrite } from "../../src/sheet/plan";
import { formulaSafeText } from "../../src/sheet/safe-text";
import type { SheetSnapshot, WritePlan } from "../../src/sheet/types";
import { RS } from "./fixtures/ruleset";
import { planFor } from "./fixtures/score";
import { familySheet } from "./fixtures/sheet-builder";
import { ALL_FIELD_IDS, TEMPLATE } from "./fixtures/template";

const LAST_INPUT = 2 + ALL_FIELD_IDS.length; // column AN
const BLOCK = LAST_INPUT + 1;

async function applied(
  snapshot: SheetSnapshot,
  plan: WritePlan,
): Promise<{ host: MemoryHost; after: SheetSnapshot }> {
  const host = new MemoryHost([snapshot]);
  await host.apply(plan);
  return { host, after: await host.readSheet(snapshot.name) };
}

function planCells(plan: WritePlan): Array<{ row: number; col: number }> {
  const cells: Array<{ row: number; col: number }> = [];
  for (const b of plan.blocks)
    b.values.forEach((r, i) => r.forEach((_, j) => cells.push({ row: b.top + i, col: b.left + j })));
  for (const s of plan.styles)
    for (let r = s.rect.top; r <= s.rect.bottom; r++)
      for (let c = s.rect.left; c <= s.rect.right; c++) cells.push({ row: r, col: c });
  for (const rect of [...plan.clear, ...plan.merges])
    cells.push({ row: rect.top, col: rect.left }, { row: rect.bottom, col: rect.right });
  cells.push(...plan.notes, ...plan.deleteNotes);
  return cells;
}

describe("the write plan on the reference template", () => {
  const sheet = familySheet({
    notes: { D6: "这是人写的批注", [cellAddress(5, BLOCK)]: "人写在得分格上的批注" },
  });
  const { plan, results, detection } = planFor(sheet);

  test("writes the block right of the last used column: 得分 per indicator, then 总分, 区域排名, 总排名", async () => {
    const { after } = await applied(sheet, plan);
    const n = TEMPLATE.length;
    expect(TEMPLATE.map((_, k) => after.values[3][BLOCK + k])).toEqual(TEMPLATE.map(() => "得分"));
    expect(after.values[2][BLOCK]).toBe("统付新增或划账收入");
    expect(after.values[1][BLOCK]).toBe("政企KPI指标");
    expect([
      after.values[1][BLOCK + n],
      after.values[1][BLOCK + n + 1],
      after.values[1][BLOCK + n + 2],
    ]).toEqual(["总分", "区域排名", "总排名"]);
    expect(plan.merges).toContainEqual({ top: 1, left: BLOCK + n, bottom: 3, right: BLOCK + n });
    expect(plan.merges).toContainEqual({ top: 1, left: BLOCK, bottom: 1, right: BLOCK + 4 });
    expect(after.values[4][BLOCK]).toBe(10);
  });

  test("one value per score cell, totals and ranks, with number formats", async () => {
    const { after } = await applied(sheet, plan);
    const n = TEMPLATE.length;
    results.forEach((m) => {
      const row = m.input.row - 1;
      m.indicators.forEach((ind, k) => expect(after.values[row][BLOCK + k]).toBe(ind.score ?? "未评分"));
      expect([
        after.values[row][BLOCK + n],
        after.values[row][BLOCK + n + 1],
        after.values[row][BLOCK + n + 2],
      ]).toEqual([m.total, m.rankInRegion, m.rank]);
      expect(after.numberFormats[row][BLOCK]).toBe("0.00");
      expect(after.numberFormats[row][BLOCK + n + 2]).toBe("0");
    });
  });

  test("input cells are never in the plan", () => {
    for (const c of planCells(plan))
      expect(c.col > LAST_INPUT || c.row < (detection.headerRows[0] ?? 0)).toBe(true);
  });

  test("every score and total cell gets our marked note, except where a person's note is", () => {
    const n = TEMPLATE.length;
    expect(plan.notes.length).toBe(results.length * (n + 1) - 1);
    expect(plan.notes.every((x) => x.text.startsWith(`${MARKER}\n`))).toBe(true);
    expect(plan.notes.some((x) => x.row === 5 && x.col === BLOCK)).toBe(false);
  });

  test("a person's notes are kept", async () => {
    const { after } = await applied(sheet, plan);
    expect(after.comments.D6).toEqual({ text: "这是人写的批注", ours: false });
    expect(after.comments[cellAddress(5, BLOCK)]).toEqual({ text: "人写在得分格上的批注", ours: false });
  });

  test("planning on the scored sheet gives the same plan as on the clean sheet (idempotence)", async () => {
    const { after } = await applied(sheet, plan);
    const again = planFor(after);
    expect(again.detection.ownedBlock).toEqual({ left: BLOCK, right: BLOCK + TEMPLATE.length + 2 });
    expect(again.detection.lastInputCol).toBe(LAST_INPUT);
    expect(again.plan).toEqual(plan);
    const twice = await applied(after, again.plan);
    expect(twice.after).toEqual(after);
  });
});

describe("what the plan marks and how it writes text", () => {
  test("a bad cell leaves its indicator 未评分 (or not scored), marked, while the rest is scored", () => {
    const sheet = familySheet({
      managers: [{ region: "城区", name: "测试甲", values: { memberTarget: "八十" } }],
    });
    const zh = planFor(sheet);
    const row = 5;
    const col = BLOCK + TEMPLATE.findIndex((i) => i.id === "memberCollection");
    const cellValue = (p: WritePlan, c: number) => {
      const b = p.blocks.find((x) => x.left === c && x.top <= row && x.top + x.values.length > row);
      return b?.values[row - b.top][0];
    };
    expect(cellValue(zh.plan, col)).toBe("未评分");
    expect(typeof cellValue(zh.plan, BLOCK)).toBe("number");
    expect(
      zh.plan.styles.some(
        (s) => s.rect.left === col && s.rect.top <= row && s.rect.bottom >= row && s.style.italic,
      ),
    ).toBe(true);
    expect(cellValue(planFor(sheet, "en").plan, col)).toBe("not scored");
    expect(zh.results[0].complete).toBe(false);
  });

  test("scores below the weight and negative scores are marked, in owned cells only", () => {
    const sheet = familySheet({
      managers: [{ region: "城区", name: "测试乙", values: { fourGTargetUsers: 80, fourGCardSwapped: 8 } }],
    });
    const { plan } = planFor(sheet);
    const col = BLOCK + TEMPLATE.findIndex((i) => i.id === "fourGCard");
    const style = plan.styles.find((s) => s.rect.left === col && s.rect.top === 5)?.style;
    expect(style).toMatchObject({ fontColor: "#C00000" });
    expect(plan.styles.every((s) => s.rect.left > LAST_INPUT)).toBe(true);
  });

  test("an existing 得分 column under an indicator is used as that indicator's score column", () => {
    const withScore = TEMPLATE.map((i) =>
      i.id === "contracts"
        ? { ...i, fields: [...i.fields, ["得分", "contractsScore"] as [string, string]] }
        : i,
    );
    const sheet = familySheet({ indicators: withScore });
    const { detection, plan } = planFor(sheet);
    const own = 3 + withScore.flatMap((i) => i.fields).findIndex(([, id]) => id === "contractsScore");
    expect(detection.scoreColumns.contracts).toBe(own);
    expect(plan.blocks.some((b) => b.left === own && b.top === 5)).toBe(true);
    expect(plan.blocks.some((b) => b.left === own && b.top < 5)).toBe(false);
  });

  test("text we write never starts like a formula, whatever a writer returns", () => {
    const sheet = familySheet({ managers: [{ region: "城区", name: "测试丙" }] });
    const { detection, results, explanations } = planFor(sheet);
    const writer = {
      ...valueWriter("zh-CN"),
      indicator: () => "=SUM(A1:A9)",
      total: () => "+1",
      rankInRegion: () => "-1",
      rank: () => "@x",
    };
    const plan = planWrite({ snapshot: sheet, detection, ruleSet: RS, results, explanations, writer });
    const texts = plan.blocks
      .flatMap((b) => b.values.flat())
      .filter((v): v is string => typeof v === "string");
    expect(texts).toEqual(expect.arrayContaining(["＝SUM(A1:A9)", "＋1", "－1", "＠x"]));
    expect(texts.some((t) => /^[=+\-@]/.test(t))).toBe(false);
  });

  test("formulaSafeText replaces a leading = + - @ by its full-width form and drops leading tabs", () => {
    expect(["=1", "+1", "-1", "@a", "\t=1", "a=1", ""].map(formulaSafeText)).toEqual([
      "＝1",
      "＋1",
      "－1",
      "＠a",
      "＝1",
      "a=1",
      "",
    ]);
  });
});
