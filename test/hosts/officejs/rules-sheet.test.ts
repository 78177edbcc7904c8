// The rules sheet (规则) written and read through the Office.js host, on each Excel build's profile.
import { xiaoshan201405 } from "../../../src/engine";
import { OfficeJsHost } from "../../../src/hosts/officejs";
import { planRulesSheet } from "../../../src/rules/sheet-write";
import { readRulesSheet } from "../../../src/rules/sheet-read";
import { COL, RULES_SHEET } from "../../../src/rules/sheet-layout";
import { FakeExcel, PROFILES, type ExcelProfile } from "./fake-excel";
import { managerSheet } from "./sample-sheet";

function setup(profile: ExcelProfile) {
  const excel = new FakeExcel(profile);
  excel.addSheet(managerSheet(3));
  return { excel, host: new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported }) };
}

const options = Object.values(xiaoshan201405.parameters).filter((p) => p.options).length;

describe.each(PROFILES.map((p) => [p.name, p] as const))(
  "the rules sheet through the Office.js host on %s",
  (_name, profile) => {
    it("adds the sheet, writes it, and reads back exactly the rule set, with drop-downs and widths", async () => {
      const { excel, host } = setup(profile);
      const plan = planRulesSheet(xiaoshan201405, "zh-CN", null);
      await host.apply(plan);
      const sheets = await host.listSheets();
      expect(sheets).toHaveLength(2);
      expect(sheets[1]).toBe(RULES_SHEET);
      const read = readRulesSheet(await host.readSheet(RULES_SHEET));
      if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
      expect(read.ruleSet).toEqual(xiaoshan201405);
      const sheet = excel.sheet(RULES_SHEET);
      const row = plan.blocks[0].values.findIndex((r) => r[0] === "stepMode");
      expect(sheet.validations).toHaveLength(options);
      expect(sheet.validations).toContainEqual({
        rect: { top: row, left: COL.parameters.value, bottom: row, right: COL.parameters.value },
        source: `=$E$${row + 1}:$F$${row + 1}`,
      });
      expect(sheet.columnWidths.get(2)).toBeCloseTo((40 * 48) / 8.43);
    });

    it("rewrites the sheet in place: the old drop-downs are cleared, not doubled", async () => {
      const { excel, host } = setup(profile);
      await host.apply(planRulesSheet(xiaoshan201405, "zh-CN", null));
      await host.apply(planRulesSheet(xiaoshan201405, "en", await host.readSheet(RULES_SHEET)));
      expect(excel.sheet(RULES_SHEET).validations).toHaveLength(options);
      const read = readRulesSheet(await host.readSheet(RULES_SHEET));
      expect(read.ok && read.ruleSet).toEqual(xiaoshan201405);
    });
  },
);
