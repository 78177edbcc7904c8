/**
 * What a result's compact trace says: the fields an indicator read, in the order it read them, and
 * the choice made at each decision point — the same for a manager however many others were scored
 * alongside, and whatever path they took.
 */
import { evaluateManager, scoreAll, xiaoshan201405 as rs } from "../../src/engine";
import { indicator, manager } from "./fixtures";

describe("a result's trace", () => {
  test("lists the fields an indicator read, in reading order, each once", () => {
    const build = indicator(
      evaluateManager(rs, manager({ buildTarget: 50, buildCumulative: 45 })),
      "groupBuild",
    );
    expect(build.trace.fields.slice(0, 2)).toEqual(["buildCumulative", "buildTarget"]);
    expect(new Set(build.trace.fields).size).toBe(build.trace.fields.length);
  });

  test("records the band chosen: a completion rate of 90% and one of 30% take different paths", () => {
    const [high, low] = scoreAll(rs, [
      manager({ buildTarget: 50, buildCumulative: 45, buildThisMonth: 3 }, "城区", "甲"),
      manager({ buildTarget: 50, buildCumulative: 15, buildThisMonth: 3 }, "城区", "乙"),
    ]);
    expect(indicator(high, "groupBuild").score).toBe(13.5);
    expect(indicator(low, "groupBuild").score).toBe(0);
    expect(indicator(high, "groupBuild").trace.path).not.toEqual(indicator(low, "groupBuild").trace.path);
  });

  test("is the same for a manager scored alone and scored among others that took other paths", () => {
    const target = manager(
      { memberCollected: 270, memberTarget: 300, memberAuthenticity: 0.85 },
      "城区",
      "丙",
    );
    const others = [
      manager({ memberTarget: "八十" as unknown as number }, "瓜沥", "甲"),
      manager({ memberAuthenticity: 0.5 }, "瓜沥", "乙"),
    ];
    const alone = indicator(evaluateManager(rs, target), "memberCollection").trace;
    const batch = scoreAll(rs, [...others, target]);
    const among = indicator(batch[2], "memberCollection").trace;
    expect({ fields: [...among.fields], path: [...among.path], score: among.score }).toEqual({
      fields: [...alone.fields],
      path: [...alone.path],
      score: alone.score,
    });
    expect(among.score).toBe(7.65);
  });

  test("names a field the rule read but that no column holds, so the explanation can say so", () => {
    const result = evaluateManager(rs, manager({ goldReportRate: null }));
    expect(indicator(result, "satisfaction").trace.fields).toContain("goldReportRate");
  });
});
