/**
 * Our notes, serialised fast: the `<comment>` elements of a sheet's comments part and the matching
 * `<v:shape>` elements of its VML drawing (the classic notes Excel, WPS and LibreOffice all show).
 * ExcelJS writes these parts too, but one note at a time through its XML writer, which makes
 * 170,000 notes cost four times the rest of the save. Here each note is a few string pieces.
 */
import { cellAddress } from "../../sheet/address";

export interface Note {
  row: number;
  col: number;
  text: string;
}

const XML_UNSAFE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text as XML character data: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_UNSAFE, (ch) => ESCAPES[ch] ?? "");
}

const CHUNK = 2000;

/**
 * Serialises one element per note, `CHUNK` notes per string, each encoded as UTF-8 at once: no
 * string of the whole part is ever built (the comments of 10,000 managers are ~70 MB).
 */
function encodeElements(notes: readonly Note[], element: (n: Note, i: number) => string): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < notes.length; start += CHUNK) {
    let text = "";
    const end = Math.min(start + CHUNK, notes.length);
    for (let i = start; i < end; i++) text += element(notes[i], i);
    chunks.push(encoder.encode(text));
  }
  return chunks;
}

/** `<comment>` elements, UTF-8; authorId 0 is the one author ExcelJS declares. */
export function commentElements(notes: readonly Note[]): Uint8Array[] {
  return encodeElements(
    notes,
    (n) =>
      `<comment ref="${cellAddress(n.row, n.col)}" authorId="0"><text><r><t xml:space="preserve">` +
      `${escapeXml(n.text)}</t></r></text></comment>`,
  );
}

const SHAPE_STYLE = '" type="#_x0000_t202" style="position:absolute;width:240pt;height:';
const SHAPE_BODY =
  'pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>';

/**
 * `<v:shape>` elements, UTF-8, numbered after the `firstIndex` shapes already in the drawing. A
 * shape is sized to its text (about 20 CJK characters per 240pt line) so a hovered note shows it
 * whole; the anchor (column, offset, row, offset of two corners) places it beside its cell.
 */
export function shapeElements(notes: readonly Note[], firstIndex: number): Uint8Array[] {
  return encodeElements(notes, (n, i) => {
    const lines = lineCount(n.text);
    const top = Math.max(n.row - 1, 0);
    return (
      `<v:shape id="_x0000_s${1025 + firstIndex + i}${SHAPE_STYLE}${lines * 12 + 8}${SHAPE_BODY}` +
      `${n.col + 1}, 15, ${top}, 10, ${n.col + 5}, 15, ${top + lines + 1}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
    );
  });
}

const CHARS_PER_LINE = 20;

function lineCount(text: string): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    lines += length <= CHARS_PER_LINE ? 1 : Math.ceil(length / CHARS_PER_LINE);
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** The shape-id blocks (1,024 ids each) a drawing with `shapes` shapes uses, for `<o:idmap data>`. */
export function idBlocks(shapes: number): string {
  const last = Math.floor((1024 + shapes) / 1024);
  const blocks: number[] = [];
  for (let b = 1; b <= last; b++) blocks.push(b);
  return blocks.join(",");
}
