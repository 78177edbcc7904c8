/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { xiaoshan201405 } from "../../src/engine";
import type { InteractiveHost } from "../../src/hosts/interactive";
import type { WritePlan } from "../../src/sheet/types";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { MAPPING_KEY } from "../../src/taskpane/mapping-setting";
import { MemoryHost } from "../../src/hosts/memory";
import { cellAddress } from "../../src/sheet/address";
import { noteBody } from "../../src/sheet/marker";
import { PreviewHost } from "../../src/preview/preview-host";
import { familySheet } from "../sheet/fixtures/sheet-builder";
import { TEMPLATE } from "../sheet/fixtures/template";
import { MANAGERS, MapSettings, paneHost } from "./pane-fixture";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// Each test detects and scores a real sheet through React: slower than a unit test on a shared CI core.
jest.setTimeout(20_000);

function renderPane(host: InteractiveHost) {
  return render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} />);
}

async function scoreNow() {
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
  await screen.findByTestId("scored-count");
}

/** Unfolds an indicator's fields on the 识别 tab (they are folded by indicator). */
async function openFields(indicator: string) {
  const summary = await screen.findByText(new RegExp(`^${indicator}（`));
  fireEvent.click(summary);
  expect((summary.closest("details") as HTMLDetailsElement).open).toBe(true);
}

