import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { runCli, SAMPLE, tempDir } from "./run-cli";

const SHEET = "考核表";
const PERSONS_NOTE = "本月调岗，数据请核实（人工备注）";
const INPUT_ROWS = 33;
const INPUT_COLS = 40;

async function load(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.getWorksheet(SHEET)!;
}

/** Everything a person could see of a cell: value, number format, font, fill, border, alignment, note. */
function cellState(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findCell(row, col);
  if (!cell) return "";
  const note = cell.note;
  const { numFmt, font, fill, border, alignment } = cell.style;
  return JSON.stringify({ value: cell.value, type: cell.type, numFmt, font, fill, border, alignment, note });
}

function parts(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path))))
    out.set(name, new TextDecoder().decode(bytes));
  return out;
}

describe("a workbook scored by the command line", () => {
  const dir = tempDir();
  const input = join(dir, "input.xlsx");
  const once = join(dir, "once.xlsx");
  const twice = join(dir, "twice.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    wb.getWorksheet(SHEET)!.getCell("B8").note = PERSONS_NOTE;
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((await runCli(["score", input, "--out", once])).code).toBe(2);
    expect((await runCli(["score", once, "--out", twice])).code).toBe(2);
  }, 60_000);

  it("keeps every input cell's value, format, style and note unchanged", async () => {
    const before = await load(input);
    const after = await load(once);
    for (let r = 1; r <= INPUT_ROWS; r++) {
      for (let c = 1; c <= INPUT_COLS; c++) {
        expect({ r, c, state: cellState(after, r, c) }).toEqual({ r, c, state: cellState(before, r, c) });
      }
    }
  });

  it("keeps a person's note as it was", async () => {
    expect((await load(once)).getCell("B8").note).toBe(PERSONS_NOTE);
    expect((await load(twice)).getCell("B8").note).toBe(PERSONS_NOTE);
  });

  it("writes one note per score and total cell, never two on a cell", () => {
    const comments = [...parts(once).entries()].find(([name]) => /^xl\/comments\d+\.xml$/.test(name))![1];
    const refs = [...comments.matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toHaveLength(28 * 16 + 1);
    const vml = [...parts(once).entries()].find(([name]) => name.endsWith(".vml"))![1];
    expect(vml.split("<v:shape ").length - 1).toBe(refs.length);
  });

  it("is not changed by scoring it again: values, formats, merges and notes stay byte for byte", () => {
    const a = parts(once);
    const b = parts(twice);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) {
      if (name === "docProps/core.xml") continue; // holds the time of saving
      expect({ name, text: b.get(name) }).toEqual({ name, text });
    }
  });
});
