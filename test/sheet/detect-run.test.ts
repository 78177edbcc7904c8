// The detect-only path the pane paints first: the same sheet, detection and managers as the full pipeline.
import { xiaoshan201405 as RS } from "../../src/engine";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { MemoryHost } from "../../src/hosts/memory";
import { buildSnapshot } from "../../src/sheet/build";
import { detectWorkbook } from "../../src/sheet/detect-run";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import type { WorkbookHost, WritePlan } from "../../src/sheet/types";
import { familySheet } from "./fixtures/sheet-builder";

function workbook(traditional = false): MemoryHost {
  const sheet = familySheet({
    sheetName: "5月考核",
    traditional,
    managers: [
      { region: "城区", name: "测试甲", values: { memberTarget: 300, memberCollected: 270 } },
      { region: "城区", name: "测试乙", values: { memberTarget: "八十" } },
      { region: "城区", name: "测试乙" },
      { region: "瓜沥", name: "测试丙" },
    ],
  });
  return new MemoryHost([buildSnapshot("说明", [["本表说明"]]), sheet]);
}

/** Counts writes: detection never writes. */
function counting(host: WorkbookHost): { host: WorkbookHost; applied: WritePlan[] } {
  const applied: WritePlan[] = [];
  return {
    applied,
    host: {
      listSheets: () => host.listSheets(),
      readSheet: (name) => host.readSheet(name),
      apply: async (plan) => {
        applied.push(plan);
        await host.apply(plan);
      },
    },
  };
}

async function both(host: WorkbookHost, opts: { sheet?: string; mapping?: Record<string, string> } = {}) {
  const options = { ruleSet: RS, locale: "zh-CN" as const, ...opts };
  const detected = await detectWorkbook(host, options);
  const scored = await scoreWorkbook(host, { ...options, apply: false });
  return { detected, scored };
}

describe("detectWorkbook: read → choose → detect → parse, no scoring", () => {
  test.each([
    ["Simplified headers", false],
    ["Traditional headers", true],
  ])("gives the full pipeline's sheet, detection, managers and skipped rows (%s)", async (_, traditional) => {
    const { host, applied } = counting(workbook(traditional));
    const { detected, scored } = await both(host);
    expect(detected.sheet).toBe("5月考核");
    expect(detected.detection.ok).toBe(true);
    expect(detected.sheet).toBe(scored.sheet);
    expect(detected.detection).toEqual(scored.detection);
    expect(detected.managers).toEqual(scored.managers);
    expect(detected.skippedRows).toEqual(scored.skippedRows);
    expect(detected.snapshot).toEqual(scored.snapshot);
    expect(detected.managers.map((m) => m.name)).toEqual(["测试甲", "测试乙", "测试乙", "测试丙"]);
    expect(detected).not.toHaveProperty("results");
    expect(applied).toEqual([]);
  });

  test("on the bundled sample (what the preview paints first)", async () => {
    const sample = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");
    const host = await ExcelJsHost.load(readFileSync(sample));
    const { detected, scored } = await both(host);
    expect(detected.sheet).toBe("考核表");
    expect(detected.detection.managerCount).toBe(28);
    expect(detected.detection).toEqual(scored.detection);
    expect(detected.managers).toEqual(scored.managers);
  });

  test("with a named sheet and a corrected column, as the full pipeline", async () => {
    const host = workbook();
    const { detected, scored } = await both(host, { sheet: "5月考核", mapping: { memberTarget: "O" } });
    expect(detected.detection.fields.memberTarget?.column).toBe("O");
    expect(detected.detection).toEqual(scored.detection);
    expect(detected.managers).toEqual(scored.managers);
  });

  test("a workbook with no scoring sheet: not ok, no managers, the same issues", async () => {
    const host = new MemoryHost([buildSnapshot("说明", [["本表说明"]])]);
    const { detected, scored } = await both(host);
    expect(detected.detection.ok).toBe(false);
    expect(detected.managers).toEqual([]);
    expect(detected.detection).toEqual(scored.detection);
  });

  test("a sheet named but missing fails as the full pipeline does", async () => {
    const host = workbook();
    const options = { ruleSet: RS, locale: "zh-CN" as const, sheet: "没有这张表" };
    const full = await scoreWorkbook(host, { ...options, apply: false }).catch((e: Error) => e.message);
    await expect(detectWorkbook(host, options)).rejects.toThrow(full as string);
  });
});
