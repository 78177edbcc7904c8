/**
 * The notes of an .xlsx file, read from its comments parts ourselves: ExcelJS drops a note whose
 * cell holds nothing, forgets every note's author and reads a comments part only under the name
 * Excel gives it. Here every note of every sheet is read, found through the sheet's relationships,
 * with its author and its text's markup (runs, fonts) kept as the file has it.
 */
import { SaxesParser } from "saxes";
import { parseCellAddress } from "../../sheet/address";
import { lazyPartReader, localName, relatedParts, worksheetParts } from "./package-parts";

/** A note as the file has it. */
export interface FileNote {
  readonly row: number;
  readonly col: number;
  /** The text as plain characters (runs joined, phonetic guides left out). */
  readonly text: string;
  readonly author: string;
  /** The content of the note's `<text>` element, as markup in the comments part's default namespace. */
  readonly textXml: string;
}

/** Each sheet's notes, by sheet name (sheets without notes are left out). */
export function readFileNotes(bytes: Uint8Array): Map<string, FileNote[]> {
  const read = lazyPartReader(bytes);
  const notes = new Map<string, FileNote[]>();
  for (const [sheet, part] of worksheetParts(read)) {
    const found: FileNote[] = [];
    for (const comments of relatedParts(read, part, "comments")) {
      const xml = read(comments);
      if (xml !== undefined) found.push(...parseComments(xml));
    }
    if (found.length > 0) notes.set(sheet, found);
  }
  return notes;
}

/** The `<comment>` elements of a comments part (SpreadsheetML `CT_Comments`). */
export function parseComments(xml: string): FileNote[] {
  const authors: string[] = [];
  const notes: FileNote[] = [];
  let author: string | null = null;
  let comment: { ref: string; authorId: number } | null = null;
  let markup: string[] | null = null; // inside <text>
  let plain = "";
  let inT = 0;
  let inPhonetic = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const local = localName(tag.name);
    if (markup) {
      markup.push(
        `<${local}${attributesXml(tag.attributes as Record<string, string>)}${tag.isSelfClosing ? "/>" : ">"}`,
      );
      if (local === "t") inT++;
      else if (local === "rPh") inPhonetic++;
    } else if (local === "author") author = "";
    else if (local === "comment") {
      const a = tag.attributes as Record<string, string>;
      comment = { ref: a.ref ?? "", authorId: Number(a.authorId ?? 0) };
    } else if (local === "text" && comment) {
      markup = [];
      plain = "";
    }
  });
  parser.on("text", (text) => {
    if (author !== null) author += text;
    if (!markup) return;
    markup.push(escapeXml(text, false));
    if (inT > 0 && inPhonetic === 0) plain += text;
  });
  parser.on("closetag", (tag) => {
    const local = localName(tag.name);
    if (local === "author" && author !== null) {
      authors.push(author);
      author = null;
    } else if (local === "text" && markup && inT === 0 && inPhonetic === 0 && comment) {
      const cell = parseCellAddress(comment.ref);
      if (cell) {
        const who = authors[comment.authorId] ?? "";
        notes.push({ ...cell, text: plain, author: who, textXml: markup.join("") });
      }
      markup = null;
    } else if (markup) {
      if (!tag.isSelfClosing) markup.push(`</${local}>`);
      if (local === "t") inT--;
      else if (local === "rPh") inPhonetic--;
    } else if (local === "comment") comment = null;
  });
  parser.write(xml).close();
  return notes;
}

function attributesXml(attributes: Record<string, string>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    // Only attributes in no namespace or in xml: (xml:space) are kept: the markup is written into
    // our own comments part, which declares no other prefix.
    if (name.includes(":") && !name.startsWith("xml:")) continue;
    out += ` ${name}="${escapeXml(value, true)}"`;
  }
  return out;
}

/** Text or an attribute value as XML (the parser gave it unescaped). */
export function escapeXml(text: string, attribute: boolean): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return attribute ? escaped.replace(/"/g, "&quot;") : escaped;
}
