/** Test helper: sheets given as SheetSnapshots → an .xlsx file's bytes, written by plain ExcelJS. */
import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../../../src/sheet/types";

export async function xlsxFromSnapshots(sheets: readonly SheetSnapshot[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = s.numberFormats[r]?.[c] ?? "General";
        if (value === null && format === "General") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value =
          value === null || typeof value !== "object"
            ? value
            : ({ error: value.error } as ExcelJS.CellErrorValue);
        if (format !== "General") cell.numFmt = format;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [address, comment] of Object.entries(s.comments)) ws.getCell(address).note = comment.text;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
