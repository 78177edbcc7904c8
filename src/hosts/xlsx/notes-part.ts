/**
 * A sheet's notes as the two parts that hold them: the comments part (the texts) and the VML
 * drawing (the classic note boxes Excel, WPS and LibreOffice all show), both written whole here,
 * GridScore's notes and a person's alike. A person's note keeps its author and its text's markup
 * as the file had them. Each note is written in one pass straight into UTF-8 bytes
 * (byte-writer.ts): markup copied from pre-encoded constants, numbers and cell addresses as digits
 * and letters, only the text encoded (a sheet of 10,000 managers carries 160,000 notes).
 */
import { isOurNote } from "../../sheet/marker";
import { ByteWriter, constant } from "./byte-writer";
import { NOTE_CHARS_PER_LINE, NOTE_WIDTH_PT, noteHeightPt, wrappedLines } from "../note-box";
import type { ZipCodec } from "./codec";
import { parseComments, type FileNote } from "./file-notes";
import { compressPart, decompressPart, type CompressedPart } from "./package-parts";

export interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A sheet's notes by cell (`noteKey`): a person's, and GridScore's (recognised by the marker). */
export interface SheetNotes {
  readonly persons: Map<number, FileNote>;
  readonly ours: Map<number, Note>;
}

export function noSheetNotes(): SheetNotes {
  return { persons: new Map(), ours: new Map() };
}

/** Notes found on a sheet, filed as a person's or GridScore's (by the marker). */
export function addNotes(notes: SheetNotes, found: readonly FileNote[]): void {
  for (const note of found) {
    const key = noteKey(note.row, note.col);
    if (isOurNote(note.text)) notes.ours.set(key, { row: note.row, col: note.col, text: note.text });
    else notes.persons.set(key, note);
  }
}

/**
 * A sheet's notes as saved: its comments part and VML drawing, written and compressed. A host
 * keeps a sheet's notes so between a save and the next change, because the texts then take no
 * memory of their own: the save does not hold 160,000 texts while ExcelJS writes the workbook.
 */
export interface PackedNotes {
  readonly comments: CompressedPart;
  readonly vml: CompressedPart;
}

export async function packNotes(notes: SheetNotes, codec: ZipCodec): Promise<PackedNotes> {
  const written = writeNotesParts(notes);
  const comments = compressPart(written.comments, codec);
  return { comments: await comments, vml: await compressPart(written.vml, codec) };
}

/** The notes again, read back from their comments part. */
export function unpackNotes(packed: PackedNotes): SheetNotes {
  const notes = noSheetNotes();
  addNotes(notes, parseComments(new TextDecoder().decode(decompressPart(packed.comments))));
  return notes;
}

/** A cell as one number (0-based row and column; a sheet has at most 16,384 columns). */
export function noteKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** The author GridScore's notes are written under. */
export const OUR_AUTHOR = "GridScore";

const COMMENTS_START = constant(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>',
);
const AUTHOR_OPEN = constant("<author>");
const AUTHOR_CLOSE = constant("</author>");
const COMMENT_LIST = constant("</authors><commentList>");
const COMMENT_OPEN = constant('<comment ref="');
const AUTHOR_ID = constant('" authorId="');
const TEXT_OPEN = constant('"><text>');
const RUN_OPEN = constant('<r><t xml:space="preserve">');
const RUN_CLOSE = constant("</t></r>");
const COMMENT_CLOSE = constant("</text></comment>");
const COMMENTS_END = constant("</commentList></comments>");

const VML_START = constant(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="',
);
const VML_SHAPE_TYPE = constant(
  '"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" ' +
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>' +
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
);
const VML_END = constant("</xml>");

function isPersons(note: Note | FileNote): note is FileNote {
  return "textXml" in note;
}

/**
 * The sheet's comments part and VML drawing. Notes are listed by row, then column, so that the
 * same notes always give the same bytes; the i-th comment and the i-th shape are the same note.
 */