describe("task pane", () => {
  it("shows the sheet it found, the managers and regions counted, and each field's column", async () => {
    const { host } = paneHost();
    renderPane(host);
    expect(await screen.findByText("考核表：考核表")).toBeTruthy();
    expect(screen.getByText("3 名客户经理，2 个区域")).toBeTruthy();
    expect(screen.getByTestId("detect-summary").textContent).toMatch(
      /字段：\d+ 个已确定，\d+ 个不确定，\d+ 个缺少/,
    );
    // Folded, a group's fields are not rendered yet: they are when it is first opened.
    const folded = screen.getByText(/^成员收集（/).closest("details");
    expect((folded as HTMLDetailsElement).open).toBe(false);
    expect(screen.queryByRole("combobox", { name: "成员收集 › 目标 所在列" })).toBeNull();
    await openFields("成员收集");
    const memberTarget = await screen.findByRole("combobox", { name: "成员收集 › 目标 所在列" });
    expect((memberTarget as HTMLSelectElement).value).toBe("N");
  });

  it("lists a missing field first, before the fields found (folded by indicator)", async () => {
    const indicators = TEMPLATE.map((i) =>
      i.id === "contracts" ? { ...i, fields: i.fields.filter(([, id]) => id !== "contractDone") } : i,
    );
    const memory = new MemoryHost([familySheet({ managers: MANAGERS, indicators })]);
    renderPane(new PreviewHost(memory, new MapSettings()));
    const toCheck = await screen.findByTestId("fields-to-check");
    expect(within(toCheck).getByRole("combobox", { name: "存量合约发展 › 办理合约数 所在列" })).toBeTruthy();
    expect(within(toCheck).getByText("缺少")).toBeTruthy();
    expect(screen.getByTestId("detect-summary").textContent).toContain("1 个缺少");
    const order = [screen.getByTestId("detect-summary"), toCheck, screen.getByText("已找到的字段（按指标）")];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it("scores on Regenerate and summarises managers, problems and totals by region", async () => {
    const { host } = paneHost();
    renderPane(host);
    await scoreNow();
    expect(screen.getByTestId("scored-count").textContent).toContain("已评分 3 名客户经理");
    expect(screen.getByTestId("problem-count").textContent).toContain("1 个输入问题");
    const chart = screen.getByRole("list", { name: "各区域平均总分" });
    expect(chart.querySelectorAll("[data-region]")).toHaveLength(2);
    const snapshot = await host.readSheet("考核表");
    expect(snapshot.values.some((row) => row.includes("总分"))).toBe(true);
  });

  it("explains the score cell the user selects, with points earned and lost per indicator", async () => {
    const { host } = paneHost();
    renderPane(host);
    await scoreNow();
    const snapshot = await host.readSheet("考核表");
    const header = snapshot.values.findIndex((row) => row.includes("总分"));
    const totalCol = snapshot.values[header].indexOf("总分");
    const firstManagerRow = snapshot.values.findIndex((row) => row[1] === "测试经理甲");
    act(() => host.userSelect("考核表", { row: firstManagerRow, col: totalCol }));
    const explanation = await screen.findByTestId("explanation");
    expect(explanation.textContent).toMatch(/总分/);
    // The panel shows the note's text, the same words.
    const note = snapshot.comments[cellAddress(firstManagerRow, totalCol)];
    expect(note).toBeDefined();
    expect(explanation.textContent).toBe(noteBody(note!.text));
    expect(screen.getByText("城区 · 测试经理甲")).toBeTruthy();
    const chart = screen.getByRole("list", { name: "各项得分与失分" });
    expect(chart.querySelectorAll("[data-indicator]").length).toBe(xiaoshan201405.indicators.length);
  });

  it("lists each input problem with its cell and selects the cell when clicked", async () => {
    const { host } = paneHost();
    renderPane(host);
    await scoreNow();
    fireEvent.click(screen.getByRole("tab", { name: /问题/ }));
    const list = screen.getByRole("list", { name: "问题" });
    expect(within(list).getByText(/八十/)).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: /定位到 N\d+/ }));
    await waitFor(() => expect(host.selected?.cell.col).toBe(13));
  });

  it("detects without scoring first, and scores (without writing) to list the problems before Regenerate", async () => {
    const { host } = paneHost();
    const before = await host.readSheet("考核表");
    renderPane(host);
    await screen.findByText("3 名客户经理，2 个区域");
    expect(document.querySelector("main")?.getAttribute("data-scored")).toBe("false");
    fireEvent.click(screen.getByRole("tab", { name: /^评分/ }));
    expect(screen.getByText(/尚未评分/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: /问题/ }));
    const list = await screen.findByRole("list", { name: "问题" });
    expect(within(list).getByText(/八十/)).toBeTruthy();
    expect(await host.readSheet("考核表")).toEqual(before);
    expect(document.querySelector("main")?.getAttribute("data-scored")).toBe("false");
  });

  it("remembers a corrected column in the workbook settings and detects again with it", async () => {
    const { host, settings } = paneHost();
    renderPane(host);
    await openFields("成员收集");
    const select = await screen.findByRole("combobox", { name: "成员收集 › 目标 所在列" });
    fireEvent.focus(select);
    fireEvent.change(select, { target: { value: "O" } });
    await waitFor(
      () =>
        expect(
          (screen.getByRole("combobox", { name: "成员收集 › 目标 所在列" }) as HTMLSelectElement).value,
        ).toBe("O"),
      { timeout: 10_000 },
    );
    expect(settings.values.get(MAPPING_KEY)).toMatchObject({
      app: "GridScore",
      columns: { memberTarget: "O" },
    });
  });

  it("reports a damaged saved mapping in a message bar and does not use it", async () => {
    const settings = new MapSettings();
    settings.values.set(MAPPING_KEY, {
      app: "GridScore",
      version: 1,
      ruleSet: "xiaoshan-2014-05",
      columns: { memberTarget: 7 },
    });
    const { host } = paneHost(settings);
    renderPane(host);
    expect(await screen.findByText(/已损坏或不属于本插件/)).toBeTruthy();
    await openFields("成员收集");
    expect(
      ((await screen.findByRole("combobox", { name: "成员收集 › 目标 所在列" })) as HTMLSelectElement).value,
    ).toBe("N");
  });

  it("re-scores the edited row on its own when auto is on", async () => {
    const { host } = paneHost();
    renderPane(host);
    await scoreNow();
    fireEvent.click(screen.getByRole("switch", { name: "修改后自动评分" }));
    const before = await host.readSheet("考核表");
    const row = before.values.findIndex((r) => r[1] === "测试经理乙");
    const header = before.values.findIndex((r) => r.includes("总分"));
    const totalCol = before.values[header].indexOf("总分");
    await act(() => host.editCell("考核表", { row, col: 13 }, "5"));
    await waitFor(
      async () => {
        const after = await host.readSheet("考核表");
        expect(after.values[row][totalCol]).not.toEqual(before.values[row][totalCol]);
      },
      { timeout: 10_000 },
    );
  });

  it("writes live formulas when the formula switch is on", async () => {
    const { host } = paneHost();
    const plans: WritePlan[] = [];
    const recording: InteractiveHost = Object.assign(Object.create(host) as InteractiveHost, {
      apply: async (plan: WritePlan) => {
        plans.push(plan);
        await host.apply(plan);
      },
    });
    renderPane(recording);
    fireEvent.click(await screen.findByRole("switch", { name: /写入公式/ }));
    await scoreNow();
    const written = plans.flatMap((plan) => plan.blocks.flatMap((block) => block.values.flat()));
    const formulas = written.filter((v) => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.some((v) => /COUNTIFS|RANK/i.test((v as { formula: string }).formula))).toBe(true);
  });

  it("shows a failure in an error message bar", async () => {
    const { host } = paneHost();
    const broken: InteractiveHost = Object.assign(Object.create(host) as InteractiveHost, {
      readSheet: async () => {
        throw new Error("工作表读取失败");
      },
    });
    renderPane(broken);
    expect(await screen.findByText(/^Excel 拒绝了这次操作：工作表读取失败。/)).toBeTruthy();
    expect(screen.getByText("出错了")).toBeTruthy();
  });

  it("switches to English and back", async () => {
    const { host } = paneHost();
    renderPane(host);
    fireEvent.click(await screen.findByRole("button", { name: "English" }));
    expect(await screen.findByText("Scoring sheet: 考核表")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Score again" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  });
});
