/** Managers' rows → an ExcelJS workbook in the reference layout (scripts/reference-layout.ts). */
import ExcelJS from "exceljs";
import {
  FIRST_MANAGER_ROW,
  LEAD_COLUMNS,
  MAY_LAYOUT,
  NUMBER_FORMATS,
  SHEET_NAME,
  type ReferenceLayout,
} from "./reference-layout";

/** A cell as typed by staff: a value in the field's usual format, or a value with its own format. */
export type SampleCell = number | string | null | { value: number | string; format: string };

export interface SampleManager {
  region: string;
  name: string;
  values: Readonly<Record<string, SampleCell | undefined>>;
}

const LEAD = LEAD_COLUMNS.length;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const THIN: ExcelJS.Borders["top"] = { style: "thin", color: { argb: "FF9BA8B5" } };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, size: 10 },
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  fill: HEADER_FILL,
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
};

export function referenceWorkbook(
  managers: readonly SampleManager[],
  created: Date,
  layout: ReferenceLayout = MAY_LAYOUT,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GridScore";
  wb.lastModifiedBy = "GridScore";
  wb.created = created;
  wb.modified = created;
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", xSplit: LEAD, ySplit: 5 }] });
  writeHeaders(ws, layout);
  writeManagers(ws, managers, layout);
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 8;
  for (let c = LEAD + 1; c <= LEAD + layout.fields.length; c++) ws.getColumn(c).width = 11;
  return wb;
}

function writeHeaders(ws: ExcelJS.Worksheet, layout: ReferenceLayout): void {
  const lastCol = LEAD + layout.fields.length;
  ws.getCell(1, 1).value = layout.title;
  ws.getCell(1, 1).style = { font: { bold: true, size: 14 }, alignment: { horizontal: "center" } };
  ws.mergeCells(1, 1, 1, lastCol);
  header(ws, 2, 1, "区域", 4, 1);
  header(ws, 2, 2, "考核项目", 2, 2);
  header(ws, 3, 2, "客户经理", 4, 2);
  header(ws, 2, 3, "客户经理类型", 4, 3);
  header(ws, 5, 1, "考核分值", 5, 3);
  let col = LEAD + 1;
  for (const category of layout.categories) {
    const width = category.indicators.reduce((n, i) => n + i.fields.length, 0);
    header(ws, 2, col, category.header, 2, col + width - 1);
    for (const indicator of category.indicators) {
      header(ws, 3, col, indicator.header, 3, col + indicator.fields.length - 1);
      indicator.fields.forEach((field, i) => {
        header(ws, 4, col + i, field.header, 4, col + i);
        header(ws, 5, col + i, i === 0 ? indicator.weight : null, 5, col + i);
      });
      col += indicator.fields.length;
    }
  }
  ws.getRow(4).height = 42;
}

function header(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  value: string | number | null,
  bottom: number,
  right: number,
): void {
  const cell = ws.getCell(top, left);
  cell.value = value;
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) ws.getCell(r, c).style = HEADER_STYLE;
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

function writeManagers(
  ws: ExcelJS.Worksheet,
  managers: readonly SampleManager[],
  layout: ReferenceLayout,
): void {
  let regionStart = FIRST_MANAGER_ROW;
  managers.forEach((m, i) => {
    const rowNumber = FIRST_MANAGER_ROW + i;
    const row = ws.getRow(rowNumber);
    row.getCell(2).value = m.name;
    row.getCell(3).value = "网格";
    layout.fields.forEach((field, j) => {
      const typed = m.values[field.id];
      if (typed === undefined || typed === null) return;
      const cell = row.getCell(LEAD + 1 + j);
      const format = typeof typed === "object" ? typed.format : NUMBER_FORMATS[field.kind];
      cell.value = typeof typed === "object" ? typed.value : typed;
      if (format !== "General") cell.numFmt = format;
    });
    const next = managers[i + 1];
    if (!next || next.region !== m.region) {
      const regionCell = ws.getCell(regionStart, 1);
      regionCell.value = m.region;
      regionCell.style = { alignment: { vertical: "middle", horizontal: "center" } };
      if (rowNumber > regionStart) ws.mergeCells(regionStart, 1, rowNumber, 1);
      regionStart = rowNumber + 1;
    }
  });
}
