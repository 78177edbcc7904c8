import type { FieldType } from "../../src/engine/types";
import { parseField } from "../../src/sheet/parse";
import type { CellValue } from "../../src/sheet/types";

const read = (value: CellValue, numberFormat = "General", text = "") => ({
  value,
  text,
  numberFormat,
  cell: "F7",
});

describe("reading usable input", () => {
  test.each<[FieldType, CellValue, string, unknown]>([
    ["count", 12, "General", 12],
    ["count", "12", "General", 12],
    ["count", "1,234", "General", 1234],
    ["count", " 12 ", "General", 12],
    ["count", "１２", "General", 12],
    ["netCount", "-3", "General", -3],
    ["netCount", -3, "General", -3],
    ["amount", " 12.5 ", "General", 12.5],
    ["amount", "1.1万", "General", 11000],
    ["amount", "7000元", "General", 7000],
    ["rate", 0.8, "0.0%", 0.8],
    ["rate", 0.8, "General", 0.8],
    ["rate", "80%", "General", 0.8],
    ["rate", "80.0%", "General", 0.8],
    ["rate", "８０％", "General", 0.8],
    ["rate", 1, "General", 1],
    ["points", "-2.5", "General", -2.5],
    ["amountList", "120000、30000", "General", [120000, 30000]],
    ["amountList", "120000，3万；5000 6000", "General", [120000, 30000, 5000, 6000]],
    ["amountList", "120,000", "General", [120000]],
    ["amountList", "120000,30000", "General", [120000, 30000]],
    ["amountList", 50000, "General", [50000]],
    ["text", "  大项目贡献 ", "General", "大项目贡献"],
  ])("%s %j (%s) → %j", (type, value, format, expected) => {
    const f = parseField(type, "x", read(value, format), "zh-CN");
    expect(f.problem).toBeUndefined();
    expect(f.value).toEqual(expected);
    expect(f.cell).toBe("F7");
  });

  test("a plain number above 1.5 in a rate field is read as percent points, and says so", () => {
    expect(parseField("rate", "x", read(80), "zh-CN")).toMatchObject({
      value: 0.8,
      readAsPercentPoints: true,
    });
    expect(parseField("rate", "x", read("92.6"), "zh-CN")).toMatchObject({
      value: 0.926,
      readAsPercentPoints: true,
    });
    expect(parseField("rate", "x", read(1.5), "zh-CN").readAsPercentPoints).toBeUndefined();
  });

  test("a blank cell is null with no problem (the engine decides what blank means)", () => {
    for (const v of [null, "", "   "])
      expect(parseField("count", "x", read(v), "zh-CN")).toEqual({ value: null, cell: "F7", text: "" });
  });
});

describe("unusable input becomes a problem naming the cell, the text found and what was expected", () => {
  test.each<[FieldType, CellValue, string, string, string]>([
    ["count", "八十", "notANumber", "八十", "非负整数（如 12）"],
    ["count", { error: "#N/A" }, "errorValue", "#N/A", "非负整数（如 12）（单元格是错误值）"],
    ["rate", "#DIV/0!", "errorValue", "#DIV/0!", "百分比（如 80%、0.8 或 80）（单元格是错误值）"],
    ["count", -2, "negative", "-2", "非负整数（如 12）（不能为负数）"],
    ["count", 2.5, "notWhole", "2.5", "非负整数（如 12）（必须是整数）"],
    ["netCount", "1.5", "notWhole", "1.5", "整数，可为负（如 -3）（必须是整数）"],
    ["count", "80%", "notANumber", "80%", "非负整数（如 12）"],
    ["rate", "-5%", "negative", "-5%", "百分比（如 80%、0.8 或 80）（不能为负数）"],
    ["rate", "八成", "notANumber", "八成", "百分比（如 80%、0.8 或 80）"],
    ["amount", "-100", "negative", "-100", "金额，可带“万”（如 7000 或 0.7万）（不能为负数）"],
    [
      "amountList",
      "12万、abc",
      "notANumber",
      "12万、abc",
      "一个或多个金额，用 , ，、; ； 或空格分隔（如 120000、3万）",
    ],
    ["amountList", "、", "notANumber", "、", "一个或多个金额，用 , ，、; ； 或空格分隔（如 120000、3万）"],
    ["points", true, "notANumber", "true", "数字，可为负（如 -2.5）"],
    ["count", "1,23", "notANumber", "1,23", "非负整数（如 12）"],
  ])("%s %j → %s", (type, value, code, found, expected) => {
    const f = parseField(type, "memberTarget", read(value), "zh-CN");
    expect(f.value).toBeNull();
    expect(f.problem).toEqual({ cell: "F7", field: "memberTarget", found, expected, code });
  });

  test.each<[string, CellValue, string, string, string]>([
    ["150% formatted", 1.5, "0.0%", "150.0%", "比率不会超过 100%"],
    ["1.2 plain (a fraction above 1)", 1.2, "General", "1.2", "比率不会超过 100%"],
    ["150 plain (percent points above 100)", 150, "General", "150", "比率不会超过 100%"],
    ["150% as text", "150%", "General", "150%", "比率不会超过 100%"],
    [
      "95 formatted as a percent",
      95,
      "0.0%",
      "9500.0%",
      "存的却是 95，显示为 9500%；若指 95%，请输入 95% 或 0.95",
    ],
  ])("a rate above 100%% is out of range: %s", (_what, value, format, found, why) => {
    const f = parseField("rate", "memberAuthenticity", read(value, format, found), "zh-CN");
    expect(f.value).toBeNull();
    expect(f.problem).toMatchObject({ code: "outOfBounds", found, expected: expect.stringContaining(why) });
  });

  test("a number in a date format is a date, not a count", () => {
    const f = parseField("count", "x", read(41760, "yyyy-mm-dd", "2014-05-01"), "en");
    expect(f.problem).toMatchObject({ code: "notANumber", found: "2014-05-01" });
    expect(f.problem?.expected).toContain("the cell holds a date");
    expect(parseField("count", "x", read(12, '0"月"'), "en").value).toBe(12);
  });

  test("a formula without its result is not blank", () => {
    const f = parseField("count", "x", read(null, "General", "=L6-2"), "zh-CN");
    expect(f.problem).toMatchObject({ code: "notANumber", found: "=L6-2" });
    expect(f.problem?.expected).toContain("没有计算结果的公式");
  });

  test("the expectation is in English for the en locale", () => {
    expect(parseField("count", "x", read("八十"), "en").problem?.expected).toBe(
      "a whole number ≥ 0 (e.g. 12)",
    );
  });

  test("the text found is the display text when there is one", () => {
    expect(parseField("count", "x", read(-0.5, "0.0%", "-50.0%"), "en").problem?.found).toBe("-50.0%");
  });
});
