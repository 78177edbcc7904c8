// The second month scores end to end with no code change: only its rule-set file and its sample.
// Command line with --rules, the JSON report, the notes, and --formulas recalculated by LibreOffice.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { LibreOffice } from "../../src/formula/libreoffice";
import { shippedRuleSet } from "../../src/rulesets";
import type { Report } from "../../src/sheet/report";
import { runCli, tempDir } from "../cli/run-cli";
import { differential } from "../formula/harness";

const JUNE_RULES = resolve(__dirname, "../../src/rulesets/example-2014-06.json");
const JUNE_SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-06.xlsx");

jest.setTimeout(180_000);

/** ROUND(x, 2) half away from zero, as the rules say, for the hand computations below. */
const round2 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;

/** The June rules written out by hand: ≥ 100% full; floor ≤ r < 100% full × r; below the floor 0. */
function proportional(done: number, target: number, full: number, floor: number): number {
  const r = done / target;
  return r >= 1 ? full : r >= floor ? round2(full * r) : 0;
}

describe("example-2014-06 through the command line", () => {
  const dir = tempDir();
  const out = join(dir, "june-scored.xlsx");
  const reportPath = join(dir, "june-report.json");
  let report: Report;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const r = await runCli([
      "score",
      JUNE_SAMPLE,
      "--rules",
      JUNE_RULES,
      "--out",
      out,
      "--report",
      reportPath,
    ]);
    expect(r.err).toBe("");
    // One deliberate bad cell (八十) in the sample: exit 2, everything else scored.
    expect(r.code).toBe(2);
    expect(r.out).toContain("评分规则：example-2014-06（2014-06，规则文件");
    report = JSON.parse(readFileSync(reportPath, "utf8"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    sheet = wb.getWorksheet("考核表")!;
  });

  test("the report names the rule set and holds June's indicators: cloudBusiness in, workPhone out", () => {
    expect(report.ruleSet).toBe("example-2014-06");
    expect(report.managers).toHaveLength(28);
    for (const m of report.managers) {
      expect(Object.keys(m.indicators)).toContain("cloudBusiness");
      expect(Object.keys(m.indicators)).not.toContain("workPhone");
    }
    expect(report.problems).toHaveLength(1);
  });

  test("the new indicator and the moved floor score as June's rules say, from the sheet's own cells", () => {
    const num = (address: string) => Number(sheet.getCell(address).value);
    for (const m of report.managers) {
      const row = m.row;
      // Columns of the June sample: contracts T (target), U (done); cloudBusiness V (target), W (done).
      expect(m.indicators.cloudBusiness.score).toBe(proportional(num(`W${row}`), num(`V${row}`), 5, 0.6));
      if (num(`T${row}`) > 0)
        expect(m.indicators.contracts.score).toBe(proportional(num(`U${row}`), num(`T${row}`), 8, 0.5));
      expect(m.indicators.contracts.weight).toBe(8);
    }
  });

  test("every score cell of the new indicator carries a note explaining it", () => {
    for (const m of report.managers.slice(0, 5)) {
      const { cell, explanation } = m.indicators.cloudBusiness;
      const note = sheet.getCell(cell).note;
      const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
      expect(text).toContain("云业务发展");
      expect(text).toContain(explanation.split("\n")[0]);
    }
  });
});

describe("example-2014-06 in formula mode, recalculated by LibreOffice", () => {
  let lo: LibreOffice;
  beforeAll(() => {
    lo = new LibreOffice();
  });
  afterAll(() => lo.dispose());

  test("every score, total and rank LibreOffice computes equals the engine's", async () => {
    const rs = shippedRuleSet("example-2014-06");
    const { run, found } = await differential(lo, readFileSync(JUNE_SAMPLE), { rs });
    expect(run.results).toHaveLength(28);
    expect(run.report.ruleSet).toBe("example-2014-06");
    expect(found).toEqual([]);
  });
});
