/**
 * @jest-environment jsdom
 *
 * taskpane.html's start-up check: where the pane cannot run, it says why instead of leaving it blank.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script id="startup-check"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

const CHROMIUM_WEBVIEW =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0";
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.17763";

function start(userAgent: string, language: string, office: boolean): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
  const w = window as unknown as { Office?: unknown };
  if (office) w.Office = {};
  else delete w.Office;
  new Function(script)();
  return document.getElementById("root")!;
}

describe("the task pane's start-up check", () => {
  it("is in the page", () => {
    expect(script).toContain("data-startup-problem");
  });

  it("leaves the pane to start in a modern WebView with office.js", () => {
    const root = start(CHROMIUM_WEBVIEW, "zh-CN", true);
    expect(root.hasAttribute("data-startup-problem")).toBe(false);
    expect(root.textContent).toBe("");
  });

  it.each([
    ["Internet Explorer (Trident)", TRIDENT],
    ["the old Edge (EdgeHTML)", EDGE_HTML],
  ])("says in Chinese that Excel showing add-ins in %s cannot run the pane", (_, ua) => {
    const root = start(ua, "zh-CN", true);
    expect(root.getAttribute("data-startup-problem")).toBe("oldWebView");
    expect(root.textContent).toContain("无法运行考核评分");
    expect(root.textContent).toContain("Excel 网页版");
  });

  it("says in English, for an English browser, that office.js could not be loaded", () => {
    const root = start(CHROMIUM_WEBVIEW, "en-US", false);
    expect(root.getAttribute("data-startup-problem")).toBe("noOffice");
    expect(root.textContent).toContain("(office.js) could not be loaded");
    expect(root.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
