/**
 * Saving: ExcelJS writes the workbook uncompressed (it is fast at that, slow at compressing), each
 * sheet's notes parts are replaced by ours (notes-part.ts: every note of the sheet, a person's and
 * GridScore's), then every part is deflated with the given codec into a new zip (fflate).
 *
 * So that ExcelJS declares a sheet's notes parts (the parts themselves, the sheet's relationships
 * to them, its `<legacyDrawing>` and the content types), one cell of each sheet with notes carries
 * a placeholder note for the duration of the write; what ExcelJS writes into the two parts is
 * then replaced whole. The parts are found through the sheet's relationships.
 */
import type ExcelJS from "exceljs";
import type { Cell, Workbook, Worksheet } from "exceljs";
import { HostError } from "../host-error";
import type { ZipCodec } from "./codec";
import { isEmptyStyle, removeNote } from "./exceljs-internals";
import { writeNotesParts, type SheetNotes } from "./notes-part";
import { relatedParts, unzipParts, worksheetParts, writeZip, type ZipPart } from "./package-parts";
import { eachExistingCell } from "./read-sheet";

export interface SaveOptions {
  codec: ZipCodec;
  /** The zip entries' modification time (fixed for reproducible files). */
  modified: Date;
}

export async function saveWorkbook(
  wb: Workbook,
  notes: ReadonlyMap<Worksheet, SheetNotes>,
  options: SaveOptions,
): Promise<Uint8Array> {
  const noted = [...notes].filter(([, n]) => n.persons.size + n.ours.size > 0);
  const placeholders = noted.map(([ws]) => placeholderCell(ws));
  let stored: Uint8Array;
  const restoreStyles = shareEmptyStyles(wb);
  try {
    for (const cell of placeholders) cell.note = "GridScore";
    stored = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  } finally {
    restoreStyles();
    for (const cell of placeholders) removeNote(cell);
  }
  const parts = unzipParts(stored, () => true);
  const read = (path: string) => (parts[path] ? new TextDecoder().decode(parts[path]) : undefined);
  const sheetParts = worksheetParts(read);
  const ours = noted.map(([ws, sheetNotes]) => ({
    ...notesPartsOf(read, sheetParts.get(ws.name), ws),
    sheetNotes,
  }));
  const replaced = new Set(ours.flatMap((o) => [o.comments, o.vml]));
  // ExcelJS's parts compress (on the codec's threads, where it has them) while our notes are written.
  const deflating = new Map<string, Promise<ZipPart>>();
  for (const [path, data] of Object.entries(parts))
    if (!replaced.has(path)) deflating.set(path, deflate(path, data, options.codec));
  for (const { comments, vml, sheetNotes } of ours) {
    const written = writeNotesParts(sheetNotes);
    deflating.set(comments, deflate(comments, written.comments, options.codec));
    deflating.set(vml, deflate(vml, written.vml, options.codec));
  }
  const zipped = await Promise.all(Object.keys(parts).map((path) => deflating.get(path) as Promise<ZipPart>));
  return writeZip(zipped, options.modified);
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

/** The sheet's comments part and VML drawing, as ExcelJS linked them. */
function notesPartsOf(
  read: (path: string) => string | undefined,
  sheetPart: string | undefined,
  ws: Worksheet,
): { comments: string; vml: string } {
  const [comments] = sheetPart === undefined ? [] : relatedParts(read, sheetPart, "comments");
  const [vml] = sheetPart === undefined ? [] : relatedParts(read, sheetPart, "vmlDrawing");
  if (comments === undefined || vml === undefined)
    throw new HostError("unreadableWorkbook", `ExcelJS did not link the notes of sheet "${ws.name}".`);
  return { comments, vml };
}

/**
 * ExcelJS finds a cell's style index by rendering its style to XML, unless it met that very style
 * object before (it remembers objects, not contents), and gives every unstyled cell an empty style
 * object of its own: a sheet of 10,000 managers' figures costs a render per input cell. For the
 * duration of the write the unstyled cells share one empty style; returns what puts theirs back
 * (ExcelJS changes a style object in place when a cell's font or fill is set, so they must not
 * stay shared).
 */
function shareEmptyStyles(wb: Workbook): () => void {
  const cells: Cell[] = [];
  const styles: Array<Partial<ExcelJS.Style>> = [];
  const shared: Partial<ExcelJS.Style> = {};
  for (const ws of wb.worksheets) {
    eachExistingCell(ws, (cell) => {
      const style = cell.style;
      if (style !== shared && isEmptyStyle(style)) {
        cells.push(cell);
        styles.push(style);
        cell.style = shared;
      }
    });
  }
  return () => {
    for (let i = 0; i < cells.length; i++) cells[i].style = styles[i];
  };
}

async function deflate(path: string, data: Uint8Array, codec: ZipCodec): Promise<ZipPart> {
  const crc32 = codec.crc32(data);
  const deflated = await codec.deflateRaw(data);
  return deflated.length < data.length
    ? { path, compression: 8, crc32, size: data.length, data: deflated }
    : { path, compression: 0, crc32, size: data.length, data };
}
