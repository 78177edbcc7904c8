import { readFileSync } from "node:fs";
import { withParameters, xiaoshan201405 } from "../../src/engine";
import { ruleBook } from "../../src/rules/book";
import { bookPath, LOCALES, SHIPPED } from "../../scripts/rulebook";

describe("the rule book", () => {
  it.each(SHIPPED.flatMap((rs) => LOCALES.map((l) => [rs.id, l, rs] as const)))(
    "docs/rules/%s.%s.md is current (npm run rulebook regenerates it)",
    (_id, locale, rs) => {
      expect(readFileSync(bookPath(rs, locale), "utf8")).toBe(ruleBook(rs, locale));
    },
  );

  it("reads each band as the original does", () => {
    const zh = ruleBook(xiaoshan201405, "zh-CN");
    expect(zh).toContain("- 完成率 ≥ 100%：15 分；80%–100%：按比例 15 × 完成率；< 80%：按下列规则");
    expect(zh).toContain("若 当月新建 >= 15：10 分；否则：0 分");
    expect(zh).toContain("每 1 个155类产品净增集团数计 3 分，不封顶；为负时得 0 分（参数 netDecrease）");
    expect(zh).toContain(
      "得分不高于 5 分；拍照目标用户数 >=（参数 fourGCapExceptionComparison） 100（参数 fourGCapExceptionUsers） 时不限",
    );
    expect(zh).toContain("计分指标权重合计：100。");
    expect(zh).toContain("| `stepMode` | continuous | continuous / whole |");
  });

  it("follows the data: a parameter changed reads differently", () => {
    const whole = withParameters(xiaoshan201405, { stepMode: "whole", netDecrease: "deduct" });
    const zh = ruleBook(whole, "zh-CN");
    expect(zh).toContain("只计整步，参数 stepMode");
    expect(zh).toContain("为负时照样计（扣分）（参数 netDecrease）");
    expect(zh).not.toContain("连续计算，参数 stepMode");
  });
});
