/**
 * @jest-environment jsdom
 *
 * The pane on the Office.js host over the strict Excel model: auto re-score across inserted rows and a
 * renamed sheet, our old comments kept for their replies, and the auto switch's warning where Excel
 * clears its undo history.
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
import { markNote } from "../../src/sheet/marker";
import {
  FakeExcel,
  M365_CURRENT,
  OFFICE_2021,
  annotate,
  removeAnnotation,
  type ExcelProfile,
} from "../hosts/officejs/fake-excel";
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

async function paneOnExcel(profile: ExcelProfile, auto = true, prepare?: (excel: FakeExcel) => void) {
  const excel = new FakeExcel(profile);
  excel.addSheet(familySheet({ managers: MANAGERS }));
  prepare?.(excel);
  const host = new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported });
  render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} />);
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
  // The first score loads the engine and writes the sheet: slow on a busy machine.
  await screen.findByTestId("scored-count", {}, { timeout: 20_000 });
  if (auto) fireEvent.click(screen.getByRole("switch", { name: "修改后自动评分" }));
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
    ["announces it (ExcelApi 1.17)", M365_CURRENT],
    ["is found at the next edit (before 1.17)", OFFICE_2021],
  ] as const)("follows a renamed sheet with auto re-score on, where the rename %s", async (_, profile) => {
    const { excel, host } = await paneOnExcel(profile);
    await act(() => excel.userRenameSheet("考核表", "六月考核"));
    const before = await host.readSheet("六月考核");
    const row = rowOf(before, "测试经理乙");
    const edited = before.values[row].findIndex((v) => typeof v === "number");
    await act(() => excel.userEdit("六月考核", cellAddress(row, edited), 1));
    await waitFor(
      async () => {
        const after = await host.readSheet("六月考核");
        expect(after.values[row][edited]).toBe(1);
        expect(after.values).toEqual(await rescoredFully(after));
      },
      { timeout: 20_000 },
    );
    expect(screen.queryByText("出错了")).toBeNull();
  });

  it("never explains a score by the row it used to be in, after a row is inserted with auto off", async () => {
    const { excel, host } = await paneOnExcel(M365_CURRENT, false);
    const before = await host.readSheet("考核表");
    const header = before.values.findIndex((row) => row.includes("总分"));
    const totalCol = before.values[header].indexOf("总分");
    const row = rowOf(before, "测试经理戊");
    fireEvent.click(screen.getByRole("tab", { name: /说明/ }));
    await act(() => excel.userSelect("考核表", cellAddress(row, totalCol)));
    expect(await screen.findByText(/测试经理戊/)).toBeTruthy();

    await act(() => excel.userShiftRows("考核表", row - 1, 1));
    // The layout scored is stale: the sheet is detected again, the selection forgotten.
    await waitFor(() => expect(screen.queryByTestId("explanation")).toBeNull(), { timeout: 20_000 });
    await act(() => excel.userSelect("考核表", cellAddress(row, totalCol)));
    expect(screen.queryByTestId("explanation")).toBeNull();
    // Scored again, the same cell (now the row above 戊's) and 戊's new row explain what they hold.
    fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
    expect(screen.queryByTestId("scored-count")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "重新评分" }));
    await screen.findByTestId("scored-count", {}, { timeout: 20_000 });
    fireEvent.click(screen.getByRole("tab", { name: /说明/ }));
    await act(() => excel.userSelect("考核表", cellAddress(row + 1, totalCol)));
    expect(await screen.findByText(/测试经理戊/)).toBeTruthy();
  });

  it("scores a sheet renamed with auto re-score off by its new name", async () => {
    const { excel } = await paneOnExcel(M365_CURRENT, false);
    await act(() => excel.userRenameSheet("考核表", "六月考核"));
    await screen.findByText(/尚未评分/);
    fireEvent.click(screen.getByRole("button", { name: "重新评分" }));
    await screen.findByTestId("scored-count", {}, { timeout: 20_000 });
    expect(screen.queryByText("出错了")).toBeNull();
  });

  it("names, in both languages, the cells where our old comment was kept for the replies under it", async () => {
    const { excel } = await paneOnExcel(OFFICE_2021, false, (e) => {
      annotate(e.sheet("考核表"), 1, 1, markNote("旧的说明"), "comment", ["为什么扣分？"]);
    });
    const notice = await screen.findByTestId("kept-threads", {}, { timeout: 20_000 });
    expect(notice.textContent).toMatch(/B2：这里的评分说明批注已过时.*删除这条批注/);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect((await screen.findByTestId("kept-threads")).textContent).toMatch(/B2: the explanation comment/);
    fireEvent.click(screen.getByRole("button", { name: "Go to B2" }));
    await waitFor(() => expect(excel.selected).toEqual({ sheet: "考核表", address: "B2" }));
    removeAnnotation(excel.sheet("考核表"), "B2");
    fireEvent.click(screen.getByRole("button", { name: "Score again" }));
    await waitFor(() => expect(screen.queryByTestId("kept-threads")).toBeNull());
  });

  it("says in the pane's language which cells hold a note it cannot read, and writes no score", async () => {
    const memory = new MemoryHost([familySheet({ managers: MANAGERS })]);
    const explained = (await scoreWorkbook(memory, { ruleSet: xiaoshan201405, locale: "zh-CN" })).plan
      .notes[0];
    const excel = new FakeExcel(OFFICE_2021);
    excel.addSheet(familySheet({ managers: MANAGERS }));
    annotate(excel.sheet("考核表"), explained.row, explained.col, "请核实", "note");
    const host = new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported });
    render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} />);
    const button = await screen.findByRole("button", { name: "重新评分" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const said = await screen.findByText(/已有别人写的批注或备注/, {}, { timeout: 20_000 });
    expect(said.textContent).toMatch(/没有写入任何得分.*重新评分/);
    expect(said.textContent).toContain(`${cellAddress(explained.row, explained.col)}：该单元格已有别人写的`);
    expect(excel.sheet("考核表").values.has(cellAddress(explained.row, explained.col))).toBe(false);
  });

  it.each([
    ["clears its undo history (before ExcelApi 1.20)", M365_CURRENT, true],
    ["keeps its undo history (ExcelApi 1.20)", { ...M365_CURRENT, api: 20 }, false],
  ] as const)("warns with auto on where Excel %s", async (_, profile, warned) => {
    await paneOnExcel(profile);
    expect(screen.queryByText(/无法撤销/) !== null).toBe(warned);
  });
});
