/** An ExcelJS worksheet → SheetSnapshot (values raw, text as shown, formats, merges, notes). */
import type { Cell, CellValue as ExcelValue, Worksheet } from "exceljs";
import { cellAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import type { CellValue, SheetComment, SheetSnapshot } from "../../sheet/types";
import { formatCellText } from "../format";
import { SheetError } from "../../sheet/errors";
import { mergedAreas, noteText } from "./exceljs-internals";
import type { Note } from "./notes-part";

/** ExcelJS ValueType.Merge: a cell covered by a merged area (not its top-left cell). */
export const MERGE_TYPE = 1;
/** ExcelJS ValueType.Formula. */
const FORMULA_TYPE = 6;
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // days from 1899-12-30 to 1970-01-01
/** The largest used range read: 100,000 rows of 40 columns (the bench's 20,000 managers use 1.2 M). */
export const MAX_SHEET_CELLS = 4_000_000;

/** `overlay` holds our notes that live outside ExcelJS's cells until the workbook is saved. */
export function readWorksheet(ws: Worksheet, overlay: ReadonlyMap<number, Note> | undefined): SheetSnapshot {
  const { rowCount, colCount } = usedRange(ws, overlay);
  const values: CellValue[][] = new Array(rowCount);
  const text: string[][] = new Array(rowCount);
  const numberFormats: string[][] = new Array(rowCount);
  const comments: Record<string, SheetComment> = {};
  for (let r = 0; r < rowCount; r++) {
    const rowValues: CellValue[] = new Array(colCount).fill(null);
    const rowText: string[] = new Array(colCount).fill("");
    const rowFormats: string[] = new Array(colCount).fill("General");
    const row = ws.findRow(r + 1);
    const cells = row ? Math.min(row.cellCount, colCount) : 0;
    for (let c = 0; c < cells; c++) {
      const cell = row?.findCell(c + 1);
      if (!cell) continue;
      const value = cell.type === MERGE_TYPE ? null : toCellValue(cell.value);
      const format = cell.numFmt || "General";
      rowValues[c] = value;
      rowFormats[c] = format;
      rowText[c] = cellText(cell, value, format);
      const note = noteText(cell);
      if (note !== undefined) comments[cellAddress(r, c)] = { text: note, ours: isOurNote(note) };
    }
    values[r] = rowValues;
    text[r] = rowText;
    numberFormats[r] = rowFormats;
  }
  for (const note of overlay?.values() ?? [])
    comments[cellAddress(note.row, note.col)] = { text: note.text, ours: true };
  return {
    name: ws.name,
    rowCount,
    colCount,
    values,
    text,
    numberFormats,
    merges: mergedAreas(ws),
    comments,
  };
}

/**
 * The rows and columns up to the last cell that holds a value or a note. A cell that only carries a
 * format does not count (a whole column formatted once reaches row 1,048,576 without holding
 * anything). The snapshot is a dense grid of this size, so a sheet whose used range is larger than
 * MAX_SHEET_CELLS is refused with the cells that make it so: most often one stray value far from
 * the data, which the person can delete.
 */
function usedRange(
  ws: Worksheet,
  overlay: ReadonlyMap<number, Note> | undefined,
): { rowCount: number; colCount: number } {
  let rowCount = 0;
  let colCount = 0;
  let lowest = "";
  let rightmost = "";
  const extend = (r: number, c: number): void => {
    if (r + 1 > rowCount) [rowCount, lowest] = [r + 1, cellAddress(r, c)];
    if (c + 1 > colCount) [colCount, rightmost] = [c + 1, cellAddress(r, c)];
  };
  eachExistingCell(ws, (cell, r, c) => {
    if (cell.type === MERGE_TYPE) return;
    if (toCellValue(cell.value) !== null || cell.type === FORMULA_TYPE || noteText(cell) !== undefined)
      extend(r, c);
  });
  for (const note of overlay?.values() ?? []) extend(note.row, note.col);
  for (const m of mergedAreas(ws)) if (m.top < rowCount && m.left < colCount) extend(m.bottom, m.right);
  if (rowCount * colCount > MAX_SHEET_CELLS)
    throw sheetTooLarge(ws.name, rowCount, colCount, lowest, rightmost);
  return { rowCount, colCount };
}

/**
 * A cell's text as shown. Two kinds the format alone cannot show: a date (ExcelJS gives a Date for a
 * date-formatted cell) is shown as yyyy-mm-dd, so that a message says "2014-05-01" rather than its
 * serial number; a formula saved without its result (value null) is shown as the formula, so that
 * it is told apart from a blank cell.
 */
function cellText(cell: Cell, value: CellValue, format: string): string {
  const raw = cell.value;
  if (raw instanceof Date) {
    const iso = raw.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
  }
  if (value === null && cell.type === FORMULA_TYPE && cell.formula) return `=${cell.formula}`;
  return formatCellText(value, format);
}

/** ExcelJS's value kinds → the snapshot's: formulas give their cached result, rich text its text. */
export function toCellValue(v: ExcelValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result as ExcelValue | undefined);
  if ("text" in v) return typeof v.text === "string" ? v.text : toCellValue(v.text as ExcelValue);
  return null;
}

/** Visits the cells ExcelJS holds (0-based row and column), creating none. */
export function eachExistingCell(ws: Worksheet, visit: (cell: Cell, row: number, col: number) => void): void {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) visit(cell, r - 1, c - 1);
    }
  }
}

function sheetTooLarge(
  sheet: string,
  rows: number,
  cols: number,
  lowest: string,
  rightmost: string,
): SheetError {
  const limit = MAX_SHEET_CELLS.toLocaleString("en-US");
  const where =
    lowest === rightmost
      ? { "zh-CN": `最远的内容在 ${lowest}`, en: `The farthest is at ${lowest}` }
      : {
          "zh-CN": `最下面的内容在 ${lowest}，最右边的在 ${rightmost}`,
          en: `The lowest is at ${lowest}, the rightmost at ${rightmost}`,
        };
  return new SheetError("sheetTooLarge", {
    "zh-CN": `工作表“${sheet}”太大，无法评分：有内容的区域是 ${rows} 行 × ${cols} 列，超过 ${limit} 个单元格的上限。${where["zh-CN"]}；若是误填在远处的内容，请删除后再评分。`,
    en: `Sheet "${sheet}" is too large to score: the cells that hold something span ${rows} rows × ${cols} columns, more than the limit of ${limit} cells. ${where.en}; if something was typed there by mistake, delete it and score again.`,
  });
}
