/** An ExcelJS worksheet → SheetSnapshot (values raw, text as shown, formats, merges, notes). */
import type { Cell, CellValue as ExcelValue, Worksheet } from "exceljs";
import { cellAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import type { CellValue, SheetComment, SheetSnapshot } from "../../sheet/types";
import { formatCellText } from "../format";
import { mergedAreas, noteText } from "./exceljs-internals";
import type { Note } from "./notes-part";

/** ExcelJS ValueType.Merge: a cell covered by a merged area (not its top-left cell). */
export const MERGE_TYPE = 1;
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // days from 1899-12-30 to 1970-01-01

/** `overlay` holds our notes that live outside ExcelJS's cells until the workbook is saved. */
export function readWorksheet(ws: Worksheet, overlay: ReadonlyMap<number, Note> | undefined): SheetSnapshot {
  const rowCount = ws.rowCount;
  // Every cell ExcelJS holds counts, a note on an otherwise empty cell too (ExcelJS's own
  // columnCount looks only at rows with values).
  let colCount = 0;
  for (let r = 1; r <= rowCount; r++) colCount = Math.max(colCount, ws.findRow(r)?.cellCount ?? 0);
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
      rowText[c] = formatCellText(value, format);
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
