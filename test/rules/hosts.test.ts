/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells, not Office.js proxies: the Office add-ins rules mistake ExcelJS's getCell for Excel's. */
import ExcelJS from "exceljs";
import { xiaoshan201405 } from "../../src/engine";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { MemoryHost } from "../../src/hosts/memory";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { planRulesSheet } from "../../src/rules/sheet-write";
import { readRulesSheet } from "../../src/rules/sheet-read";
import { COL, RULES_SHEET } from "../../src/rules/sheet-layout";
import { buildSnapshot } from "../../src/sheet/build";
import { ForeignRulesSheetError, readRulesFromWorkbook, writeRulesSheet } from "../../src/rules/workbook";

const plan = planRulesSheet(xiaoshan201405, "zh-CN", null);
const stepModeRow = plan.blocks[0].values.findIndex((r) => r[0] === "stepMode");

describe("the rules sheet through the ExcelJS host", () => {
  it("is created, saved, loaded and read back exactly, with a drop-down on each parameter that has options", async () => {
    const host = ExcelJsHost.fromWorkbook(new ExcelJS.Workbook(), { codec: zlibCodec });
    await host.apply(planRulesSheet(xiaoshan201405, "zh-CN", null));
    const again = await ExcelJsHost.load(await host.save(), { codec: zlibCodec });
    const read = readRulesSheet(await again.readSheet(RULES_SHEET));
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
    expect(read.ruleSet).toEqual(xiaoshan201405);
    const cell = again.workbook.getWorksheet(RULES_SHEET)!.getCell(stepModeRow + 1, COL.parameters.value + 1);
    expect(cell.dataValidation).toMatchObject({
      type: "list",
      formulae: [`$E$${stepModeRow + 1}:$F$${stepModeRow + 1}`],
    });
    expect(again.workbook.getWorksheet(RULES_SHEET)!.getColumn(3).width).toBe(40);
  });

  it("rewrites an existing rules sheet in place, leaving the other sheets alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("考核表").getCell("A1").value = "姓名";
    const host = ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec });
    await host.apply(plan);
    const before = await host.readSheet(RULES_SHEET);
    await host.apply(planRulesSheet(xiaoshan201405, "en", before));
    expect(await host.listSheets()).toEqual(["考核表", RULES_SHEET]);
    expect((await host.readSheet("考核表")).values[0][0]).toBe("姓名");
    const read = readRulesSheet(await host.readSheet(RULES_SHEET));
    expect(read.ok && read.ruleSet).toEqual(xiaoshan201405);
  });
});

describe("the rules sheet through the memory host", () => {
  it("keeps the drop-downs and widths, and a rewrite replaces the drop-downs inside the cleared range", async () => {
    const host = new MemoryHost([buildSnapshot("考核表", [["姓名"]])]);
    await host.apply(plan);
    const first = host.extrasOf(RULES_SHEET).validations.length;
    expect(first).toBe(Object.values(xiaoshan201405.parameters).filter((p) => p.options).length);
    expect(host.extrasOf(RULES_SHEET).validations).toContainEqual({
      rect: {
        top: stepModeRow,
        left: COL.parameters.value,
        bottom: stepModeRow,
        right: COL.parameters.value,
      },
      source: { top: stepModeRow, left: 4, bottom: stepModeRow, right: 5 },
    });
    await host.apply(planRulesSheet(xiaoshan201405, "zh-CN", await host.readSheet(RULES_SHEET)));
    expect(host.extrasOf(RULES_SHEET).validations.length).toBe(first);
    expect(host.extrasOf(RULES_SHEET).columnWidths.get(2)).toBe(40);
  });

  it("refuses a plan for a sheet it does not have unless the plan creates it", async () => {
    const host = new MemoryHost([]);
    await expect(host.apply({ ...plan, createSheet: undefined })).rejects.toThrow(/No sheet named/);
  });
});

describe("a sheet named 规则 that is not GridScore's", () => {
  const own = () =>
    new MemoryHost([
      buildSnapshot("考核表", [["姓名"]]),
      buildSnapshot(RULES_SHEET, [["本月考核说明"], ["完成率达到 100% 得满分"]]),
    ]);

  it("is not read as rules: the workbook has no rules sheet", async () => {
    expect(await readRulesFromWorkbook(own())).toBeNull();
  });

  it("is never overwritten by writing the rules sheet", async () => {
    const host = own();
    await expect(writeRulesSheet(host, xiaoshan201405, "zh-CN")).rejects.toThrow(ForeignRulesSheetError);
    expect((await host.readSheet(RULES_SHEET)).values).toEqual([
      ["本月考核说明"],
      ["完成率达到 100% 得满分"],
    ]);
  });
});
