import { detectLayout } from "../../src/sheet/detect";
import { readManagers } from "../../src/sheet/managers";
import { RS } from "./fixtures/ruleset";
import { familySheet } from "./fixtures/sheet-builder";

describe("reading managers from a detected sheet", () => {
  test("each manager gets region, name, row and every mapped field with its cell address", () => {
    const sheet = familySheet({
      managers: [
        {
          region: "城区",
          name: "测试甲",
          values: { memberAuthenticity: "８５％", payRevenues: "12万、3万" },
        },
      ],
    });
    const d = detectLayout(sheet, RS);
    const [m] = readManagers(sheet, d, RS, "zh-CN").managers;
    expect([m.row, m.region, m.name]).toEqual([6, "城区", "测试甲"]);
    expect(m.fields.memberAuthenticity).toEqual({
      value: 0.85,
      cell: `${d.fields.memberAuthenticity.column}6`,
      text: "８５％",
    });
    expect(m.fields.payRevenues?.value).toEqual([120000, 30000]);
  });

  test("one bad cell is a problem on its field only; the other fields are read", () => {
    const sheet = familySheet({
      managers: [
        {
          region: "城区",
          name: "测试甲",
          values: { memberTarget: "八十", contractTarget: { error: "#N/A" } },
        },
      ],
    });
    const d = detectLayout(sheet, RS);
    const [m] = readManagers(sheet, d, RS, "en").managers;
    expect(m.fields.memberTarget?.problem).toMatchObject({
      cell: `${d.fields.memberTarget.column}6`,
      found: "八十",
      code: "notANumber",
    });
    expect(m.fields.contractTarget?.problem).toMatchObject({ found: "#N/A", code: "errorValue" });
    const bad = Object.values(m.fields).filter((f) => f?.problem);
    expect(bad).toHaveLength(2);
  });

  test("a duplicate name in the same region is a problem; the same name in another region is not", () => {
    const sheet = familySheet({
      managers: [
        { region: "城区", name: "测试甲" },
        { region: "城区", name: "测试甲" },
        { region: "瓜沥", name: "测试甲" },
      ],
      regionRepeated: true,
    });
    const d = detectLayout(sheet, RS);
    const { problems } = readManagers(sheet, d, RS, "zh-CN");
    expect(problems).toEqual([
      {
        cell: "B7",
        field: "name",
        found: "测试甲",
        code: "duplicate",
        expected: "同一区域“城区”中姓名唯一（重名见 B6、B7）",
      },
    ]);
  });

  test("only the given rows are read when asked (re-scoring changed rows)", () => {
    const sheet = familySheet();
    const d = detectLayout(sheet, RS);
    const { managers } = readManagers(sheet, d, RS, "zh-CN", new Set([6, 8]));
    expect(managers.map((m) => m.row)).toEqual([7, 9]);
  });
});
