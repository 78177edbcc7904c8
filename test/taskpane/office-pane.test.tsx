/**
 * @jest-environment jsdom
 *
 * The pane on the Office.js host over the strict Excel model: auto re-score across inserted rows, and
 * the auto switch's warning where Excel clears its undo history.
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { xiaoshan201405 } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { OfficeJsHost } from "../../src/hosts/officejs";
import { cellAddress } from "../../src/sheet/address";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import type { CellValue, SheetSnapshot } from "../../src/sheet/types";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { FakeExcel, M365_CURRENT, type ExcelProfile } from "../hosts/officejs/fake-excel";
import { familySheet, type FixtureManager } from "../sheet/fixtures/sheet-builder";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
jest.setTimeout(40_000);

const MANAGERS: FixtureManager[] = ["甲", "乙", "丙", "丁", "戊", "己"].map((n, i) => ({
  region: i < 3 ? "城区" : "开发区",
  name: `测试经理${n}`,
}));

async function paneOnExcel(profile: ExcelProfile) {
  const excel = new FakeExcel(profile);
  excel.addSheet(familySheet({ managers: MANAGERS }));
  const host = new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported });
  render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} />);
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
  await screen.findByTestId("scored-count");
  fireEvent.click(screen.getByRole("switch", { name: "修改后自动评分" }));
  return { excel, host };
}

function rowOf(snapshot: SheetSnapshot, name: string): number {
  return snapshot.values.findIndex((r) => r.includes(name));
}

/** The sheet's cells after a fresh, full score of the sheet as it now is (what every cell should hold). */
async function rescoredFully(snapshot: SheetSnapshot): Promise<CellValue[][]> {
  const memory = new MemoryHost([snapshot]);
  await scoreWorkbook(memory, { ruleSet: xiaoshan201405, locale: "zh-CN" });
  return (await memory.readSheet(snapshot.name)).values;
}

describe("task pane in Excel (strict model)", () => {
  it("keeps inputs and puts every score in its own row when a row is inserted with auto re-score on", async () => {
    const { excel, host } = await paneOnExcel(M365_CURRENT);
    const before = await host.readSheet("考核表");
    const inputCols = familySheet({ managers: MANAGERS }).colCount;
    const middle = rowOf(before, "测试经理丁");
    await act(() => excel.userShiftRows("考核表", middle, 1));
    const moved = rowOf(await host.readSheet("考核表"), "测试经理戊");
    const edited = before.values[rowOf(before, "测试经理戊")].findIndex((v) => typeof v === "number");
    await act(() => excel.userEdit("考核表", cellAddress(moved, edited), 1));

    await waitFor(
      async () => {
        const after = await host.readSheet("考核表");
        expect(after.values[moved][edited]).toBe(1);
        expect(after.values).toEqual(await rescoredFully(after));
      },
      { timeout: 20_000 },
    );
    const after = await host.readSheet("考核表");
    for (const m of MANAGERS) {
      const was = before.values[rowOf(before, m.name)];
      const now = after.values[rowOf(after, m.name)];
      const changed = m.name === "测试经理戊" ? [edited] : [];
      const inputs = (row: CellValue[]) => row.slice(0, inputCols);
      inputs(was).forEach((v, c) => {
        if (!changed.includes(c)) expect(now[c]).toEqual(v);
      });
    }
  });

  it.each([
    ["clears its undo history (before ExcelApi 1.20)", M365_CURRENT, true],
    ["keeps its undo history (ExcelApi 1.20)", { ...M365_CURRENT, api: 20 }, false],
  ] as const)("warns with auto on where Excel %s", async (_, profile, warned) => {
    await paneOnExcel(profile);
    expect(screen.queryByText(/无法撤销/) !== null).toBe(warned);
  });
});
