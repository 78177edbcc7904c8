/**
 * Cases where LibreOffice and the engine once disagreed, kept as regressions, and a live edit: an input
 * changed after scoring makes LibreOffice's score change as the rules say.
 */
import ExcelJS from "exceljs";
import { referenceWorkbook, type SampleManager } from "../../scripts/reference-workbook";
import { REFERENCE_FIELDS } from "../../scripts/reference-layout";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { xiaoshan201405 } from "../../src/engine";
import { LibreOffice } from "../../src/formula/libreoffice";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { scoreWorkbook } from "../../src/sheet/pipeline";
import { mismatches, readValues, scoreInFormulaMode, spoiledCopy } from "./harness";
import { TYPICAL_VALUES } from "./typical-manager";

const MANAGERS: SampleManager[] = [
  // 92.52 typed as percent points: x ÷ 100 alone is 0.9251999999999999, the parser's reading is 0.9252.
  // Compliance 3 − 0.195 − 0.24 − 0.5 = 2.065 exactly: a half cent, rounded up.
  {
    region: "东片",
    name: "周一",
    values: {
      ...TYPICAL_VALUES,
      presenceWeeksRequired: 3,
      presenceWeeksMet: 2,
      unvisitedGroups: 0,
      warningTimeliness: 0.9305,
      warningTimelinessTarget: 0.95,
      vipRecovery: { value: 92.52, format: "General" },
      groupProductRecovery: 0.7964,
    },
  },
  // 2 + (3 − 1 − 0.36 − 0.155 + 0.5) = 3.985 exactly, computed as 3.9849999999999945: still 3.99.
  {
    region: "东片",
    name: "吴二",
    values: {
      ...TYPICAL_VALUES,
      presenceWeeksRequired: 5,
      presenceWeeksMet: 5,
      unvisitedGroups: 5,
      warningTimeliness: 0.964,
      warningTimelinessTarget: 1,
      vipRecovery: { value: 92.69, format: "General" },
      groupProductRecovery: { value: 90.96, format: "General" },
    },
  },
  { region: "西片", name: "郑三", values: TYPICAL_VALUES },
];

const MEMBER_COLLECTED = REFERENCE_FIELDS.findIndex((f) => f.id === "memberCollected");

let lo: LibreOffice;
beforeAll(() => {
  lo = new LibreOffice();
});
afterAll(() => lo.dispose());

async function workbookBytes(managers: SampleManager[]): Promise<Uint8Array> {
  return ExcelJsHost.fromWorkbook(referenceWorkbook(managers, new Date(Date.UTC(2014, 5, 3))), {
    codec: zlibCodec,
  }).save();
}

describe("LibreOffice and the engine at half cents and on percent points", () => {
  test("agree on the cases they once disagreed on, and an edited input rescores live", async () => {
    const { run, host } = await scoreInFormulaMode(await workbookBytes(MANAGERS), { notes: false });
    expect(run.results.map((m) => m.indicators.find((i) => i.id === "servicePresence")!.score)).toEqual([
      2.07, 3.99, 4.6,
    ]);

    // 郑三 collects 300 of 300 members instead of 270: 成员收集 goes from 0.85 × 9 = 7.65 to 0.85 × 10 = 8.50.
    const editedRow = run.results[2].input.row;
    const ws = host.workbook.getWorksheet(run.sheet)!;
    ws.getCell(editedRow, 4 + MEMBER_COLLECTED).value = 300;
    const recalculated = await lo.recalculate(await spoiledCopy(host, run.sheet));
    const values = await readValues(recalculated, run.sheet);

    const unchanged = { ...run, report: { ...run.report, managers: run.report.managers.slice(0, 2) } };
    expect(mismatches(unchanged, values)).toEqual([]);
    const memberCell = run.report.managers[2].indicators.memberCollection.cell;
    expect(run.report.managers[2].indicators.memberCollection.score).toBe(7.65);
    expect(values(memberCell)).toBe(8.5);

    // The engine, scoring the edited workbook, agrees with LibreOffice on every cell.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(recalculated as unknown as ArrayBuffer);
    const rescored = await scoreWorkbook(ExcelJsHost.fromWorkbook(edited), {
      ruleSet: xiaoshan201405,
      locale: "zh-CN",
      apply: false,
    });
    expect(mismatches(rescored, values)).toEqual([]);
  }, 120_000);
});
