// Excel accepts formulas of at most 8,192 characters and 64 levels of nested functions. Formula mode stops
// before writing anything when a formula would pass either (a rank formula over a region spread across
// many separate runs of rows; a rule with very many bands), and says which cell and what to do; sheets
// whose regions are grouped get their formulas as usual.
import { referenceWorkbook, type SampleManager } from "../../scripts/reference-workbook";
import { parseRuleSet, xiaoshan201405, xiaoshan201405Data, type RuleSet } from "../../src/engine";
import { MAX_FORMULA_CHARS, functionNesting } from "../../src/formula/text";
import { formulaWriter } from "../../src/formula/writer";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { SheetError } from "../../src/sheet/errors";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import type { WriteValue } from "../../src/sheet/types";
import { TYPICAL_VALUES } from "./typical-manager";

/** 200 managers of two regions: alternating row by row, or each region's rows together. */
function managers(interleaved: boolean): SampleManager[] {
  const list = Array.from({ length: 200 }, (_, i) => ({
    region: i % 2 === 0 ? "东片" : "西片",
    name: `经理${i + 1}`,
    values: { ...TYPICAL_VALUES, contractDone: i % 11 },
  }));
  return interleaved
    ? list
    : [...list.filter((m) => m.region === "东片"), ...list.filter((m) => m.region === "西片")];
}

async function scoreInFormulaMode(interleaved: boolean, ruleSet: RuleSet = xiaoshan201405) {
  const host = ExcelJsHost.fromWorkbook(
    referenceWorkbook(managers(interleaved), new Date(Date.UTC(2014, 5, 3))),
  );
  const before = await host.readSheet("考核表");
  const run = scoreWorkbook(host, { ruleSet, locale: "zh-CN", writer: formulaWriter(ruleSet, "zh-CN") });
  return { host, before, run };
}

/** May's rules with 存量合约发展 (contracts) scored in 80 bands of its completion rate instead of three. */
function manyBands(): RuleSet {
  const data = structuredClone(xiaoshan201405Data) as {
    indicators: Array<{ id: string; rule: { bands: unknown[] } }>;
  };
  const contracts = data.indicators.find((i) => i.id === "contracts")!;
  contracts.rule.bands = [
    { from: 1, score: { type: "fixed", points: 5 } },
    ...Array.from({ length: 80 }, (_, i) => ({
      ...(i > 0 ? { from: i / 80 } : {}),
      to: (i + 1) / 80,
      score: { type: "fixed", points: Math.round((i * 500) / 80) / 100 },
    })).reverse(),
  ];
  return parseRuleSet(data);
}

const formulas = (values: readonly (readonly WriteValue[])[]): string[] =>
  values.flat().flatMap((v) => (v !== null && typeof v === "object" ? [v.formula] : []));

describe("formulas longer than Excel accepts", () => {
  test("a region spread over 100 separate runs of rows: the run stops, names the cell, and writes nothing", async () => {
    const { host, before, run } = await scoreInFormulaMode(true);
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetError);
    const e = error as SheetError;
    expect(e.code).toBe("formulaOverLimit");
    expect(e.text["zh-CN"]).toMatch(
      /^无法写入公式：[A-Z]+6 的公式有 [\d,]+ 个字符，超过 Excel 允许的 8,192 个/,
    );
    expect(e.text["zh-CN"]).toContain("请按区域排序");
    expect(e.text["zh-CN"]).toMatch(/没有写入任何内容。$/);
    expect(e.text.en).toMatch(
      /^Cannot write formulas: the formula of [A-Z]+6 has [\d,]+ characters, more than the 8,192/,
    );
    expect(e.text.en).toContain("Sort the sheet by region");
    expect(await host.readSheet("考核表")).toEqual(before);
  });

  test("managers cut apart by a blank row each: the run stops and says to move the other rows", async () => {
    const grouped = managers(false);
    const wb = referenceWorkbook(grouped, new Date(Date.UTC(2014, 5, 3)));
    const ws = wb.getWorksheet("考核表")!;
    ws.unMergeCells("A6:A105");
    ws.unMergeCells("A106:A205");
    for (let row = 205; row >= 6; row--) {
      ws.getCell(row, 1).value = grouped[row - 6].region;
      ws.spliceRows(row + 1, 0, []);
    }
    const run = scoreWorkbook(ExcelJsHost.fromWorkbook(wb), {
      ruleSet: xiaoshan201405,
      locale: "zh-CN",
      writer: formulaWriter(xiaoshan201405, "zh-CN"),
    });
    const e = (await run.catch((error: unknown) => error)) as SheetError;
    expect(e.code).toBe("formulaOverLimit");
    expect(e.text["zh-CN"]).toContain("本表的经理行被其他行隔成许多段");
    expect(e.text.en).toContain("Move those rows above or below the managers' rows");
  });

  test("a rule of 80 bands nests its formula deeper than Excel's 64 levels: the run stops and says which rule", async () => {
    const { host, before, run } = await scoreInFormulaMode(false, manyBands());
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetError);
    const e = error as SheetError;
    expect(e.code).toBe("formulaOverLimit");
    expect(e.text["zh-CN"]).toMatch(
      /^无法写入公式：[A-Z]+6 的公式嵌套了 \d+ 层函数，超过 Excel 允许的 64 层/,
    );
    expect(e.text["zh-CN"]).toContain("指标“存量合约发展”的规则分档或分支过多");
    expect(e.text.en).toMatch(/^Cannot write formulas: the formula of [A-Z]+6 nests its functions \d+ deep/);
    expect(await host.readSheet("考核表")).toEqual(before);
  });

  test("nesting counts functions, not parentheses or text", () => {
    expect(functionNesting("IF(AND(ISNUMBER(A1),(A1>0)),1,0)")).toBe(3);
    expect(functionNesting('IFERROR(ROUND(((A1+B1)*2),2),"未评分(")')).toBe(2);
    expect(functionNesting("((1+2))")).toBe(0);
  });

  test("the same managers grouped by region: every formula within the limit, ranks as formulas", async () => {
    const { run } = await scoreInFormulaMode(false);
    const { plan, layout } = await run;
    const all = plan.blocks.flatMap((b) => formulas(b.values));
    expect(all.length).toBeGreaterThan(200 * 16);
    expect(Math.max(...all.map((f) => f.length + 1))).toBeLessThanOrEqual(MAX_FORMULA_CHARS);
    const at = (row: number, col: number): WriteValue | undefined => {
      const b = plan.blocks.find(
        (x) =>
          x.top <= row && row < x.top + x.values.length && x.left <= col && col < x.left + x.values[0].length,
      );
      return b?.values[row - b.top][col - b.left];
    };
    const row = (await run).report.managers[0].row - 1;
    expect(at(row, layout.rankInRegionCol)).toMatchObject({ formula: expect.stringMatching(/^IF\(/) });
    expect(at(row, layout.rankCol)).toMatchObject({ formula: expect.stringMatching(/^IF\(/) });
  });
});
