/**
 * A WorkbookHost over in-memory sheets: the tests' host and the browser preview's. apply() executes
 * a WritePlan exactly, in the order every host follows: clear, delete notes, blocks, merges, styles,
 * notes.
 */
import { cellAddress, rectAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import type {
  CellStyle,
  CellValue,
  Rect,
  SheetComment,
  SheetSnapshot,
  WorkbookHost,
  WritePlan,
  WriteValue,
} from "../../sheet/types";
import { formatCellText } from "../format";
import { HostError } from "../host-error";
import { inside, overlaps } from "../rect";
import { applyExtras, emptySnapshot, type SheetExtras } from "./extras";

interface MemorySheet {
  name: string;
  rowCount: number;
  colCount: number;
  values: CellValue[][];
  numberFormats: string[][];
  merges: Rect[];
  comments: Record<string, SheetComment>;
  /** By A1 address: what the host does not put in a snapshot. */
  styles: Map<string, CellStyle>;
  formulas: Map<string, string>;
  /** Drop-down lists and column widths (see memory-extras.ts). */
  extras: SheetExtras;
}

export class MemoryHost implements WorkbookHost {
  private readonly sheets: MemorySheet[];

  /** Seeds the host with copies of the given sheets; `ours` is recomputed from each note's marker. */
  constructor(snapshots: readonly SheetSnapshot[]) {
    this.sheets = snapshots.map(fromSnapshot);
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    return toSnapshot(this.sheet(name));
  }

  async apply(plan: WritePlan): Promise<void> {
    if (plan.createSheet && !this.sheets.some((s) => s.name === plan.sheet))
      this.sheets.push(fromSnapshot(emptySnapshot(plan.sheet)));
    const sheet = this.sheet(plan.sheet);
    checkNotes(sheet, plan);
    for (const rect of plan.clear) clearRect(sheet, rect);
    for (const { row, col } of plan.deleteNotes) delete sheet.comments[cellAddress(row, col)];
    for (const block of plan.blocks) writeBlock(sheet, block);
    for (const merge of plan.merges) addMerge(sheet, merge);
    for (const { rect, style } of plan.styles) styleRect(sheet, rect, style);
    for (const { row, col, text } of plan.notes) sheet.comments[cellAddress(row, col)] = { text, ours: true };
    applyExtras(sheet.extras, plan);
  }

  /** The drop-down lists and column widths the host holds for a sheet (snapshots carry neither). */
  extrasOf(sheet: string): Readonly<SheetExtras> {
    return this.sheet(sheet).extras;
  }

  /** The style the host holds for a cell (snapshots carry no styles). */
  styleAt(sheet: string, row: number, col: number): CellStyle | undefined {
    return this.sheet(sheet).styles.get(cellAddress(row, col));
  }

  /** The formula written to a cell, if any (its cached value is the cell's value). */
  formulaAt(sheet: string, row: number, col: number): string | undefined {
    return this.sheet(sheet).formulas.get(cellAddress(row, col));
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new HostError("unknownSheet", `No sheet named "${name}" in this workbook.`, [], name);
    return sheet;
  }
}

function fromSnapshot(s: SheetSnapshot): MemorySheet {
  const comments: Record<string, SheetComment> = {};
  for (const [address, c] of Object.entries(s.comments))
    comments[address] = { text: c.text, ours: isOurNote(c.text) };
  return {
    name: s.name,
    rowCount: s.rowCount,
    colCount: s.colCount,
    values: padded(s.rowCount, s.colCount, (r, c) => s.values[r]?.[c] ?? null),
    numberFormats: padded(s.rowCount, s.colCount, (r, c) => s.numberFormats[r]?.[c] ?? "General"),
    merges: s.merges.map((m) => ({ ...m })),
    comments,
    styles: new Map(),
    formulas: new Map(),
    extras: { validations: [], columnWidths: new Map() },
  };
}

function toSnapshot(s: MemorySheet): SheetSnapshot {
  const values = padded(s.rowCount, s.colCount, (r, c) => copyValue(s.values[r]?.[c] ?? null));
  const numberFormats = padded(s.rowCount, s.colCount, (r, c) => s.numberFormats[r]?.[c] ?? "General");
  const comments: Record<string, SheetComment> = {};
  for (const [address, c] of Object.entries(s.comments)) comments[address] = { ...c };
  return {
    name: s.name,
    rowCount: s.rowCount,
    colCount: s.colCount,
    values,
    text: padded(s.rowCount, s.colCount, (r, c) => formatCellText(values[r][c], numberFormats[r][c])),
    numberFormats,
    merges: s.merges.map((m) => ({ ...m })),
    comments,
  };
}

function padded<T>(rows: number, cols: number, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = at(r, c);
    out[r] = row;
  }
  return out;
}

