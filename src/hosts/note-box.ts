/**
 * The box a note of ours opens in, in points: a fixed width and as tall as its text's lines, so that a
 * hovered note shows its whole text. One sizing for every host that can size a note: the .xlsx writer
 * (the note's VML shape, hosts/xlsx/notes-part.ts) and the Office.js host (`Note.width` / `height`).
 */

/** The box's width. */
export const NOTE_WIDTH_PT = 240;
/**
 * Characters counted to a line at that width: fewer than fit at Excel's default note font (9 pt, a CJK
 * character 9 pt wide, Latin ones narrower), so a box errs taller rather than cutting its text off.
 */
export const NOTE_CHARS_PER_LINE = 20;
/** One line of the default note font, and the box's inner margins top and bottom together. */
const LINE_PT = 12;
const MARGIN_PT = 8;

/** Lines the text takes when each of its lines wraps every `wrapAt` characters (UTF-16 code units). */
export function wrappedLines(text: string, wrapAt: number): number {
  let lines = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x0a) length++;
    else {
      lines += length <= wrapAt ? 1 : Math.ceil(length / wrapAt);
      length = 0;
    }
  }
  return lines + (length <= wrapAt ? 1 : Math.ceil(length / wrapAt));
}

/** The box's height for a text of `lines` wrapped lines. */
export function noteHeightPt(lines: number): number {
  return lines * LINE_PT + MARGIN_PT;
}

/** The box a note with this text opens in. */
export function noteBox(text: string): { width: number; height: number } {
  return { width: NOTE_WIDTH_PT, height: noteHeightPt(wrappedLines(text, NOTE_CHARS_PER_LINE)) };
}
