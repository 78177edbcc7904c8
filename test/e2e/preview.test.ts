// End to end in headless Chromium on the built preview: load, detect, score, explain, edit, auto re-score.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { parseCellAddress } from "../../src/sheet/address";
import type { RunningServer } from "../../src/preview/serve";
import { openPreview, type Browser } from "./chromium";

const SHOTS = resolve(__dirname, "../../.tmp/e2e");
const SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");
const FIRST_MANAGER_ROW = 6;

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openPreview());
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Scrolls the grid right until every column is rendered (it renders the columns in view, and more as it scrolls). */
async function renderAllColumns(): Promise<void> {
  const grid = page.locator("table[data-columns]");
  for (let i = 0; i < 50; i++) {
    const [shown, count] = await grid.evaluate((t) => [
      Number(t.getAttribute("data-columns")),
      Number(t.getAttribute("data-column-count")),
    ]);
    if (shown >= count) return;
    await grid.evaluate((t) => {
      const scroller = t.parentElement!;
      scroller.scrollLeft = scroller.scrollWidth;
    });
    await page.waitForFunction((before) => {
      const t = document.querySelector("table[data-columns]");
      return Number(t?.getAttribute("data-columns")) > before;
    }, shown);
  }
  throw new Error("the grid did not render every column");
}

/** The column letters of the grid cell in `row` whose text is exactly `text`. */
async function columnOf(text: string, row?: number): Promise<string> {
  await renderAllColumns();
  const cells = page.locator("td[data-cell]", { hasText: new RegExp(`^${text}$`) });
  const addresses = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell") ?? ""));
  const address = addresses.find((a) => row === undefined || a.endsWith(String(row)));
  if (!address) throw new Error(`no cell "${text}" in the grid`);
  return address.replace(/\d+$/, "");
}

const cellText = (address: string) => page.locator(`td[data-cell="${address}"]`).innerText();

describe("preview in headless Chromium", () => {
  it("loads the sample, detects its sheet, scores it, explains a total and re-scores an edit", async () => {
    await page.goto(server.url);
    await page.locator('main[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.getByText("考核表：考核表").waitFor();
    expect(await page.getByText(/28 名客户经理，5 个区域/).count()).toBe(1);
    // The grid renders the columns in view first; the ones to the right as it scrolls.
    const shown = Number(await page.locator("table[data-columns]").getAttribute("data-columns"));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(
      Number(await page.locator("table[data-columns]").getAttribute("data-column-count")),
    );

    await page.getByRole("button", { name: "重新评分" }).click();
    await page.locator('main[data-scored="true"][data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: /^评分/ }).click();
    expect(await page.getByTestId("scored-count").innerText()).toBe("已评分 28 名客户经理");

    const total = `${await columnOf("总分")}${FIRST_MANAGER_ROW}`;
    const before = await cellText(total);
    expect(Number(before)).not.toBeNaN();
    await page.locator(`td[data-cell="${total}"]`).click();
    const explanation = page.getByTestId("explanation");
    await explanation.waitFor();
    expect(await explanation.innerText()).toMatch(/总分/);
    await page.screenshot({ path: join(SHOTS, "preview.png") });

    await page.getByRole("switch", { name: "修改后自动评分" }).check();
    const points = `${await columnOf("加扣分")}${FIRST_MANAGER_ROW}`;
    const old = await cellText(points);
    await page.locator(`td[data-cell="${points}"]`).dblclick();
    const input = page.getByRole("textbox", { name: points });
    await input.fill(old.trim() === "3" ? "1" : "3");
    await input.press("Enter");
    await page.waitForFunction(
      ([address, previous]) => document.querySelector(`td[data-cell="${address}"]`)?.textContent !== previous,
      [total, before] as const,
      { timeout: 30_000 },
    );
    const after = await cellText(total);
    expect(after).not.toBe(before);
    await page.screenshot({ path: join(SHOTS, "preview-rescored.png") });

    // The scored copy (ExcelJS loads only now) holds the re-scored total.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /下载评分后的副本/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-2014-05-scored.xlsx");
    const copy = await ExcelJsHost.load(readFileSync(await download.path()));
    const scored = await copy.readSheet("考核表");
    const cell = parseCellAddress(total);
    expect(cell && scored.text[cell.row][cell.col]).toBe(after);

    // Opening an .xlsx (read by ExcelJS in the browser) gives a fresh pane on it.
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.locator('main[data-scored="false"][data-phase="ready"]').waitFor({ timeout: 60_000 });
    expect(await page.getByText(/28 名客户经理，5 个区域/).count()).toBe(1);
  }, 180_000);
});
