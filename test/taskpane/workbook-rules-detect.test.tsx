/**
 * @jest-environment jsdom
 */
// A workbook with a rules sheet is detected with its own rules from the start: a branch whose header
// says 目标户数 adds it as a synonym on its rules sheet, and the pane finds that column, shows it in
// 识别, says which rules it read the sheet with, and scores it. Through the memory host and the hook.
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { xiaoshan201405, type RuleSet } from "../../src/engine";
import type { InteractiveHost } from "../../src/hosts/interactive";
import { MemoryHost } from "../../src/hosts/memory";
import { PreviewHost } from "../../src/preview/preview-host";
import { COL } from "../../src/rules/sheet-layout";
import { planRulesSheet } from "../../src/rules/sheet-write";
import { detectWorkbook } from "../../src/sheet/detect-run";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { shippedRuleSet } from "../../src/taskpane/shipped-rule-set";
import { familySheet } from "../sheet/fixtures/sheet-builder";
import { MANAGERS, MapSettings } from "./pane-fixture";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

jest.setTimeout(60_000);

/** May's rules with one more header synonym for 目标家数, as a branch would add it on its rules sheet. */
const withSynonym: RuleSet = {
  ...xiaoshan201405,
  fields: xiaoshan201405.fields.map((f) =>
    f.id === "payTarget" ? { ...f, headers: [...f.headers, "目标户数"] } : f,
  ),
};

async function workbook(rules: RuleSet | null): Promise<PreviewHost> {
  const memory = new MemoryHost([familySheet({ managers: MANAGERS, rename: { 目标家数: "目标户数" } })]);
  if (rules !== null) await memory.apply(planRulesSheet(rules, "zh-CN", null));
  return new PreviewHost(memory, new MapSettings());
}

const COMBO = "统付新增或划账收入 › 目标家数 所在列";

test("the built-in rules do not know the synonym: the column is missing", async () => {
  const host = await workbook(null);
  const run = await detectWorkbook(host, { ruleSet: xiaoshan201405, locale: "zh-CN", mapping: {} });
  expect(run.detection.fields.payTarget).toBeUndefined();
});

test("the pane detects with the workbook's rules sheet, says so, and scores with it", async () => {
  const host = await workbook(withSynonym);
  const column = (await detectWorkbook(host, { ruleSet: withSynonym, locale: "zh-CN", mapping: {} }))
    .detection.fields.payTarget?.column;
  expect(column).toBeDefined();

  render(<PaneApp host={host} ruleSet={shippedRuleSet} theme={webLightTheme} />);
  expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  // The first detection, before any scoring: the field is found in its column, and nothing is missing.
  // Found for sure, it sits in its indicator's folded group, rendered when the group is opened.
  fireEvent.click(await screen.findByText(/^统付新增或划账收入（/));
  const combo = (await screen.findByRole("combobox", { name: COMBO })) as HTMLSelectElement;
  expect(combo.value).toBe(column);
  expect(within(screen.getByTestId("detect-summary")).getByText(/，0 个缺少/)).toBeTruthy();
  expect(screen.getByTestId("detect-rules").textContent).toBe(
    "评分规则：xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）",
  );

  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
  expect((await screen.findByTestId("scored-count")).textContent).toContain("已评分 3 名客户经理");
  const scored = await host.readSheet("考核表");
  expect(scored.values.flat()).toContain("总分");
});

test("a workbook without a rules sheet paints with the built-in rules and reads no rules sheet", async () => {
  const host = await workbook(null);
  const read = jest.spyOn(host, "readSheet");
  render(<PaneApp host={host} ruleSet={shippedRuleSet} theme={webLightTheme} />);
  expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  expect(read.mock.calls.map(([name]) => name)).not.toContain("规则");
  expect(((await screen.findByRole("combobox", { name: COMBO })) as HTMLSelectElement).value).toBe("");
});

test("a bad rules sheet at start-up: the problem is said, and nothing is scored with other rules", async () => {
  const host = await workbook(withSynonym);
  const rules = await host.readSheet("规则");
  const row = rules.values.findIndex((r) => r[0] === "N1");
  await host.editCell("规则", { row, col: COL.numbers.value }, "三");
  const before = (await host.readSheet("考核表")).values;
  render(<PaneApp host={host} ruleSet={shippedRuleSet} theme={webLightTheme} />);
  expect(await screen.findByText(/规则表“规则”有 1 个问题，未评分、未写入/)).toBeTruthy();
  expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  expect(screen.queryByTestId("detect-rules")).toBeNull();
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole("button", { name: "关闭" }));
  expect(screen.queryByText(/规则表“规则”有 1 个问题/)).toBeNull();
  fireEvent.click(button);
  expect(await screen.findByText(/规则表“规则”有 1 个问题，未评分、未写入/)).toBeTruthy();
  expect((await host.readSheet("考核表")).values).toEqual(before);
});

test("a sheet detected again after a rename is read with the workbook's rules too", async () => {
  const host = await workbook(withSynonym);
  let renamed: ((name: string) => void) | undefined;
  (host as InteractiveHost).onSheetRenamed = async (_sheet, handler) => {
    renamed = handler;
    return async () => undefined;
  };
  render(<PaneApp host={host} ruleSet={shippedRuleSet} theme={webLightTheme} />);
  expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  await waitFor(() => expect(renamed).toBeDefined());
  const read = jest.spyOn(host, "readSheet");
  // The host tells of a rename (here to the same name: the memory host cannot rename a sheet).
  act(() => renamed!("考核表"));
  await waitFor(() => expect(read).toHaveBeenCalledWith("考核表"));
  await waitFor(() =>
    expect(within(screen.getByTestId("detect-summary")).getByText(/，0 个缺少/)).toBeTruthy(),
  );
});

test.each(["zh-CN", "en"] as const)(
  "a rules sheet renamed is said in %s, and nothing is detected or scored with other rules",
  async (locale) => {
    const written = await workbook(xiaoshan201405);
    const rules = { ...(await written.readSheet("规则")), name: "规则五月" };
    const memory = new MemoryHost([familySheet({ managers: MANAGERS }), rules]);
    const host = new PreviewHost(memory, new MapSettings());
    render(<PaneApp host={host} ruleSet={shippedRuleSet} theme={webLightTheme} initialLocale={locale} />);
    const said =
      locale === "zh-CN"
        ? /工作表“规则五月”是 GridScore 的规则表，但它的名字不是“规则”/
        : /The sheet "规则五月" is a GridScore rules sheet, but it is not named "规则"/;
    expect(await screen.findByText(said)).toBeTruthy();
    expect((await host.readSheet("考核表")).values.flat()).not.toContain("总分");
  },
);
