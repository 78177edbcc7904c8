/**
 * The workbook as the scoring pipeline should see it: every sheet but the rules sheet, so that the
 * rules are never taken for the scoring sheet. Small on purpose: the pane detects with it before the
 * engine is loaded.
 */
import type { WorkbookHost } from "../sheet/types";
import { RULES_SHEET } from "./sheet-name";

export function withoutRulesSheet<H extends WorkbookHost>(host: H): WorkbookHost {
  return {
    listSheets: async () => (await host.listSheets()).filter((name) => name !== RULES_SHEET),
    readSheet: (name) => host.readSheet(name),
    apply: (plan) => host.apply(plan),
  };
}
