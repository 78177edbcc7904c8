/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells, not Office.js proxies: the Office add-ins rules mistake ExcelJS's getCell for Excel's. */
/**
 * A WritePlan → an ExcelJS worksheet, in the order every host follows: clear, delete notes, blocks,
 * merges, styles, notes. Notes change in the sheet's notes (`SheetNotes`, written whole at the save,
 * see notes-part.ts): ours are replaced, a person's are never touched.
 *
 * ExcelJS shares one style object between all cells loaded with the same style, so a style is
 * never changed in place here: a cell we write gets another style object, derived from its old one
 * through StyleCache, so that our cells share their styles too (ExcelJS then saves each distinct
 * style object once).
 */
import type ExcelJS from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import { cellAddress, rectAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import type { CellStyle, Rect, WritePlan, WriteValue } from "../../sheet/types";
import { HostError } from "../host-error";
import { inside, overlaps } from "../rect";
import { isEmptyStyle, mergedAreas } from "./exceljs-internals";
import { type Note, type SheetNotes, noteKey } from "./notes-part";
import { MERGE_TYPE } from "./read-sheet";

export function applyPlan(ws: Worksheet, notes: SheetNotes, plan: WritePlan): void {
  checkNotes(notes.persons, plan);
  const styles = new StyleCache();
  for (const rect of plan.clear) clearRect(ws, notes.ours, rect);
  for (const { row, col } of plan.deleteNotes) notes.ours.delete(noteKey(row, col));
  for (const block of plan.blocks) writeBlock(ws, block, styles);
  for (const merge of plan.merges) addMerge(ws, merge);
  for (const { rect, style } of plan.styles) styleRect(ws, rect, style, styles);
  // The plan's notes are immutable data: the sheet's notes share them.
  for (const note of plan.notes) notes.ours.set(noteKey(note.row, note.col), note);
}

/** A person's note is never replaced or deleted; ours carry the marker. Checked before any change. */
function checkNotes(persons: ReadonlyMap<number, unknown>, plan: WritePlan): void {
  for (const { row, col, text } of plan.notes) {
    if (persons.has(noteKey(row, col))) {
      throw new HostError(
        "personsNote",
        `The plan would replace a person's note at ${cellAddress(row, col)}.`,
      );
    }
    if (!isOurNote(text)) {
      throw new HostError("unmarkedNote", `The note for ${cellAddress(row, col)} lacks our marker.`);
    }
  }
  for (const { row, col } of plan.deleteNotes) {
    if (persons.has(noteKey(row, col))) {
      throw new HostError(
        "personsNote",
        `The plan would delete a person's note at ${cellAddress(row, col)}.`,
      );
    }
  }
}

function clearRect(ws: Worksheet, ours: Map<number, Note>, rect: Rect): void {
  for (const m of mergedAreas(ws)) {
    if (inside(m, rect)) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    // Rows and cells by number: the worksheet's own findCell/getCell build an A1 address each time.
    const row = ws.findRow(r + 1);
    for (let c = rect.left; c <= rect.right; c++) {
      if (ours.size > 0) ours.delete(noteKey(r, c));
      const cell = row?.findCell(c + 1);
      if (!cell || coveredFromOutside(cell, rect)) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

/** A cell covered by a merged area whose top-left cell lies outside `rect` (a person's merge). */
function coveredFromOutside(cell: Cell, rect: Rect): boolean {
  if (cell.type !== MERGE_TYPE) return false;
  const row = Number(cell.master.row) - 1; // ExcelJS types say string; the value is a number
  const col = Number(cell.master.col) - 1;
  return !inside({ top: row, left: col, bottom: row, right: col }, rect);
}

type Style = Partial<ExcelJS.Style>;

/**
 * Derived styles by (old style object, change): the same change to the same style gives one object.
 * All empty styles count as one (ExcelJS gives each new cell its own empty style).
 */
class StyleCache {
  private readonly derived = new WeakMap<Style, Map<string, Style>>();
  private readonly empty: Style = {};

  derive(base: Style, change: string, make: (base: Style) => Style): Style {
    const key = isEmptyStyle(base) ? this.empty : base;
    let byChange = this.derived.get(key);
    if (!byChange) this.derived.set(key, (byChange = new Map()));
    let style = byChange.get(change);
    if (!style) byChange.set(change, (style = make(base)));
    return style;
  }
}

function writeBlock(ws: Worksheet, block: WritePlan["blocks"][number], styles: StyleCache): void {
  block.values.forEach((row, i) => {
    const sheetRow = ws.getRow(block.top + i + 1);
    row.forEach((value, j) => {
      const cell = sheetRow.getCell(block.left + j + 1);
      if (cell.type === MERGE_TYPE) {
        throw new HostError("overlappingMerge", `Cannot write ${cell.address}: it is inside a merged area.`);
      }
      cell.value = excelValue(value);
      const format = block.numberFormats?.[i]?.[j];
      if (format !== undefined)
        cell.style = styles.derive(cell.style, format, (base) => ({ ...base, numFmt: format }));
    });
  });
}

/** Strings stay strings (ExcelJS writes them as shared strings, never as formulas). */
function excelValue(v: WriteValue): Cell["value"] {
  if (v === null || typeof v !== "object") return v;
  const formula = v.formula.startsWith("=") ? v.formula.slice(1) : v.formula;
  return { formula, result: v.cached ?? undefined } as Cell["value"];
}

function addMerge(ws: Worksheet, merge: Rect): void {
  const clash = mergedAreas(ws).find((m) => overlaps(m, merge));
  if (clash) {
    throw new HostError(
      "overlappingMerge",
      `Cannot merge ${rectAddress(merge)}: it overlaps the merged area ${rectAddress(clash)}.`,
    );
  }
  ws.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
}

function styleRect(ws: Worksheet, rect: Rect, style: CellStyle, styles: StyleCache): void {
  const change = JSON.stringify(style);
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = row.getCell(c + 1);
      cell.style = styles.derive(cell.style, change, (base) => withStyle(base, style));
    }
  }
}

function withStyle(base: Style, style: CellStyle): Style {
  const next = { ...base };
  if (style.fill) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.fontColor || style.bold !== undefined || style.italic !== undefined) {
    next.font = {
      ...next.font,
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
    };
  }
  return next;
}

/** "#RRGGBB" → "FFRRGGBB". */
function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}
