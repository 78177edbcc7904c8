/**
 * Every place where the xlsx host relies on ExcelJS beyond its documented API, each with the test
 * in test/hosts/xlsx/exceljs-internals.test.ts that fails if a release changes it (ExcelJS is
 * pinned to the version those tests passed on, in package.json):
 *
 * 1. A worksheet's merged areas are read from `_merges` (the public API can only rebuild them by
 *    visiting every cell).
 * 2. A cell's note is removed by clearing `_comment`: assigning `cell.note = undefined` leaves an
 *    empty note behind that is still written to the file.
 * 3. For a sheet with at least one note, `writeBuffer` writes a comments part and a VML drawing,
 *    both linked from the sheet's relationships (the save replaces the two parts whole).
 * 4. `writeBuffer({ zip: { compression: "STORE" } })` writes the parts uncompressed (ExcelJS hands
 *    `zip` to JSZip; it is fast at writing, slow at compressing).
 * 5. ExcelJS finds a cell's style index by rendering its style to XML unless it met that very
 *    style object before (it remembers objects, not contents), and gives every unstyled cell an
 *    empty style object of its own; setting a cell's font or fill changes its style object in
 *    place. So unstyled cells share one empty style only for the duration of a write.
 */
import type ExcelJS from "exceljs";
import type { Cell, Workbook, Worksheet } from "exceljs";
import type { Rect } from "../../sheet/types";

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The worksheet's merged areas, 0-based (1). */
export function mergedAreas(ws: Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeRange | undefined> })._merges;
  const out: Rect[] = [];
  for (const m of Object.values(merges)) {
    if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

/** Removes the cell's note, leaving nothing to write (2). */
export function removeNote(cell: Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** A note's plain text (a note is a string or rich text runs). */
export function noteText(cell: Cell): string | undefined {
  const note = cell.note as string | { texts?: Array<{ text?: string }> } | undefined;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

/** A style that sets nothing (`cell.numFmt = undefined` leaves its key present but undefined). */
export function isEmptyStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) if (style[key as keyof ExcelJS.Style] !== undefined) return false;
  return true;
}

/**
 * The workbook as an uncompressed .xlsx (4), in which each of `noted` has its comments part and
 * VML drawing declared and linked (3): a placeholder note sits on one of its cells for the
 * duration of the write. The workbook is left as it was (2, 5).
 */
export async function writeStored(wb: Workbook, noted: readonly Worksheet[]): Promise<Uint8Array> {
  const placeholders = noted.map(placeholderCell);
  const restoreStyles = shareEmptyStyles(wb);
  try {
    for (const cell of placeholders) cell.note = "GridScore";
    return new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  } finally {
    restoreStyles();
    for (const cell of placeholders) removeNote(cell);
  }
}

/** A cell of the sheet that exists (the first one), so that the placeholder creates none. */
function placeholderCell(ws: Worksheet): Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) return cell;
    }
  }
  return ws.getCell(1, 1);
}

/**
 * Gives the workbook's unstyled cells one shared empty style, so that ExcelJS renders it once (5);
 * returns what puts each cell's own style back.
 */
function shareEmptyStyles(wb: Workbook): () => void {
  const cells: Cell[] = [];
  const styles: Array<Partial<ExcelJS.Style>> = [];
  const shared: Partial<ExcelJS.Style> = {};
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      for (let c = 1; row && c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        if (!cell || cell.style === shared || !isEmptyStyle(cell.style)) continue;
        cells.push(cell);
        styles.push(cell.style);
        cell.style = shared;
      }
    }
  }
  return () => {
    for (let i = 0; i < cells.length; i++) cells[i].style = styles[i];
  };
}
