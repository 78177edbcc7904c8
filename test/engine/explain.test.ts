import {
  parseRuleSet,
  xiaoshan201405Data,
  explainIndicator,
  explainTotal,
  scoreAll,
  UnknownIndicatorError,
  xiaoshan201405 as rs,
  type FieldInput,
  type ManagerInput,
} from "../../src/engine";
import { manager } from "./fixtures";

/** Gives every field a cell in row 7, columns from D on, as a sheet would. */
function onRow7(m: ManagerInput): ManagerInput {
  const fields: Record<string, FieldInput | undefined> = {};
  Object.entries(m.fields).forEach(([id, fi], i) => {
    if (fi) fields[id] = { ...fi, cell: `${i < 23 ? "" : "A"}${String.fromCharCode(68 + (i % 23))}7` };
  });
  return { ...m, row: 7, fields };
}

const example = onRow7(
  manager({
    buildTarget: 50,
    buildCumulative: 45,
    buildThisMonth: 3,
    memberTarget: 300,
    memberCollected: 270,
    memberAuthenticity: 0.85,
    fourGTargetUsers: 80,
    fourGCardSwapped: 48,
    fourGPlanChanged: 40,
    regionalScore: null,
    adjustmentPoints: 2,
  }),
);
const [result] = scoreAll(rs, [example]);
const cellOf = (field: string) => example.fields[field]?.cell;

