/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { xiaoshan201405, type RuleSet } from "../../src/engine";
import { withoutRulesSheet } from "../../src/rules/hide-rules-sheet";
import { COL, RULES_SHEET } from "../../src/rules/sheet-layout";
import { readRulesSheet } from "../../src/rules/sheet-read";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import type { PreviewHost } from "../../src/preview/preview-host";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { paneHost } from "./pane-fixture";
import { GROUP_PRODUCT_POINTS, numberId } from "../rules/number-id";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

jest.setTimeout(30_000);

function renderPane(host: PreviewHost) {
  return render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} />);
}

async function openRules() {
  fireEvent.click(await screen.findByRole("tab", { name: "规则" }));
}

async function writeRulesSheet() {
  await openRules();
  const write = await screen.findByRole("button", { name: "写入规则表" });
  await waitFor(() => expect((write as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(write);
  await screen.findByText(/本工作簿的规则表/);
}

async function regenerate() {
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
}

/** The row and column of the rules sheet's number `id` (N1, …). */
async function numberCell(host: PreviewHost, id: string) {
  const s = await host.readSheet(RULES_SHEET);
  return { row: s.values.findIndex((r) => r[0] === id), col: COL.numbers.value };
}

/** The scoring sheet as the engine writes it with `rs` on a fresh copy of the same workbook. */
async function scoredWith(rs: RuleSet) {
  const { host } = paneHost();
  await scoreWorkbook(withoutRulesSheet(host), {
    ruleSet: rs,
    locale: "zh-CN",
    mapping: {},
  });
  return (await host.readSheet("考核表")).values;
}

describe("the pane's 规则 tab", () => {
  it("shows the built-in rule set in force, the weights summing to 100 and the rule book", async () => {
    const { host } = paneHost();
    renderPane(host);
    await openRules();
    expect(await screen.findByText("当前评分规则：xiaoshan-2014-05（2014-05，内置规则）")).toBeTruthy();
    expect(screen.getByTestId("weights-sum").textContent).toBe("计分指标合计 100");
    expect(screen.getByText("规则检查未发现问题。")).toBeTruthy();
    expect(
      screen.getByText("• 完成率 ≥ 100%：15 分；80%–100%：按比例 15 × 完成率；< 80%：按下列规则"),
    ).toBeTruthy();
  });

  it("writes the rules sheet into the workbook, which then scores with it", async () => {
    const { host } = paneHost();
    renderPane(host);
    await writeRulesSheet();
    expect(await host.listSheets()).toEqual(["考核表", RULES_SHEET]);
    const read = readRulesSheet(await host.readSheet(RULES_SHEET));
    expect(read.ok && read.ruleSet).toEqual(xiaoshan201405);
    await regenerate();
    await waitFor(async () =>
      expect((await host.readSheet("考核表")).values).toEqual(await scoredWith(xiaoshan201405)),
    );
    const notes = Object.values((await host.readSheet("考核表")).comments).map((c) => c.text);
    const line = "\n评分规则：xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）";
    expect(notes.length).toBeGreaterThan(3);
    expect(notes.filter((n) => !n.endsWith(line))).toEqual([]);
  });

  it("scores with an edited number of the rules sheet, and re-scores on such an edit when auto is on", async () => {
    const { host } = paneHost();
    renderPane(host);
    await writeRulesSheet();
    await regenerate();
    const builtIn = await scoredWith(xiaoshan201405);
    await waitFor(async () => expect((await host.readSheet("考核表")).values).toEqual(builtIn));
    fireEvent.click(screen.getByRole("switch", { name: "修改后自动评分" }));
    await act(async () =>
      host.editCell(RULES_SHEET, await numberCell(host, numberId(GROUP_PRODUCT_POINTS)), "4"),
    );
    const edited = readRulesSheet(await host.readSheet(RULES_SHEET));
    if (!edited.ok) throw new Error("the edited rules sheet should read");
    const expected = await scoredWith(edited.ruleSet);
    expect(expected).not.toEqual(builtIn);
    await waitFor(async () => expect((await host.readSheet("考核表")).values).toEqual(expected), {
      timeout: 15_000,
    });
  });

  it("stops on a bad rules sheet: nothing scored or written, the problem listed, its cell selected on click", async () => {
    const { host } = paneHost();
    renderPane(host);
    await writeRulesSheet();
    const cell = await numberCell(host, numberId(GROUP_PRODUCT_POINTS));
    await act(() => host.editCell(RULES_SHEET, cell, "三"));
    const before = (await host.readSheet("考核表")).values;
    await regenerate();
    expect(await screen.findByText(/规则表“规则”有 1 个问题，未评分、未写入/)).toBeTruthy();
    expect((await host.readSheet("考核表")).values).toEqual(before);
    const address = `${RULES_SHEET}!E${cell.row + 1}`;
    expect(screen.getByText(`${address}：“三”不是数字，应为一个数`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: `转到 ${address}` }));
    await waitFor(() => expect(host.selected).toEqual({ sheet: RULES_SHEET, cell }));
  });

  it("loads a rule-set file into the workbook, and refuses one with problems without writing anything", async () => {
    const { host } = paneHost();
    renderPane(host);
    await openRules();
    await screen.findByText(/内置规则/);
    const input = screen.getByLabelText("载入规则文件（.json）") as HTMLInputElement;
    const bad = {
      ...xiaoshan201405,
      indicators: xiaoshan201405.indicators.map((i) => (i.id === "groupProduct" ? { ...i, weight: 6 } : i)),
    };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(bad)], "bad.json")] } });
    expect(
      await screen.findByText(/indicators：计分指标\(不含加扣分项\)权重合计 101, 应为 100/),
    ).toBeTruthy();
    expect(await host.listSheets()).toEqual(["考核表"]);
    fireEvent.change(input, {
      target: { files: [new File([JSON.stringify(xiaoshan201405).slice(0, 100)], "cut.json")] },
    });
    expect(await screen.findByText(/JSON 在第 1 行第 \d+ 列处提前结束/)).toBeTruthy();
    fireEvent.change(input, {
      target: { files: [new File([JSON.stringify(xiaoshan201405)], "rules.json")] },
    });
    await screen.findByText(/本工作簿的规则表/);
    expect(await host.listSheets()).toEqual(["考核表", RULES_SHEET]);
  });
});
