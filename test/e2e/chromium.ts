/** Headless Debian Chromium through playwright-core, for the e2e test and the bench (fresh profile each time). */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DIST, servePreview, type RunningServer } from "../../src/preview/serve";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ROOT = resolve(__dirname, "../..");

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "gridscore-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1400, height: 860 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the production bundle unless dist/ holds a preview built after the last change to its sources. */
export function ensureBuilt(): void {
  const built = join(ROOT, "dist/preview.html");
  const sources = Math.max(
    newestSource(join(ROOT, "src")),
    newestSource(join(ROOT, "assets/samples")),
    statSync(join(ROOT, "webpack.config.js")).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
}

/** What each e2e file starts with: the built preview served on a free port, and a page of a fresh Chromium. */
export async function openPreview(): Promise<{ server: RunningServer; browser: Browser; page: Page }> {
  ensureBuilt();
  const server = await servePreview(DIST);
  const browser = await launchChromium();
  return { server, browser, page: await browser.context.newPage() };
}
