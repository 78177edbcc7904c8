// The pane first, in headless Chromium on the built preview: at the preview's interactive mark the pane
// shows the detected sample and answers a click, while the grid (the stand-in for Excel's own grid) has
// not rendered its cells yet; the grid then shows the scored sheet and marks that it has.
import type { Page } from "playwright-core";
import type { RunningServer } from "../../src/preview/serve";
import { GRID_SHOWN_MARK, INTERACTIVE_MARK } from "../../src/preview/interactive-mark";
import { stringsFor } from "../../src/taskpane/strings";
import { openPreview, type Browser } from "./chromium";

/** What the page showed at the moment the interactive mark was made. */
interface AtMark {
  paneText: string;
  phase: string | null;
  gridCells: number;
}

declare global {
  interface Window {
    gridscoreAtMark?: AtMark;
  }
}

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openPreview());
  // Notes what the page shows as the mark is made (a performance observer's callback would come a task
  // later, when the grid may have rendered already).
  await page.addInitScript((mark) => {
    const markNow = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === mark) {
        window.gridscoreAtMark = {
          paneText: document.querySelector("aside")?.textContent ?? "",
          phase: document.querySelector("aside main")?.getAttribute("data-phase") ?? null,
          gridCells: document.querySelectorAll("td[data-cell]").length,
        };
      }
      return markNow(name, options);
    };
  }, INTERACTIVE_MARK);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const markTime = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime, name);

describe("the preview shows the pane first", () => {
  it("answers a click on the pane at its interactive mark, then shows the scored sheet in the grid", async () => {
    const strings = stringsFor("zh-CN");
    await page.goto(server.url);
    const atMark = await page.waitForFunction(() => window.gridscoreAtMark, undefined, { timeout: 60_000 });
    // The pane shows the detected sample; the grid has no cells yet.
    expect(await atMark.jsonValue()).toEqual({
      paneText: expect.stringContaining(strings.sheetFound("考核表")) as string,
      phase: "ready",
      gridCells: 0,
    });

    // A tab of the pane switches right after the mark.
    const scoreTab = page.locator("aside").getByRole("tab", { name: new RegExp(`^${strings.score}`) });
    await scoreTab.click();
    await page
      .locator("aside")
      .getByRole("tab", { name: new RegExp(`^${strings.score}`), selected: true })
      .waitFor();

    // Then the grid shows the sheet the pane scores, and marks so after the pane's mark.
    await page.getByRole("tab", { name: "考核表", selected: true }).waitFor();
    await page.locator("td[data-cell]").first().waitFor();
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, GRID_SHOWN_MARK);
    expect(await markTime(GRID_SHOWN_MARK)).toBeGreaterThan((await markTime(INTERACTIVE_MARK)) ?? Infinity);
  }, 120_000);
});
