// Rasterises icon.svg into the add-in's PNG icons (16, 32, 64, 80 px) with headless Chromium.
// Run: node assets/icons/make-icons.cjs   (needs /usr/bin/chromium; the PNGs are committed)
const { chromium } = require("playwright-core");
const { mkdtempSync, readFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

async function main() {
  const svg = readFileSync(join(__dirname, "icon.svg"), "utf8");
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "icons-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of [16, 32, 64, 80]) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: size, height: size });
      const html = `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`;
      await page.setContent(html);
      await page.screenshot({ path: join(__dirname, `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.exitCode = 1;
  throw error;
});
