/**
 * Saving: ExcelJS writes the workbook uncompressed (it is fast at that, slow at compressing), our
 * notes are spliced into the comments part and VML drawing it wrote for the sheet, then every part
 * is deflated with the given codec into a new zip.
 *
 * So that ExcelJS writes the two parts (and the sheet's relationships and `<legacyDrawing>`), the
 * first of our notes on a sheet is put in its cell for the duration of the write; the others are
 * appended as text, in row-then-column order so that the same notes always give the same bytes.
 * A person's notes are written by ExcelJS as they always are.
 */
import type ExcelJS from "exceljs";
import type { Cell, Workbook, Worksheet } from "exceljs";
import { HostError } from "../host-error";
import type { ZipCodec } from "./codec";
import { isEmptyStyle, removeNote } from "./exceljs-internals";
import { ByteWriter } from "./byte-writer";
import { idBlocks, writeCommentElements, writeShapeElements, type Note } from "./notes-part";
import { eachExistingCell } from "./read-sheet";
import { readZip, writeZip, type ZipEntry } from "./zip";

export interface SaveOptions {
  codec: ZipCodec;
  /** The zip entries' modification time (fixed for reproducible files). */
  modified: Date;
}

export async function saveWorkbook(
  wb: Workbook,
  overlays: ReadonlyMap<Worksheet, ReadonlyMap<number, Note>>,
  options: SaveOptions,
): Promise<Uint8Array> {
  const appended = new Map<Worksheet, Note[]>();
  const placeholders: Array<{ ws: Worksheet; first: Note }> = [];
  for (const [ws, overlay] of overlays) {
    const [first, ...rest] = [...overlay.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    if (!first) continue;
    ws.getCell(first.row + 1, first.col + 1).note = first.text;
    placeholders.push({ ws, first });
    appended.set(ws, rest);
  }
  let stored: Uint8Array;
  const restoreStyles = shareEmptyStyles(wb);
  try {
    stored = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  } finally {
    restoreStyles();
    for (const { ws, first } of placeholders) removeNote(ws.getCell(first.row + 1, first.col + 1));
  }
  const entries = readZip(stored);
  const notesParts = new Set<string>();
  for (const [ws, notes] of appended) {
    if (notes.length > 0) for (const part of notesPartsOf(entries, ws)) notesParts.add(part);
  }
  // The other parts compress (on the codec's threads, where it has them) while our notes are built.
  const deflating = new Map<string, Promise<ZipEntry>>();
  for (const e of entries) if (!notesParts.has(e.name)) deflating.set(e.name, deflate(e, options.codec));
  // Each notes part starts compressing as soon as it is written (the comments while the drawing is).
  const written = (e: ZipEntry) => deflating.set(e.name, deflate(e, options.codec));
  for (const [ws, notes] of appended) {
    if (notes.length > 0) spliceNotes(entries, ws, notes, options.codec, written);
  }
  const deflated = await Promise.all(entries.map((e) => deflating.get(e.name) as Promise<ZipEntry>));
  return writeZip(deflated, options.modified);
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

async function deflate(e: ZipEntry, codec: ZipCodec): Promise<ZipEntry> {
  if (e.method !== 0) return e;
  const data = await codec.deflateRaw(e.data);
  return data.length < e.data.length ? { ...e, method: 8, data } : e;
}

const COMMENTS_TYPE = /\/comments"$/;
const VML_TYPE = /\/vmlDrawing"$/;

/** The sheet's comments part and VML drawing, as zip paths. */
function notesPartsOf(entries: readonly ZipEntry[], ws: Worksheet): [comments: string, vml: string] {
  const rels = partText(entries, `xl/worksheets/_rels/sheet${ws.id}.xml.rels`);
  return [relTarget(rels, COMMENTS_TYPE), relTarget(rels, VML_TYPE)];
}

/** Appends `notes` to the sheet's comments part and VML drawing (both stored, not compressed). */
function spliceNotes(
  entries: ZipEntry[],
  ws: Worksheet,
  notes: readonly Note[],
  codec: ZipCodec,
  written: (part: ZipEntry) => void,
): void {
  const [comments, vml] = notesPartsOf(entries, ws);
  const commentsXml = partText(entries, comments);
  const vmlXml = partText(entries, vml);
  const shapesBefore = vmlXml.split("<v:shape ").length - 1;
  const shapes = shapesBefore + notes.length;
  // Sized for the usual note (~200 characters, mostly CJK: ~600 + ~450 bytes) to grow rarely.
  const commentsOut = new ByteWriter(commentsXml.length + notes.length * 700);
  const lines = insertBefore(commentsOut, commentsXml, "</commentList>", () =>
    writeCommentElements(commentsOut, notes),
  );
  written(replacePart(entries, comments, commentsOut.result(), codec));
  const drawing = vmlXml.replace(/(<o:idmap [^>]*data=")[^"]*"/, `$1${idBlocks(shapes)}"`);
  const vmlOut = new ByteWriter(drawing.length + notes.length * 500);
  insertBefore(vmlOut, drawing, "</xml>", () => writeShapeElements(vmlOut, notes, shapesBefore, lines));
  written(replacePart(entries, vml, vmlOut.result(), codec));
}

function partText(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.method !== 0)
    throw new HostError("unreadableWorkbook", `ExcelJS did not write ${name}.`);
  return new TextDecoder().decode(entry.data);
}

/** The part a relationship of the given type points to, as a zip path (targets are relative to xl/worksheets/). */
function relTarget(rels: string, type: RegExp): string {
  for (const [rel] of rels.matchAll(/<Relationship [^>]*>/g)) {
    const typeAttr = /Type="([^"]*)"/.exec(rel)?.[1] ?? "";
    const target = /Target="([^"]*)"/.exec(rel)?.[1];
    if (target && type.test(`${typeAttr}"`)) return resolve("xl/worksheets/", target);
  }
  throw new HostError("unreadableWorkbook", "ExcelJS did not link the sheet's notes.");
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** Writes the part with what `insert` writes placed before its last `closing` tag; returns what `insert` returns. */
function insertBefore<T>(out: ByteWriter, xml: string, closing: string, insert: () => T): T {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new HostError("unreadableWorkbook", `ExcelJS wrote no ${closing}.`);
  out.text(xml.slice(0, at));
  const result = insert();
  out.text(xml.slice(at));
  return result;
}

function replacePart(entries: ZipEntry[], name: string, data: Uint8Array, codec: ZipCodec): ZipEntry {
  const i = entries.findIndex((e) => e.name === name);
  entries[i] = { name, method: 0, crc32: codec.crc32(data), uncompressedSize: data.length, data };
  return entries[i];
}