describe("indicator explanations in zh-CN", () => {
  const text = explainIndicator(rs, result, "groupBuild");

  test("names the indicator, its weight and the score", () => {
    expect(text.split("\n")[0]).toBe("集团拓展(新建)(权重 15 分): 13.50 分");
  });

  test("lists the inputs with their cells", () => {
    expect(text).toContain(`累计新建(${cellOf("buildCumulative")}) = 45`);
    expect(text).toContain(`累计目标(${cellOf("buildTarget")}) = 50`);
  });

  test("names the band that applied", () => {
    expect(text).toContain("完成率 90% (≥80% 且 <100%): 按比例得分 15 × 完成率");
  });

  test("writes the arithmetic in terms of the inputs, to the cent", () => {
    expect(text).toContain("得分 = 15 × 45 ÷ 50 = 13.50");
  });

  test("says how many points were lost and why", () => {
    expect(text).toContain("少得 1.50 分: 完成率 90% 未达 100%, 少 1.50 分");
  });

  test("writes computed rates and steps to two decimals, with ≈ where that rounds them", () => {
    const [r] = scoreAll(rs, [manager({ fourGTargetUsers: 78, fourGCardSwapped: 37 })]);
    const fourG = explainIndicator(rs, r, "fourGCard");
    expect(fourG).toContain("完成比例 p ≈ 47.44% (≥40%)");
    expect(fourG).toContain("(37 ÷ 78 - 40%) ÷ 1% ≈ 7.44 步");
    expect(fourG).toContain("得分 = 0.5 × (37 ÷ 78 - 40%) ÷ 1% ≈ 3.72");
    expect(fourG).not.toMatch(/\d\.\d{3}/);
  });

  test("a rate just under a band edge keeps the digits that keep it under", () => {
    const [r] = scoreAll(rs, [manager({ buildTarget: 30000, buildCumulative: 23999, buildThisMonth: 0 })]);
    const text = explainIndicator(rs, r, "groupBuild");
    expect(text).toContain("完成率 ≈ 79.997% (<80%)");
    expect(text).toContain("完成率 ≈ 79.997% 未达 80%, 少 15.00 分");
  });

  test("a loss the rule gives per unit says how many units the weight takes", () => {
    const [r] = scoreAll(rs, [manager({ gpNetAdds: 1 })]);
    expect(explainIndicator(rs, r, "groupProduct")).toContain(
      "少得 2.00 分: 155类产品净增集团数 1, 每个计 3 分, 得 3 分; 权重 5 分需 2 个",
    );
  });

  test("a loss of a sum of parts names each part's points", () => {
    const [r] = scoreAll(rs, [manager({ accessNetAdds: 1, bizNetAdds: 6 })]);
    expect(explainIndicator(rs, r, "fullService")).toContain(
      "少得 3.00 分: 综合接入 3 分 + 商企 9 分 合计 12 分, 未达权重 15 分",
    );
  });

  test("a part made of parts gives only its total: the note states each sum once", () => {
    const [r] = scoreAll(rs, [manager({ unvisitedGroups: 2, warningTimeliness: 0.907, vipRecovery: 0.911 })]);
    const lines = explainIndicator(rs, r, "servicePresence").split("\n");
    expect(lines.find((l) => l.startsWith("· 服务规范: "))).toMatch(/^· 服务规范: (≈ )?-?\d+(\.\d+)?$/);
    expect(lines.filter((l) => l.includes("(-0.2) × 2"))).toHaveLength(2); // its part line and the score

    const lost = lines.find((l) => l.startsWith("少得 ")) ?? "";
    expect(lost).toContain("未走访及未续签家数 2, 少 0.40 分");
    expect(lost).toContain("预警处理及时率 90.7% 低于 98% 7.3 步(每 1% 计 -0.1 分), 少 0.73 分");
    expect(lost).toContain("集团钻、金卡客户回收率 91.1% 未达 92%, 少 1.00 分");
  });

  test("a manual score below its maximum says so and what it cost", () => {
    const [r] = scoreAll(rs, [manager({ regionalScore: 6.2 })]);
    expect(explainIndicator(rs, r, "regionalShortfall")).toContain(
      "少得 3.80 分: 手工录入 6.2 分, 满分 10 分, 少 3.80 分",
    );
  });

  test("the gate coefficient appears in the arithmetic and the reasons", () => {
    const member = explainIndicator(rs, result, "memberCollection");
    expect(member).toContain("成员真实性 85% (≥80% 且 <90%): 系数 85%");
    expect(member).toContain("得分 = 85% × 10 × 270 ÷ 300 = 7.65");
    expect(member).toContain(
      "少得 2.35 分: 成员真实性 85% 未达 90%(系数 85%), 少 1.35 分; 完成率 90% 未达 100%, 少 1.00 分",
    );
  });

  test("a cap shows the computed value and the cap", () => {
    expect(explainIndicator(rs, result, "fourGCard")).toContain(
      "计算值 0.5 × (48 ÷ 80 - 40%) ÷ 1% = 10, 封顶 5",
    );
  });

  test("a pending manual score is explained with its warning", () => {
    const regional = explainIndicator(rs, result, "regionalShortfall");
    expect(regional).toContain("未填: 待核定, 暂计 0 分");
    expect(regional).toContain(`区域短板得分(${cellOf("regionalScore")})未填: 待核定, 总分为暂定`);
  });

  test("points without a reason ask for the reason", () => {
    expect(explainIndicator(rs, result, "adjustment")).toContain("请补充原因");
  });

  test("a negative input is written in parentheses after a positive one on the same path", () => {
    // A net decrease deducted: both managers take the same path, so the second explanation reuses
    // the template the first one made; the input's sign decides the parentheses.
    const data = xiaoshan201405Data as { parameters: Record<string, object> };
    const deducting = parseRuleSet({
      ...data,
      parameters: { ...data.parameters, netDecrease: { ...data.parameters.netDecrease, value: "deduct" } },
    });
    const [up, down] = scoreAll(deducting, [manager({ gpNetAdds: 4 }), manager({ gpNetAdds: -4 })]);
    expect(explainIndicator(deducting, up, "groupProduct")).toContain("得分 = 3 × 4 = 12.00");
    expect(explainIndicator(deducting, down, "groupProduct")).toContain("得分 = 3 × (-4) = -12.00");
  });
});

