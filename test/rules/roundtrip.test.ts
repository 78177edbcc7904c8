import { xiaoshan201405 } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { planRulesSheet } from "../../src/rules/sheet-write";
import { readRulesSheet } from "../../src/rules/sheet-read";
import { RULES_SHEET } from "../../src/rules/sheet-layout";

describe("the rules sheet", () => {
  it.each(["zh-CN", "en"] as const)(
    "reads back exactly the rule set it was written from (%s)",
    async (locale) => {
      const host = new MemoryHost([]);
      await host.apply(planRulesSheet(xiaoshan201405, locale, null));
      const read = readRulesSheet(await host.readSheet(RULES_SHEET));
      if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
      expect(read.ruleSet).toEqual(xiaoshan201405);
    },
  );
});
