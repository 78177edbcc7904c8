import { xiaoshan201405 } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import type { SheetSnapshot } from "../../src/sheet/types";
import { sameLayout } from "../../src/taskpane/layout-check";
import { familySheet } from "../sheet/fixtures/sheet-builder";

async function scored() {
  const host = new MemoryHost([familySheet()]);
  const run = await scoreWorkbook(host, { ruleSet: xiaoshan201405, locale: "zh-CN" });
  return { run, sheet: await host.readSheet(run.sheet) };
}

/** The sheet with a blank row inserted before `row` (0-based), as Excel moves the cells. */
function withRowInserted(sheet: SheetSnapshot, row: number): SheetSnapshot {
  const blank = <T>(rows: T[][], fill: T) => [
    ...rows.slice(0, row),
    rows[0].map(() => fill),
    ...rows.slice(row),
  ];
  return {
    ...sheet,
    rowCount: sheet.rowCount + 1,
    values: blank(sheet.values, null),
    text: blank(sheet.text, ""),
    numberFormats: blank(sheet.numberFormats, "General"),
  };
}

describe("the layout check before a partial re-score", () => {
  it("accepts the sheet as it was scored, with an input edited", async () => {
    const { run, sheet } = await scored();
    const edited = structuredClone(sheet);
    const row = run.detection.managers[0].row;
    edited.values[row][run.detection.lastInputCol] = 12345;
    expect(sameLayout(run, edited)).toBe(true);
  });

  it("rejects the sheet once a row was inserted among the managers", async () => {
    const { run, sheet } = await scored();
    expect(sameLayout(run, withRowInserted(sheet, run.detection.managers[1].row))).toBe(false);
  });

  it("rejects the sheet once a row was inserted above the headers", async () => {
    const { run, sheet } = await scored();
    expect(sameLayout(run, withRowInserted(sheet, 0))).toBe(false);
  });

  it("rejects the sheet once our score block's headers moved (a column inserted before it)", async () => {
    const { run, sheet } = await scored();
    const moved = structuredClone(sheet);
    for (const row of moved.values) row.splice(run.detection.lastInputCol + 1, 0, null);
    expect(sameLayout(run, moved)).toBe(false);
  });
});
