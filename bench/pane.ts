/**
 * Bench part "pane": the task pane's production bundle (gzip) and the pane's time to interactive in
 * headless Chromium (navigation start → the pane shows the detected sample, painted, and the main thread is
 * free: the preview's `gridscore:interactive` mark). The preview's grid, which stands in for Excel's own
 * grid, renders after that mark; its `gridscore:grid-shown` mark is printed for context. Builds first.
 * In the same run, loaded alternately with the preview, a minimal React + Fluent v9 page built the same way
 * (bench/fluent-hello): the preview's time to interactive over that page's is the ratio judged.
 * Prints `kb pane-gzip: <number>` (target ≤ 300), `ms preview-interactive: <number>` and
 * `ms preview-grid-shown: <number>` (for context) and `ratio preview/fluent-hello: <number>` (target ≤ 1.5).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, servePreview } from "../src/preview/serve";
import { launchChromium } from "../test/e2e/chromium";
import { GRID_SHOWN_MARK, INTERACTIVE_MARK } from "../src/preview/interactive-mark";
import { HELLO_MARK } from "./fluent-hello/mark";

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

/** Navigation start → each of the page's performance marks `marks`, in a cold browser (fresh profile). */
async function marksMs(url: string, marks: readonly string[]): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const times: number[] = [];
    for (const mark of marks) {
      const at = await page.waitForFunction(
        (name) => performance.getEntriesByName(name)[0]?.startTime,
        mark,
        {
          timeout: 60_000,
        },
      );
      times.push(Number(await at.jsonValue()));
    }
    return times;
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
  execFileSync("npx", ["webpack", "--mode", "production", "--env", "fluentHello", `--json=${statsFile}`], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const scripts = paneScripts(JSON.parse(readFileSync(statsFile, "utf8")) as WebpackStats);
  const kb = gzipKb(scripts.all);
  console.log(
    `task pane scripts, gzip -9: ${gzipKb(scripts.initial).toFixed(1)} KB at start, ${kb.toFixed(1)} KB with every chunk it can load (scoring, the engine, zod, the 规则 tab)`,
  );
  const server = await servePreview(DIST);
  try {
    // Alternately, so that both pages see the same load on the machine.
    const times: number[] = [];
    const grid: number[] = [];
    const hello: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [pane, gridShown] = await marksMs(server.url, [INTERACTIVE_MARK, GRID_SHOWN_MARK]);
      times.push(pane);
      grid.push(gridShown);
      hello.push((await marksMs(`${server.url.replace(/\/?$/, "/")}fluent-hello.html`, [HELLO_MARK]))[0]);
    }
    const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(", ");
    console.log(`preview's pane interactive, ${RUNS} cold loads (fresh profile each): ${list(times)} ms`);
    console.log(`the preview's grid shown after it: ${list(grid)} ms`);
    console.log(`minimal React + Fluent page interactive, the same way: ${list(hello)} ms`);
    console.log(`kb pane-gzip: ${kb.toFixed(1)}`);
    console.log(`ms preview-interactive: ${median(times).toFixed(0)}`);
    console.log(`ms preview-grid-shown: ${median(grid).toFixed(0)}`);
    console.log(`ratio preview/fluent-hello: ${(median(times) / median(hello)).toFixed(2)}`);
  } finally {
    await server.close();
  }
}