export function writeNotesParts(notes: SheetNotes): { comments: Uint8Array; vml: Uint8Array } {
  const all: Array<Note | FileNote> = [...notes.persons.values(), ...notes.ours.values()];
  all.sort((a, b) => a.row - b.row || a.col - b.col);
  const authors = new Map<string, number>();
  for (const n of all) {
    const author = isPersons(n) ? n.author : OUR_AUTHOR;
    if (!authors.has(author)) authors.set(author, authors.size);
  }
  // Sized for the usual note (~200 characters, mostly CJK: ~600 + ~450 bytes) to grow rarely.
  const out = new ByteWriter(4096 + all.length * 700);
  out.bytes(COMMENTS_START);
  for (const author of authors.keys()) {
    out.bytes(AUTHOR_OPEN);
    out.xmlText(author, NOTE_CHARS_PER_LINE);
    out.bytes(AUTHOR_CLOSE);
  }
  out.bytes(COMMENT_LIST);
  const lines = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const n = all[i];
    out.bytes(COMMENT_OPEN);
    out.cell(n.row, n.col);
    out.bytes(AUTHOR_ID);
    out.int(authors.get(isPersons(n) ? n.author : OUR_AUTHOR) ?? 0);
    out.bytes(TEXT_OPEN);
    if (isPersons(n)) {
      out.text(n.textXml);
      lines[i] = wrappedLines(n.text, NOTE_CHARS_PER_LINE);
    } else {
      out.bytes(RUN_OPEN);
      lines[i] = out.xmlText(n.text, NOTE_CHARS_PER_LINE);
      out.bytes(RUN_CLOSE);
    }
    out.bytes(COMMENT_CLOSE);
  }
  out.bytes(COMMENTS_END);
  const comments = out.result();
  const vml = new ByteWriter(4096 + all.length * 500);
  vml.bytes(VML_START);
  vml.text(idBlocks(all.length));
  vml.bytes(VML_SHAPE_TYPE);
  writeShapeElements(vml, all, lines);
  vml.bytes(VML_END);
  return { comments, vml: vml.result() };
}

const SHAPE_ID = constant('<v:shape id="_x0000_s');
const SHAPE_HEIGHT = constant(
  `" type="#_x0000_t202" style="position:absolute;width:${NOTE_WIDTH_PT}pt;height:`,
);
const SHAPE_ANCHOR = constant(
  'pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>',
);
const ANCHOR_15 = constant(", 15, ");
const ANCHOR_10 = constant(", 10, ");
const ANCHOR_4 = constant(", 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>");
const SHAPE_COLUMN = constant("</x:Row><x:Column>");
const SHAPE_CLOSE = constant("</x:Column></x:ClientData></v:shape>");

/**
 * `<v:shape>` elements, numbered from the drawing's first shape id. A shape is
 * sized to its text (../note-box.ts) so a hovered note shows it whole; the
 * anchor (column, offset, row, offset of two corners) places it beside its cell.
 */
function writeShapeElements(out: ByteWriter, notes: readonly Note[], lineCounts: Int32Array): void {
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i];
    const lines = lineCounts[i];
    const top = Math.max(n.row - 1, 0);
    out.bytes(SHAPE_ID);
    out.int(1025 + i);
    out.bytes(SHAPE_HEIGHT);
    out.int(noteHeightPt(lines));
    out.bytes(SHAPE_ANCHOR);
    // `${col + 1}, 15, ${top}, 10, ${col + 5}, 15, ${top + lines + 1}, 4`
    out.int(n.col + 1);
    out.bytes(ANCHOR_15);
    out.int(top);
    out.bytes(ANCHOR_10);
    out.int(n.col + 5);
    out.bytes(ANCHOR_15);
    out.int(top + lines + 1);
    out.bytes(ANCHOR_4);
    out.int(n.row);
    out.bytes(SHAPE_COLUMN);
    out.int(n.col);
    out.bytes(SHAPE_CLOSE);
  }
}

/** The shape-id blocks (1,024 ids each) a drawing with `shapes` shapes uses, for `<o:idmap data>`. */
export function idBlocks(shapes: number): string {
  const last = Math.floor((1024 + shapes) / 1024);
  const blocks: number[] = [];
  for (let b = 1; b <= last; b++) blocks.push(b);
  return blocks.join(",");
}
