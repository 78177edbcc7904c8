/**
 * The workbook as the scoring pipeline should see it: every sheet but the rules sheet, so that the
 * rules are never taken for the scoring sheet. Small on purpose: the pane detects with it before the
 * engine is loaded.
 *
 * A rules sheet under another name (renamed, or a copy) stops the run: scoring on would use other
 * rules than the ones the workbook shows (the built-in set where 规则 is gone), and nobody would see it.
 */
import { SheetError } from "../sheet/errors";
import type { WorkbookHost } from "../sheet/types";
import { isRulesSheet, RULES_SHEET } from "./sheet-name";

export function withoutRulesSheet<H extends WorkbookHost>(host: H): WorkbookHost {
  return {
    listSheets: async () => (await host.listSheets()).filter((name) => name !== RULES_SHEET),
    readSheet: async (name) => {
      const snapshot = await host.readSheet(name);
      if (name !== RULES_SHEET && isRulesSheet(snapshot))
        throw rulesSheetElsewhere(name, (await host.listSheets()).includes(RULES_SHEET));
      return snapshot;
    },
    apply: (plan) => host.apply(plan),
  };
}

function rulesSheetElsewhere(name: string, rulesSheetToo: boolean): SheetError {
  return new SheetError(
    "rulesSheetElsewhere",
    rulesSheetToo
      ? {
          "zh-CN": `工作表“${name}”也是一张规则表（像是“${RULES_SHEET}”的副本）；评分只用名为“${RULES_SHEET}”的那张。请删除这张副本（或把要用的规则改进“${RULES_SHEET}”），再评分。这次没有评分，也没有写入任何内容。`,
          en: `The sheet "${name}" is also a rules sheet (a copy of "${RULES_SHEET}"?); only the sheet named "${RULES_SHEET}" scores. Delete the copy (or put the rules you want into "${RULES_SHEET}") and score again. Nothing was scored or written.`,
        }
      : {
          "zh-CN": `工作表“${name}”是 GridScore 的规则表，但它的名字不是“${RULES_SHEET}”，所以不会用它评分。请把它改回“${RULES_SHEET}”，再评分。这次没有评分，也没有写入任何内容。`,
          en: `The sheet "${name}" is a GridScore rules sheet, but it is not named "${RULES_SHEET}", so it would not be used to score. Rename it back to "${RULES_SHEET}" and score again. Nothing was scored or written.`,
        },
  );
}
