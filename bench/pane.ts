/**
 * Bench part "pane": the task pane's production bundle (gzip) and the preview's time to interactive in
 * headless Chromium (navigation start → the pane shows the detected sample and the grid its sheet, painted:
 * the preview's `gridscore:interactive` mark). Builds first.
 * Prints `kb pane-gzip: <number>` (target ≤ 300) and `ms preview-interactive: <number>` (target < 1000).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, servePreview } from "../src/preview/serve";
import { launchChromium } from "../test/e2e/chromium";

const ROOT = resolve(__dirname, "..");
const RUNS = 5;

interface WebpackStats {
  entrypoints: Record<string, { chunks: Array<string | number> }>;
  chunks: Array<{ id: string | number; files: string[]; children?: Array<string | number> }>;
}

/**
 * The task pane's scripts from our build: those taskpane.html loads and every chunk they can load
 * later (the scoring chunk, the engine, zod), from webpack's stats. office.js comes from
 * Microsoft's CDN and is not counted.
 */
function paneScripts(stats: WebpackStats): { initial: string[]; all: string[] } {
  const byId = new Map(stats.chunks.map((c) => [c.id, c]));
  const initial = stats.entrypoints.taskpane.chunks;
  const seen = new Set<string | number>();
  const todo = [...initial];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(byId.get(id)?.children ?? []));
  }
  const js = (ids: Iterable<string | number>) =>
    [...ids].flatMap((id) => byId.get(id)?.files ?? []).filter((f) => f.endsWith(".js"));
  return { initial: js(initial), all: js(seen) };
}

function gzipKb(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024;
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
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const statsFile = join(ROOT, ".tmp", "webpack-stats.json");
  execFileSync("npx", ["webpack", "--mode", "production", `--json=${statsFile}`], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const scripts = paneScripts(JSON.parse(readFileSync(statsFile, "utf8")) as WebpackStats);
  const kb = gzipKb(scripts.all);
  console.log(
    `task pane scripts, gzip -9: ${gzipKb(scripts.initial).toFixed(1)} KB at start, ${kb.toFixed(1)} KB with the chunks it loads on first score`,
  );
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
