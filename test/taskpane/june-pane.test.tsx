/**
 * @jest-environment jsdom
 */
// The pane scores the second month's sample with the second month's rule set, through the memory host,
// with no code change: June's indicators appear in the score block, the dropped one does not.
import { readFileSync } from "node:fs";
import { TextDecoder, TextEncoder } from "node:util";
import { resolve } from "node:path";
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryHost } from "../../src/hosts/memory";
import { PreviewHost } from "../../src/preview/preview-host";
import { shippedRuleSet } from "../../src/rulesets";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { MapSettings } from "./pane-fixture";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

jest.setTimeout(60_000);

// jsdom has no TextEncoder; the .xlsx reader (used here only to turn the sample into a sheet) needs it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const JUNE_SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-06.xlsx");

test("the pane detects and scores the June sample with the June rule set", async () => {
  const june = shippedRuleSet("example-2014-06");
  if (june === undefined) throw new Error("example-2014-06 is not shipped");
  const { ExcelJsHost } = await import("../../src/hosts/xlsx/exceljs-host");
  const file = await ExcelJsHost.load(new Uint8Array(readFileSync(JUNE_SAMPLE)));
  const memory = new MemoryHost([await file.readSheet("考核表")]);
  const host = new PreviewHost(memory, new MapSettings());
  render(<PaneApp host={host} ruleSet={june} theme={webLightTheme} />);

  expect(await screen.findByText("考核表：考核表")).toBeTruthy();
  // The June indicator's fields, found for sure, are folded under it.
  fireEvent.click(screen.getByText(/^云业务发展（/));
  expect(await screen.findByRole("combobox", { name: "云业务发展 › 云业务完成 所在列" })).toBeTruthy();
  const button = await screen.findByRole("button", { name: "重新评分" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  fireEvent.click(screen.getByRole("tab", { name: /评分/ }));
  expect((await screen.findByTestId("scored-count")).textContent).toContain("已评分 28 名客户经理");
  expect(screen.getByTestId("problem-count").textContent).toContain("1 个输入问题");

  const scored = await host.readSheet("考核表");
  const texts = scored.values.flat().filter((v): v is string => typeof v === "string");
  expect(texts.filter((t) => t === "云业务发展").length).toBeGreaterThanOrEqual(2); // input block and score block
  expect(texts).not.toContain("百万工作机发展");
  expect(texts).toContain("总分");
});
