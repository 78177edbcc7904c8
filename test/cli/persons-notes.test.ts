import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { runCli, SAMPLE, tempDir } from "./run-cli";

const SHEET = "考核表";
/** A person's notes on cells that hold nothing: an empty input cell, and a cell below the table. */
const EMPTY_CELL_NOTES = {
  F6: "单家收入待财务确认，先空着",
  B36: "下月起新增两名网格经理",
};
const AUTHOR = "质检员 周晓";

function comments(path: string): string {
  const parts = unzipSync(readFileSync(path), { filter: (f) => /^xl\/comments\d*\.xml$/.test(f.name) });
  const [xml] = Object.values(parts);
  return new TextDecoder().decode(xml);
}

/** Each note of the comments part by cell: its author and its text (runs joined). */
function notesByCell(xml: string): Map<string, { author: string; text: string }> {
  const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
  const notes = new Map<string, { author: string; text: string }>();
  for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)" authorId="(\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
    const text = [...m[3].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("");
    notes.set(m[1], {
      author: authors[Number(m[2])],
      text: text.replace(/&lt;/g, "<").replace(/&amp;/g, "&"),
    });
  }
  return notes;
}

describe("a person's note on a cell that holds nothing", () => {
  const dir = tempDir();
  const input = join(dir, "input.xlsx");
  const once = join(dir, "once.xlsx");
  const edited = join(dir, "edited.xlsx");
  const twice = join(dir, "twice.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    for (const [cell, text] of Object.entries(EMPTY_CELL_NOTES)) ws.getCell(cell).note = text;
    // ExcelJS names every note's author "Author"; the file gets the person's name, as Excel writes it.
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    for (const [name, data] of Object.entries(parts)) {
      if (/^xl\/comments\d*\.xml$/.test(name))
        parts[name] = strToU8(
          new TextDecoder().decode(data).replace("<author>Author</author>", `<author>${AUTHOR}</author>`),
        );
    }
    writeFileSync(input, zipSync(parts));
    expect((await runCli(["score", input, "--out", once])).code).toBe(2);
    // A person corrects an actual of the scored copy (with ExcelJS, which would drop the notes on
    // empty cells: they are put back as the scored file had them), then scores it again.
    const scored = unzipSync(readFileSync(once));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(readFileSync(once) as unknown as ArrayBuffer);
    copy.getWorksheet(SHEET)!.getCell("E6").value = 7;
    const changed = unzipSync(new Uint8Array(await copy.xlsx.writeBuffer()));
    for (const name of Object.keys(scored))
      if (/^xl\/(comments\d*\.xml|drawings\/)/.test(name)) changed[name] = scored[name];
    writeFileSync(edited, zipSync(changed));
    expect((await runCli(["score", edited, "--out", twice])).code).toBe(2);
  }, 120_000);

  it("is in the input as Excel would write it (and ExcelJS alone loses it)", async () => {
    const notes = notesByCell(comments(input));
    for (const [cell, text] of Object.entries(EMPTY_CELL_NOTES))
      expect(notes.get(cell)).toEqual({ author: AUTHOR, text });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SHEET)!.getCell("F6").note).toBeUndefined();
  });

  it("is kept, text and author, through scoring and scoring again", () => {
    for (const path of [once, twice]) {
      const notes = notesByCell(comments(path));
      for (const [cell, text] of Object.entries(EMPTY_CELL_NOTES))
        expect({ path, cell, note: notes.get(cell) }).toEqual({ path, cell, note: { author: AUTHOR, text } });
    }
  });

  it("does not stop GridScore's notes from being replaced when the sheet is scored again", () => {
    const before = notesByCell(comments(once));
    const after = notesByCell(comments(twice));
    const ours = (notes: Map<string, { author: string; text: string }>) =>
      [...notes].filter(([, n]) => n.text.startsWith("【GridScore】"));
    expect(ours(after)).toHaveLength(ours(before).length);
    // E6 is an input of the first indicator of row 6: its note (in our block) now says 7.
    const [cell, note] = ours(after).find(([, n]) => n.text.includes("(E6) = 7"))!;
    expect(before.get(cell)?.text).not.toContain("(E6) = 7");
    expect(note.author).toBe("GridScore");
  });
});