function copyValue(v: CellValue): CellValue {
  return v !== null && typeof v === "object" ? { error: v.error } : v;
}

/** The plan may replace or delete only our own notes, and every note it writes must carry the marker. */
function checkNotes(sheet: MemorySheet, plan: WritePlan): void {
  for (const { row, col, text } of plan.notes) {
    const address = cellAddress(row, col);
    if (sheet.comments[address]?.ours === false) {
      throw new HostError("personsNote", `The plan would replace a person's note at ${address}.`);
    }
    if (!isOurNote(text)) throw new HostError("unmarkedNote", `The note for ${address} lacks our marker.`);
  }
  for (const { row, col } of plan.deleteNotes) {
    const address = cellAddress(row, col);
    if (sheet.comments[address]?.ours === false) {
      throw new HostError("personsNote", `The plan would delete a person's note at ${address}.`);
    }
  }
}

function ensureSize(sheet: MemorySheet, rows: number, cols: number): void {
  if (cols > sheet.colCount) {
    for (let r = 0; r < sheet.rowCount; r++) {
      for (let c = sheet.colCount; c < cols; c++) {
        sheet.values[r][c] = null;
        sheet.numberFormats[r][c] = "General";
      }
    }
    sheet.colCount = cols;
  }
  for (let r = sheet.rowCount; r < rows; r++) {
    sheet.values.push(new Array<CellValue>(sheet.colCount).fill(null));
    sheet.numberFormats.push(new Array<string>(sheet.colCount).fill("General"));
  }
  sheet.rowCount = Math.max(sheet.rowCount, rows);
}

/** Empties a rectangle: values, formats, styles, merges inside it and our notes (a person's stay). */
function clearRect(sheet: MemorySheet, rect: Rect): void {
  for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rowCount - 1); r++) {
    for (let c = rect.left; c <= Math.min(rect.right, sheet.colCount - 1); c++) {
      sheet.values[r][c] = null;
      sheet.numberFormats[r][c] = "General";
    }
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const address = cellAddress(r, c);
      sheet.styles.delete(address);
      sheet.formulas.delete(address);
      if (sheet.comments[address]?.ours) delete sheet.comments[address];
    }
  }
  sheet.merges = sheet.merges.filter((m) => !inside(m, rect));
}

function writeBlock(sheet: MemorySheet, block: WritePlan["blocks"][number]): void {
  const width = Math.max(0, ...block.values.map((row) => row.length));
  ensureSize(sheet, block.top + block.values.length, block.left + width);
  block.values.forEach((row, i) => {
    row.forEach((value, j) => {
      const r = block.top + i;
      const c = block.left + j;
      sheet.values[r][c] = cellValueOf(value);
      if (isFormula(value)) sheet.formulas.set(cellAddress(r, c), value.formula);
      else sheet.formulas.delete(cellAddress(r, c));
      const format = block.numberFormats?.[i]?.[j];
      if (format !== undefined) sheet.numberFormats[r][c] = format;
    });
  });
}

function isFormula(v: WriteValue): v is { formula: string; cached: number | string | null } {
  return v !== null && typeof v === "object";
}

function cellValueOf(v: WriteValue): CellValue {
  return isFormula(v) ? v.cached : v;
}

function addMerge(sheet: MemorySheet, merge: Rect): void {
  const clash = sheet.merges.find((m) => overlaps(m, merge));
  if (clash) {
    throw new HostError(
      "overlappingMerge",
      `Cannot merge ${rectAddress(merge)}: it overlaps the merged area ${rectAddress(clash)}.`,
    );
  }
  ensureSize(sheet, merge.bottom + 1, merge.right + 1);
  sheet.merges.push({ ...merge });
}

function styleRect(sheet: MemorySheet, rect: Rect, style: CellStyle): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const address = cellAddress(r, c);
      sheet.styles.set(address, { ...sheet.styles.get(address), ...style });
    }
  }
}
