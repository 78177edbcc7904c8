// The pane as staff meet it, in headless Chromium on the built preview: the sheet it scores, every tab at
// 320 px wide in zh-CN and en (no horizontal scrolling, no serious or critical axe-core violation), the
// keyboard alone (score, switch tabs, move through problems), the README's pictures of the pane, and a
// picture of the 识别 tab in each language at 320 px (in .tmp/e2e, to look at).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import type { RunningServer } from "../../src/preview/serve";
import type { Locale } from "../../src/engine/types";
import { stringsFor, type Strings } from "../../src/taskpane/strings";
import { openPreview, type Browser } from "./chromium";

/** The README's pictures: made by this test, so they show the pane as it is. */
const IMAGES = resolve(__dirname, "../../docs/images");
/** Pictures of the pane in each language at 320 px, to look at (not committed). */
const SHOTS = resolve(__dirname, "../../.tmp/e2e");
/** The narrowest task pane Excel shows. */
const PANE_PX = 320;
const FIRST_MANAGER_ROW = 6;

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openPreview());
  mkdirSync(IMAGES, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(server.url);
  await page.locator('main[data-phase="ready"]').waitFor({ timeout: 60_000 });
  // The pane at the width of Excel's narrowest task pane.
  await page.locator("aside").evaluate((aside, px) => {
    (aside as HTMLElement).style.width = `${px}px`;
  }, PANE_PX);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = (): Locator => page.locator("aside");

/** Whether anything in the pane is wider than the pane (it would scroll sideways). */
async function overflowsSideways(): Promise<string[]> {
  return pane().evaluate((aside) => {
    const right = aside.getBoundingClientRect().right + 0.5;
    const wide = [...aside.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > right);
    const texts = wide.map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? "").slice(0, 30)}`);
    return aside.scrollWidth > aside.clientWidth ? [`pane scrolls: ${aside.scrollWidth}px`, ...texts] : texts;
  });
}

/** The rightmost column whose cell reads exactly `text`, once the grid has rendered every column. */
async function rightmostColumnOf(text: string): Promise<string> {
  const grid = page.locator("table[data-columns]");
  for (let i = 0; i < 50; i++) {
    const done = await grid.evaluate(
      (t) => Number(t.getAttribute("data-columns")) >= Number(t.getAttribute("data-column-count")),
    );
    if (done) break;
    await grid.evaluate((t) => {
      const scroller = t.parentElement!;
      scroller.scrollLeft = scroller.scrollWidth;
    });
    await page.waitForTimeout(100);
  }
  const cells = page.locator("td[data-cell]", { hasText: new RegExp(`^${text}$`) });
  const columns = (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell") ?? ""))).map(
    (a) => a.replace(/\d+$/, ""),
  );
  columns.sort((a, b) => a.length - b.length || a.localeCompare(b));
  const last = columns[columns.length - 1];
  if (last === undefined) throw new Error(`no cell "${text}" in the grid`);
  return last;
}

/**
 * Fluent's keyboard navigation (tabster) puts focus guards around a tab list: `<i tabindex="0"
 * aria-hidden="true" data-tabster-dummy>`, by design; they hand the focus on at once and are hidden so
 * that screen readers do not announce them. Accessibility Insights leaves exactly these out of the
 * `aria-hidden-focus` rule; so does this check, and nothing else.
 */
const isTabsterGuard = (rule: string, html: string) =>
  rule === "aria-hidden-focus" && html.includes("data-tabster-dummy");

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include("aside").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Switches the pane to `locale` and scores (a switch of language detects again). */
async function scoredIn(locale: Locale): Promise<Strings> {
  const strings = stringsFor(locale);
  const other = stringsFor(locale === "en" ? "zh-CN" : "en");
  // The language button names the other language: in zh-CN it reads "English".
  if ((await pane().getByRole("button", { name: strings.language, exact: true }).count()) === 0) {
    await pane().getByRole("button", { name: other.language, exact: true }).click();
  }
  await page.locator('main[data-phase="ready"]').waitFor({ timeout: 60_000 });
  if ((await page.locator('main[data-scored="true"]').count()) === 0) {
    await pane().getByRole("button", { name: strings.regenerate }).click();
    await page.locator('main[data-scored="true"][data-phase="ready"]').waitFor({ timeout: 60_000 });
  }
  return strings;
}

describe("the pane at 320 px, in headless Chromium", () => {
  it("shows the sheet it scores in the grid", async () => {
    await page.getByRole("tab", { name: "考核表", selected: true }).waitFor();
    expect(await page.locator("td[data-cell]").first().isVisible()).toBe(true);
  });

  it("is used by keyboard alone: score, switch tabs, move through problems", async () => {
    // From the page's start, Tab until the pane's score button has the focus.
    await page.locator("body").focus();
    const score = pane().getByRole("button", { name: "重新评分" });
    for (let i = 0; i < 40 && !(await score.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await score.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator('main[data-scored="true"][data-phase="ready"]').waitFor({ timeout: 60_000 });

    // To the selected tab, then along the tab list with the arrow keys.
    const tabs = pane().getByRole("tablist");
    for (let i = 0; i < 20 && !(await tabs.evaluate((t) => t.contains(document.activeElement))); i++) {
      await page.keyboard.press("Tab");
    }
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await pane().getByRole("tab", { name: /^问题/, selected: true }).waitFor();

    // Into the problems: the first "go to" button selects its cell in the grid.
    const goTo = pane()
      .getByRole("button", { name: /^定位到 / })
      .first();
    for (let i = 0; i < 20 && !(await goTo.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await goTo.evaluate((b) => b === document.activeElement)).toBe(true);
    const cell = ((await goTo.innerText()).match(/[A-Z]+\d+/) ?? [""])[0];
    await page.keyboard.press("Enter");
    await page.locator(`td[data-cell="${cell}"][data-selected="true"]`).waitFor({ timeout: 10_000 });
  }, 120_000);

  for (const locale of ["zh-CN", "en"] as const) {
    it(`has no sideways scrolling and no serious axe-core violation on any tab (${locale})`, async () => {
      const strings = await scoredIn(locale);
      for (const tab of [strings.detect, strings.score, strings.explain, strings.problems]) {
        await pane()
          .getByRole("tab", { name: new RegExp(`^${tab}`) })
          .click();
        if (tab === strings.detect) {
          // Unfold a group of fields too: its rows must fit as well.
          await pane()
            .locator("summary", { hasText: new RegExp(`^${locale === "en" ? "Member" : "成员收集"}`) })
            .click();
        }
        expect({ tab, wide: await overflowsSideways() }).toEqual({ tab, wide: [] });
        if (tab === strings.detect) await pane().screenshot({ path: join(SHOTS, `pane-320-${locale}.png`) });
        expect({ tab, violations: await seriousViolations() }).toEqual({ tab, violations: [] });
      }
    }, 120_000);
  }

  it("makes the README's pictures of the pane: the summary, an explanation, the 识别 tab", async () => {
    await scoredIn("zh-CN");
    await pane().getByRole("tab", { name: /^评分/ }).click();
    await pane().screenshot({ path: join(IMAGES, "pane-score.png") });
    await pane().getByRole("tab", { name: /^识别/ }).click();
    await pane().screenshot({ path: join(IMAGES, "pane-detect.png") });
    // An indicator that lost points: 服务进驻 of the second manager, in the score block (its rightmost header).
    const column = await rightmostColumnOf("服务进驻");
    await page.locator(`td[data-cell="${column}${FIRST_MANAGER_ROW + 1}"]`).click();
    await pane().getByTestId("explanation").waitFor();
    expect(await pane().getByTestId("explanation").innerText()).toMatch(/少得 \d+\.\d\d 分: /);
    await pane().screenshot({ path: join(IMAGES, "pane-explain.png") });
  }, 120_000);
});
