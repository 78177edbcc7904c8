/**
 * The add-in's entry inside Excel: waits for Office, then renders the pane on the Office.js host.
 * office.js itself is loaded by taskpane.html from Microsoft's CDN.
 */
import { createRoot } from "react-dom/client";
import { OfficeJsHost } from "../hosts/officejs";
import { PaneApp } from "./components/PaneApp";
import { shippedRuleSet } from "./shipped-rule-set";
import { themeFor } from "./theme";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
// taskpane.html's start-up check has already said why the pane cannot run here (no office.js).
if (!container.hasAttribute("data-startup-problem")) void Office.onReady((info) => start(container, info));

function start(container: HTMLElement, info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel) {
    container.textContent =
      "请在 Excel 中打开此加载项；不用 Excel 时请使用预览（npm run preview）。 / Open this add-in in Excel, or use the preview (npm run preview).";
    return;
  }
  const host = new OfficeJsHost();
  const officeTheme = Office.context.officeTheme as { bodyBackgroundColor: string } | undefined;
  const lang = Office.context.displayLanguage?.toLowerCase().startsWith("zh") === false ? "en" : "zh-CN";
  createRoot(container).render(
    <PaneApp host={host} ruleSet={shippedRuleSet} theme={themeFor(officeTheme)} initialLocale={lang} />,
  );
}
