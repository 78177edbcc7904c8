/** Generated scoring-like sheets for the Office.js host's tests (any size, invented names). */
import { markNote } from "../../../src/sheet/marker";
import type { CellValue, Rect, SheetSnapshot, WritePlan } from "../../../src/sheet/types";

export const INPUT_COLUMNS = 40;
const REGIONS = ["城区", "开发区", "瓜沥", "临浦", "义蓬"];
const HEADER_ROWS = 5;

/** A sheet of the reference family: title, category, indicator, field and weight rows, then managers. */
export function managerSheet(managers: number): SheetSnapshot {
  const cols = INPUT_COLUMNS;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const row = (cells: CellValue[], format = "General") => {
    values.push(Array.from({ length: cols }, (_, c) => cells[c] ?? null));
    formats.push(Array.from({ length: cols }, () => format));
  };
  row(["萧山分公司网格客户经理统一考核表"]);
  row(["区域", "客户经理", "客户经理类型", "政企KPI指标"]);
  row([null, null, null, "成员收集", null, "满意度"]);
  row([
    null,
    null,
    null,
    "目标",
    "累计导入",
    "集团客户满意度",
    ...Array.from({ length: cols - 6 }, (_, i) => `字段${i}`),
  ]);
  row(["考核分值", null, null, 10, null, 5]);
  for (let m = 0; m < managers; m++) {
    const cells: CellValue[] = [REGIONS[m % REGIONS.length], `经理${m + 1}`, "网格"];
    for (let c = 3; c < cols; c++) cells.push(((m * 31 + c * 7) % 500) + 0.5);
    cells[5] = 0.8 + (m % 20) / 100;
    row(cells);
    formats[formats.length - 1][5] = "0.0%";
  }
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: cols - 1 },
    { top: 1, left: 3, bottom: 1, right: 5 },
    { top: 2, left: 3, bottom: 2, right: 4 },
  ];
  return {
    name: "考核表",
    rowCount: values.length,
    colCount: cols,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormats: formats,
    merges,
    comments: {},
  };
}

/** A plan like the pipeline's: a score block right of the inputs, a style, one short note per score cell. */
export function scorePlan(managers: number, scoreColumns = 16): WritePlan {
  const left = INPUT_COLUMNS;
  const values = Array.from({ length: managers }, (_, m) =>
    Array.from({ length: scoreColumns }, (_, c) => Math.round(((m + c) % 10) * 50) / 100),
  );
  const notes = [];
  for (let m = 0; m < managers; m++) {
    for (let c = 0; c < scoreColumns; c++) {
      notes.push({ row: HEADER_ROWS + m, col: left + c, text: markNote(`得分 ${values[m][c]}`) });
    }
  }
  return {
    sheet: "考核表",
    clear: [{ top: 1, left, bottom: HEADER_ROWS + managers - 1, right: left + scoreColumns - 1 }],
    blocks: [
      {
        top: 3,
        left,
        values: [Array.from({ length: scoreColumns }, (_, c) => (c === 0 ? "得分" : `得分${c}`))],
      },
      {
        top: HEADER_ROWS,
        left,
        values,
        numberFormats: values.map((r) => r.map(() => "0.00")),
      },
    ],
    merges: [],
    styles: [
      { rect: { top: HEADER_ROWS, left, bottom: HEADER_ROWS, right: left }, style: { fill: "#FFE0E0" } },
    ],
    notes,
    deleteNotes: [],
  };
}
