/**
 * Our notes, serialised fast: the `<comment>` elements of a sheet's comments part and the matching
 * `<v:shape>` elements of its VML drawing (the classic notes Excel, WPS and LibreOffice all show).
 * ExcelJS writes these parts too, but one note at a time through its XML writer, which makes
 * 170,000 notes cost four times the rest of the save. Here each note is written in one pass
 * straight into UTF-8 bytes (byte-writer.ts): markup copied from pre-encoded constants, numbers
 * and cell addresses as digits and letters, only the note's text encoded.
 */
import { constant, type ByteWriter } from "./byte-writer";

export interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Our notes of a sheet by cell (`noteKey`), kept out of ExcelJS's cells until the save. */
export type NoteOverlay = Map<number, Note>;

/** A cell as one number (0-based row and column; a sheet has at most 16,384 columns). */
export function noteKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** A note box is 240pt wide: about 20 CJK characters a line. */
const CHARS_PER_LINE = 20;

const COMMENT_OPEN = constant('<comment ref="');
const COMMENT_TEXT = constant('" authorId="0"><text><r><t xml:space="preserve">');
const COMMENT_CLOSE = constant("</t></r></text></comment>");

/**
 * `<comment>` elements; authorId 0 is the one author ExcelJS declares. Returns each note's box
 * height in lines (`ByteWriter.xmlText`), counted while its text is written (for `writeShapeElements`).
 */
export function writeCommentElements(out: ByteWriter, notes: readonly Note[]): Int32Array {
  const lines = new Int32Array(notes.length);
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i];
    out.bytes(COMMENT_OPEN);
    out.cell(n.row, n.col);
    out.bytes(COMMENT_TEXT);
    lines[i] = out.xmlText(n.text, CHARS_PER_LINE);
    out.bytes(COMMENT_CLOSE);
  }
  return lines;
}

const SHAPE_ID = constant('<v:shape id="_x0000_s');
const SHAPE_HEIGHT = constant('" type="#_x0000_t202" style="position:absolute;width:240pt;height:');
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
 * `<v:shape>` elements, numbered after the `firstIndex` shapes already in the drawing. A shape is
 * sized to its text (about 20 CJK characters per 240pt line) so a hovered note shows it whole; the
 * anchor (column, offset, row, offset of two corners) places it beside its cell.
 */
export function writeShapeElements(
  out: ByteWriter,
  notes: readonly Note[],
  firstIndex: number,
  lineCounts: Int32Array,
): void {
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i];
    const lines = lineCounts[i];
    const top = Math.max(n.row - 1, 0);
    out.bytes(SHAPE_ID);
    out.int(1025 + firstIndex + i);
    out.bytes(SHAPE_HEIGHT);
    out.int(lines * 12 + 8);
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
