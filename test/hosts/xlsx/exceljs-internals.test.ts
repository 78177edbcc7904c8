/**
 * What the xlsx host assumes of ExcelJS beyond its documented API (numbered as in
 * src/hosts/xlsx/exceljs-internals.ts). A failure here after an ExcelJS upgrade names the
 * assumption that no longer holds.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import {
  isEmptyStyle,
  mergedAreas,
  removeNote,
  writeStored,
} from "../../../src/hosts/xlsx/exceljs-internals";
import { relatedParts, worksheetParts } from "../../../src/hosts/xlsx/package-parts";

const ROOT = resolve(__dirname, "../../..");

function texts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = new TextDecoder().decode(data);
  return out;
}

async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("ExcelJS as the xlsx host relies on it", () => {
  it("is the exact version these tests were written against", () => {
    const json = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8"));
    const installed = json("node_modules/exceljs/package.json").version;
    expect(json("package.json").dependencies.exceljs).toBe(installed);
  });

  it("(1) keeps a sheet's merged areas in _merges, made in code or loaded from a file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.mergeCells("B2:D3");
    ws.mergeCells("F1:F4");
    ws.unMergeCells("F1:F4");
    expect(mergedAreas(ws)).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(mergedAreas((await reloaded(wb)).getWorksheet("S")!)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
    ]);
  });

  it("(2) writes no note for a cell whose _comment is cleared, but an empty one after note = undefined", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A1").note = "说明";
    removeNote(ws.getCell("A1"));
    expect(ws.getCell("A1").note).toBeUndefined();
    expect(Object.keys(texts(await writeStored(wb, []))).some((n) => n.includes("comments"))).toBe(false);
    ws.getCell("A1").note = "说明";
    (ws.getCell("A1") as { note?: string }).note = undefined;
    expect(
      Object.keys(texts(new Uint8Array(await wb.xlsx.writeBuffer()))).some((n) => n.includes("comments")),
    ).toBe(true);
  });

  it("(3, 4) writes, stored, a comments part and a VML drawing linked from a noted sheet, and leaves the sheet as it was", async () => {
    const wb = new ExcelJS.Workbook();
    const plain = wb.addWorksheet("无备注");
    plain.getCell("A1").value = "x";
    const noted = wb.addWorksheet("有备注");
    noted.getCell("B2").value = 5;
    const bytes = await writeStored(wb, [noted]);
    // Stored, not deflated: the sheet's markup is in the archive as it is.
    expect(new TextDecoder().decode(bytes)).toContain("<worksheet");
    const parts = texts(bytes);
    const read = (path: string) => parts[path];
    const sheets = worksheetParts(read);
    for (const kind of ["comments", "vmlDrawing"] as const) {
      const [part] = relatedParts(read, sheets.get("有备注")!, kind);
      expect({ kind, present: part !== undefined && part in parts }).toEqual({ kind, present: true });
      expect(relatedParts(read, sheets.get("无备注")!, kind)).toEqual([]);
    }
    expect(parts[sheets.get("有备注")!]).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    expect(noted.getCell("B2").note).toBeUndefined();
    expect(noted.findCell(1, 1)).toBeUndefined(); // the placeholder went on a cell that exists
    expect(noted.rowCount).toBe(2);
  });

  it("(5) changes a cell's style object in place when its font is set, and writes one style for cells sharing one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const shared: Partial<ExcelJS.Style> = {};
    ws.getCell("A1").style = shared;
    ws.getCell("B1").style = shared;
    ws.getCell("A1").font = { bold: true };
    expect(ws.getCell("B1").font).toEqual({ bold: true });
    const xml = texts(await writeStored(wb, []))["xl/worksheets/sheet1.xml"];
    const styleIds = [...xml.matchAll(/<c r="[AB]1" s="(\d+)"/g)].map((m) => m[1]);
    expect(styleIds).toHaveLength(2);
    expect(new Set(styleIds).size).toBe(1);
  });

  it("(5) gives each loaded unstyled cell a style of its own, which a write leaves in place", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("B1").value = 2;
    const loaded = (await reloaded(wb)).getWorksheet("S")!;
    const [a, b] = [loaded.getCell("A1"), loaded.getCell("B1")];
    expect(isEmptyStyle(a.style)).toBe(true);
    expect(a.style).not.toBe(b.style);
    const before = a.style;
    await writeStored(loaded.workbook, []);
    expect(a.style).toBe(before);
  });
});
