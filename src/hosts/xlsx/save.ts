/**
 * Saving: ExcelJS writes the workbook uncompressed, with each sheet that has notes declaring its
 * notes parts (exceljs-internals.ts, `writeStored`); those two parts are replaced whole by ours,
 * already written and compressed (notes-part.ts, `PackedNotes`: every note of the sheet, a
 * person's and GridScore's), found through the sheet's relationships; then every other part is
 * deflated with the given codec into a new zip (fflate).
 */
import type { Workbook, Worksheet } from "exceljs";
import { HostError } from "../host-error";
import type { ZipCodec } from "./codec";
import { writeStored } from "./exceljs-internals";
import type { PackedNotes } from "./notes-part";
import {
  compressPart,
  relatedParts,
  unzipParts,
  worksheetParts,
  writeZip,
  type ZipPart,
} from "./package-parts";

export interface SaveOptions {
  codec: ZipCodec;
  /** The zip entries' modification time (fixed for reproducible files). */
  modified: Date;
}

export async function saveWorkbook(
  wb: Workbook,
  notes: ReadonlyMap<Worksheet, PackedNotes>,
  options: SaveOptions,
): Promise<Uint8Array> {
  const stored = await writeStored(wb, [...notes.keys()]);
  const parts = unzipParts(stored, () => true);
  const read = (path: string) => (parts[path] ? new TextDecoder().decode(parts[path]) : undefined);
  const sheetParts = worksheetParts(read);
  const ours = new Map<string, ZipPart>();
  for (const [ws, packed] of notes) {
    const { comments, vml } = notesPartsOf(read, sheetParts.get(ws.name), ws);
    ours.set(comments, { path: comments, ...packed.comments });
    ours.set(vml, { path: vml, ...packed.vml });
  }
  const zipped = await Promise.all(
    Object.entries(parts).map(
      async ([path, data]) => ours.get(path) ?? { path, ...(await compressPart(data, options.codec)) },
    ),
  );
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
