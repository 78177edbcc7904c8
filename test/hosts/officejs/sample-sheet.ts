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

/** An explanation about as long as the pipeline's (~340 bytes of UTF-8). */
export function explanation(score: number | string): string {
  return markNote(
    `得分 ${score}\n成员收集：目标 120，累计导入 96，完成率 80.0%\n规则：完成率 ≥ 80% 得满分，每低 1% 扣 0.5 分\n` +
      `计算：10 − (100% − 80.0%) × 50 = ${score}\n失分：本项满分 10 分`,
  );
}

/** A formula like the compiled rule set's (~700 bytes per score cell, ~11 KB per manager). */
function scoreFormula(row: number): string {
  const r = row + 1;
  const band = (k: number) => `IF(E${r}/D${r}>=${(0.5 + k / 60).toFixed(3)},${10 - k}`;
  return `ROUND(MAX(0,MIN(10,${Array.from({ length: 30 }, (_, k) => band(k)).join(",")},0${")".repeat(30)}))*COUNTIFS($A$6:$A$9999,A${r},$B$6:$B$9999,"<>"),2)`;
}

/**
 * A plan like the pipeline's: a score block right of the inputs, a style, one explanation per score
 * cell; `formulas`: score cells are formulas (formula mode).
 */
export function scorePlan(managers: number, scoreColumns = 16, formulas = false): WritePlan {
  const left = INPUT_COLUMNS;
  const values = Array.from({ length: managers }, (_, m) =>
    Array.from({ length: scoreColumns }, (_, c) => {
      const cached = Math.round(((m + c) % 10) * 50) / 100;
      return formulas ? { formula: scoreFormula(HEADER_ROWS + m), cached } : cached;
    }),
  );
  const notes = [];
  for (let m = 0; m < managers; m++) {
    for (let c = 0; c < scoreColumns; c++) {
      notes.push({
        row: HEADER_ROWS + m,
        col: left + c,
        text: explanation(Math.round(((m + c) % 10) * 50) / 100),
      });
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