describe("indicator explanations in en", () => {
  test("the same facts in English", () => {
    const text = explainIndicator(rs, result, "groupBuild", "en");
    expect(text.split("\n")[0]).toBe("Group building (weight 15): 13.50 points");
    expect(text).toContain("completion rate 90% (≥80% and <100%): proportional: 15 × completion rate");
    expect(text).toContain("Score = 15 × 45 ÷ 50 = 13.50");
    expect(text).toContain("1.50 points lost: completion rate 90% below 100%, 1.50 lost");
  });
});

describe("a not-scored indicator", () => {
  const m = onRow7(manager());
  const bad: FieldInput = {
    value: null,
    cell: "P7",
    text: "八十",
    problem: {
      cell: "P7",
      field: "memberAuthenticity",
      found: "八十",
      expected: "a rate",
      code: "notANumber",
    },
  };
  const [r] = scoreAll(rs, [{ ...m, fields: { ...m.fields, memberAuthenticity: bad } }]);

  test("names the bad cell, the text found and what was expected (zh-CN)", () => {
    const text = explainIndicator(rs, r, "memberCollection");
    expect(text.split("\n")[0]).toBe("成员收集(权重 10 分): 未评分");
    expect(text).toContain("成员真实性(P7) 内容“八十”不是数字, 应为比率(如 85%)");
  });

  test("names the bad cell, the text found and what was expected (en)", () => {
    expect(explainIndicator(rs, r, "memberCollection", "en")).toContain(
      'member authenticity(P7) holds "八十", which is not a number; expected a rate such as 85%',
    );
  });

  test("the total says it is incomplete and why", () => {
    expect(explainTotal(rs, r)).toContain("不完整(未评分: 成员收集)");
  });
});

describe("total explanations", () => {
  test("list points lost per indicator, largest first, and the provisional reason", () => {
    const text = explainTotal(rs, result);
    expect(text.split("\n")[0]).toBe(`总分 ${result.total.toFixed(2)} 分`);
    expect(text).toContain("暂定: 区域短板提升 待核定");
    expect(text).toContain("失分(从多到少): 区域短板提升 10.00, 成员收集 2.35, 集团拓展(新建) 1.50");
    expect(text).toContain("总排名 1, 区域排名 1");
  });

  test("in English", () => {
    expect(explainTotal(rs, result, "en")).toContain(
      "Points lost, largest first: Regional shortfall 10.00, Member collection 2.35, Group building 1.50",
    );
  });

  test("a result listing its indicators in another order explains them as the engine's does", () => {
    const reversed = { ...result, indicators: [...result.indicators].reverse() };
    expect(explainTotal(rs, reversed)).toBe(explainTotal(rs, result));
    expect(explainTotal(rs, reversed, "en")).toBe(explainTotal(rs, result, "en"));
    for (const i of result.indicators) {
      expect(explainIndicator(rs, reversed, i.id)).toBe(explainIndicator(rs, result, i.id));
    }
  });

  test("equal losses are listed in the rule set's order, whatever the result's order", () => {
    const ids = rs.indicators.map((i) => i.id);
    const [first, second] = [ids[1], ids[4]];
    const tied = {
      ...result,
      indicators: [...result.indicators].reverse().map((i) => ({
        id: i.id,
        weight: i.weight,
        bonus: i.bonus,
        score: i.score,
        lost: i.id === first || i.id === second ? 3 : 0,
        problems: i.problems,
        warnings: i.warnings,
        trace: i.trace,
      })),
    };
    const name = (id: string) => rs.indicators.find((i) => i.id === id)!.name["zh-CN"];
    expect(explainTotal(rs, tied)).toContain(`失分(从多到少): ${name(first)} 3.00, ${name(second)} 3.00`);
  });

  test("asking for an indicator the result does not have is misuse", () => {
    expect(() => explainIndicator(rs, result, "nope")).toThrow(UnknownIndicatorError);
  });
});
