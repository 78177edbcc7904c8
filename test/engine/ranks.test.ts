import { scoreAll, xiaoshan201405 } from "../../src/engine";
import { manager } from "./fixtures";

function ranked(
  rows: Array<[region: string, name: string, regionalScore: number | null, memberTarget?: null]>,
) {
  const inputs = rows.map(([region, name, regionalScore, memberTarget]) =>
    manager({ regionalScore, ...(memberTarget === null ? { memberTarget: null } : {}) }, region, name),
  );
  return scoreAll(xiaoshan201405, inputs).map((r) => [r.input.name, r.total, r.rank, r.rankInRegion]);
}

describe("ranks (RANK.EQ: ties share, the next skips; incomplete after complete)", () => {
  test("ties share a rank and the next rank skips", () => {
    expect(
      ranked([
        ["城区", "甲", 10],
        ["城区", "乙", 8],
        ["城区", "丙", 10],
        ["城区", "丁", 5],
      ]),
    ).toEqual([
      ["甲", 101, 1, 1],
      ["乙", 99, 3, 3],
      ["丙", 101, 1, 1],
      ["丁", 96, 4, 4],
    ]);
  });

  test("region ranks count only the manager's region", () => {
    expect(
      ranked([
        ["城区", "甲", 10],
        ["瓜沥", "乙", 9],
        ["城区", "丙", 2],
        ["瓜沥", "丁", 9],
      ]),
    ).toEqual([
      ["甲", 101, 1, 1],
      ["乙", 100, 2, 1],
      ["丙", 93, 4, 2],
      ["丁", 100, 2, 1],
    ]);
  });

  test("an incomplete manager ranks after every complete one, even with a higher total", () => {
    expect(
      ranked([
        ["城区", "甲", 10, null],
        ["城区", "乙", 0],
        ["城区", "丙", 1, null],
      ]),
    ).toEqual([
      ["甲", 91, 2, 2],
      ["乙", 91, 1, 1],
      ["丙", 82, 3, 3],
    ]);
  });

  test("results keep the order of the inputs", () => {
    expect(
      ranked([
        ["义蓬", "乙", 1],
        ["义蓬", "甲", 9],
      ]).map((r) => r[0]),
    ).toEqual(["乙", "甲"]);
  });
});
