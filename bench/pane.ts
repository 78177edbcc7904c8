/**
 * Bench part "pane": the task pane's production bundle (gzip) and the preview's time to interactive in
 * headless Chromium (navigation start → the pane shows the detected sample and the grid its sheet, painted:
 * the preview's `gridscore:interactive` mark). Builds first.
 * Prints `kb pane-gzip: <number>` (target ≤ 300) and `ms preview-interactive: <number>` (target < 1000).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, servePreview } from "../src/preview/serve";
import { launchChromium } from "../test/e2e/chromium";

const ROOT = resolve(__dirname, "..");
const RUNS = 5;

/** The scripts taskpane.html loads from our build (office.js comes from Microsoft's CDN, not counted). */
function paneGzipBytes(): number {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
}

async function interactiveMs(url: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('main[data-phase="ready"]').waitFor({ timeout: 60_000 });
    const mark = await page.waitForFunction(
      () => performance.getEntriesByName("gridscore:interactive")[0]?.startTime,
      null,
      { timeout: 60_000 },
    );
    return Number(await mark.jsonValue());
  } finally {
    await browser.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  console.log("building the production bundle…");
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const kb = paneGzipBytes() / 1024;
  const server = await servePreview(DIST);
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await interactiveMs(server.url));
    console.log(
      `preview interactive, ${RUNS} cold loads (fresh profile each): ${times.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
    console.log(`kb pane-gzip: ${kb.toFixed(1)}`);
    console.log(`ms preview-interactive: ${median(times).toFixed(0)}`);
  } finally {
    await server.close();
  }
}
