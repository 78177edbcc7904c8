import { referenceWorkbook } from "../../scripts/reference-workbook";
import { formulaWriter } from "../../src/formula/writer";
import { xiaoshan201405, xiaoshan201405Data, parseRuleSet } from "../../src/engine";
import { bindRuleSet } from "../../src/engine/bind";
import { scoreOf } from "../engine/fixtures";
import { TYPICAL_VALUES } from "./typical-manager";
import { compileRuleSet, FormulaCompileError, indicatorFormula } from "../../src/formula";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { cellAddress } from "../../src/sheet/address";
import { scoreWorkbook } from "../../src/sheet/pipeline";

/** Functions that Excel 2010+, WPS and LibreOffice all have. */
const SHARED = new Set([
  "IF",
  "AND",
  "OR",
  "NOT",
  "MIN",
  "MAX",
  "ROUND",
  "INT",
  "SUM",
  "COUNT",
  "COUNTIFS",
  "ISNUMBER",
  "ISBLANK",
  "NA",
  "IFERROR",
]);

function functionsIn(formula: string): string[] {
  return [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

describe("compiling xiaoshan-2014-05", () => {
  const compiled = compileRuleSet(xiaoshan201405, () => true, "未评分");

  test("every indicator compiles, using only functions all three spreadsheets share", () => {
    expect(compiled.indicators.map((c) => c.id)).toEqual(xiaoshan201405.indicators.map((i) => i.id));
    for (const c of compiled.indicators) {
      const formula = indicatorFormula(c, (id) => `${id.toUpperCase()}7`);
      for (const fn of functionsIn(formula)) expect(SHARED).toContain(fn);
      expect(formula.length).toBeLessThan(8192);
      expect(formula).toMatch(/^IFERROR\(ROUND\(ROUND\(.*,12\),2\),"未评分"\)$/);
    }
  });

  test("a field the sheet lacks makes the indicators that read it not scored, never a wrong number", () => {
    const without = compileRuleSet(xiaoshan201405, (id) => id !== "contractDone", "未评分");
    const formula = indicatorFormula(without.byId.get("contracts")!, (id) => id);
    expect(formula).not.toContain("contractDone");
    expect(formula).toContain("NA()");
  });

  test("a rule it cannot express is a typed error naming the indicator", () => {
    const data = structuredClone(xiaoshan201405Data) as { indicators: Array<{ id: string; rule: unknown }> };
    const ratio = {
      kind: "ratio",
      of: { kind: "field", field: "contractDone" },
      to: { kind: "field", field: "contractTarget" },
      zeroTarget: "met",
    };
    data.indicators.find((i) => i.id === "contracts")!.rule = {
      kind: "perUnit",
      points: 1,
      negative: "zero",
      measure: { kind: "add", of: [ratio, { kind: "field", field: "contractDone" }] },
    };
    const rs = parseRuleSet(data);
    expect(() => compileRuleSet(rs, () => true, "未评分")).toThrow(FormulaCompileError);
    expect(() => compileRuleSet(rs, () => true, "未评分")).toThrow(/indicator "contracts", rule\.measure/);
  });
});

describe("formula mode in the sheet pipeline", () => {
  // The typical manager with text a formula cannot read (7,000) and text nobody can (八十).
  const values = {
    ...TYPICAL_VALUES,
    payAccounts: 2,
    payRevenues: 120000,
    prepayPrincipal: "7,000",
    memberAuthenticity: "八十",
  };

  async function scored() {
    const wb = referenceWorkbook([{ region: "东片", name: "周一", values }], new Date(Date.UTC(2014, 5, 3)));
    return scoreWorkbook(ExcelJsHost.fromWorkbook(wb), {
      ruleSet: xiaoshan201405,
      locale: "zh-CN",
      writer: formulaWriter(xiaoshan201405, "zh-CN"),
      apply: false,
    });
  }
  const cellValue = (run: Awaited<ReturnType<typeof scored>>, address: string) => {
    for (const b of run.plan.blocks) {
      for (let k = 0; k < b.values.length; k++)
        if (cellAddress(b.top + k, b.left) === address) return b.values[k][0];
    }
    return undefined;
  };
  const noteAt = (run: Awaited<ReturnType<typeof scored>>, address: string) =>
    run.plan.notes.find((n) => cellAddress(n.row, n.col) === address)?.text ?? "";

  test("a score over text the engine reads (7,000) keeps the engine's value; its note names the cell to retype", async () => {
    const run = await scored();
    const m = run.report.managers[0];
    expect(cellValue(run, m.indicators.unifiedPay.cell)).toBe(35);
    const prepayCell = run.managers[0].fields.prepayPrincipal!.cell;
    expect(noteAt(run, m.indicators.unifiedPay.cell)).toContain(`${prepayCell}（“7,000”）`);
  });

  test("a score over unusable text (八十) is a formula showing not scored, like value mode", async () => {
    const run = await scored();
    const m = run.report.managers[0];
    expect(m.indicators.memberCollection.score).toBeNull();
    expect(cellValue(run, m.indicators.memberCollection.cell)).toMatchObject({ cached: "未评分" });
  });

  test("other scores, the total and the ranks are formulas cached with the engine's values; notes say so", async () => {
    const run = await scored();
    const m = run.report.managers[0];
    expect(cellValue(run, m.indicators.contracts.cell)).toMatchObject({ cached: 4 });
    expect(cellValue(run, m.totalCell)).toMatchObject({
      formula: expect.stringMatching(/^ROUND\(SUM\(/),
      cached: m.total,
    });
    expect(cellValue(run, cellAddress(m.row - 1, run.layout.rankCol))).toMatchObject({
      formula: expect.stringContaining("COUNTIFS("),
      cached: 1,
    });
    expect(noteAt(run, m.indicators.contracts.cell)).toContain("以上说明描述的是评分时的数值");
    expect(noteAt(run, m.totalCell)).toContain("以上说明描述的是评分时的数值");
  });

  test("the JSON report gives every score's cell and the total's", async () => {
    const run = await scored();
    const m = run.report.managers[0];
    for (const [id, ind] of Object.entries(m.indicators))
      expect(ind.cell).toBe(cellAddress(m.row - 1, run.layout.indicatorCols[id]));
    expect(m.totalCell).toBe(cellAddress(m.row - 1, run.layout.totalCol));
  });
});

describe("a required field with no column", () => {
  // The engine checks every field an indicator may read, whichever branch applies: a missing one
  // leaves the indicator unscored even where the branch taken would not read it. So must the formula.
  const bound = bindRuleSet(xiaoshan201405);
  const cases = bound.indicators.flatMap((ind) =>
    ind.declsUsed.filter((d) => !d.optional && d.type !== "text").map((d) => [ind.id, d.id] as const),
  );

  test.each(cases)(
    "leaves %s unscored without %s, in the engine and in the formula",
    (indicatorId, field) => {
      const compiled = compileRuleSet(xiaoshan201405, (id) => id !== field, "未评分").byId.get(indicatorId)!;
      expect(compiled.fields).toEqual([]);
      expect(indicatorFormula(compiled, () => "A1")).toContain("未评分");
      expect(scoreOf(indicatorId, { [field]: undefined })).toBeNull();
    },
  );
});
