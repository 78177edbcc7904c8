/**
 * Saving: ExcelJS writes the workbook uncompressed, with each sheet that has notes declaring its
 * notes parts (exceljs-internals.ts, `writeStored`); those two parts are replaced whole by ours
 * (notes-part.ts: every note of the sheet, a person's and GridScore's), found through the sheet's
 * relationships; then every part is deflated with the given codec into a new zip (fflate).
 */
import type { Workbook, Worksheet } from "exceljs";
import { HostError } from "../host-error";
import type { ZipCodec } from "./codec";
import { writeStored } from "./exceljs-internals";
import { writeNotesParts, type SheetNotes } from "./notes-part";
import { relatedParts, unzipParts, worksheetParts, writeZip, type ZipPart } from "./package-parts";

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
  const stored = await writeStored(
    wb,
    noted.map(([ws]) => ws),
  );
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

async function deflate(path: string, data: Uint8Array, codec: ZipCodec): Promise<ZipPart> {
  const crc32 = codec.crc32(data);
  const deflated = await codec.deflateRaw(data);
  return deflated.length < data.length
    ? { path, compression: 8, crc32, size: data.length, data: deflated }
    : { path, compression: 0, crc32, size: data.length, data };
}
