/**
 * The one contract every WorkbookHost passes (memory, ExcelJS, Office.js). A host's test file calls
 * `describeHostContract(name, open)` where `open` seeds a fresh host with `contractWorkbook`
 * (test/hosts/contract-fixture.ts) its own way.
 */
import { parseCellAddress, rectAddress } from "../../src/sheet/address";
import type { CellStyle, CellValue, Rect, SheetSnapshot, WorkbookHost } from "../../src/sheet/types";
import {
  CONTRACT_SHEET,
  OUR_OLD_NOTE,
  PERSONS_NOTE,
  PERSONS_NOTE_IN_BLOCK,
  contractInputArea,
  contractPlan,
  contractWorkbook,
  contractWritten,
} from "./contract-fixture";

export interface HostUnderTest {
  host: WorkbookHost;
  /** Saves and loads the workbook again as a file would; a host without a file returns itself. */
  reopen(): Promise<HostUnderTest>;
  /** The style the workbook holds for a cell, for hosts that can tell. */
  styleAt?(sheet: string, row: number, col: number): Promise<CellStyle | undefined>;
}

export interface ContractOptions {
  /** Also check the plan's styles through `styleAt`. */
  styles?: boolean;
}

export function describeHostContract(
  name: string,
  open: (workbook: readonly SheetSnapshot[]) => Promise<HostUnderTest>,
  options: ContractOptions = {},
): void {
  const fixture = contractWorkbook[0];

  async function scoredOnce(): Promise<{
    before: SheetSnapshot;
    after: SheetSnapshot;
    subject: HostUnderTest;
  }> {
    const subject = await open(contractWorkbook);
    const before = await subject.host.readSheet(CONTRACT_SHEET);
    await subject.host.apply(contractPlan);
    const reopened = await subject.reopen();
    return { before, after: await reopened.host.readSheet(CONTRACT_SHEET), subject: reopened };
  }

  describe(`host contract: ${name}`, () => {
    it("lists the workbook's sheets in order", async () => {
      const { host } = await open(contractWorkbook);
      expect(await host.listSheets()).toEqual(contractWorkbook.map((s) => s.name));
    });

    it("reads raw values, display text and number formats from A1", async () => {
      const s = await (await open(contractWorkbook)).host.readSheet(CONTRACT_SHEET);
      expect(s.name).toBe(CONTRACT_SHEET);
      expect(s.rowCount).toBeGreaterThanOrEqual(fixture.rowCount);
      expect(s.colCount).toBeGreaterThanOrEqual(fixture.colCount);
      expect(cell(s, "B3")).toEqual({ value: "林小雨", text: "林小雨", format: "General" });
      expect(cell(s, "C3")).toEqual({ value: 0.8, text: "80.0%", format: "0.0%" });
      expect(cell(s, "D3")).toEqual({ value: 1234.5, text: "1,234.50", format: "#,##0.00" });
      expect(cell(s, "C5")).toEqual({ value: 0.925, text: "92.50%", format: "0.00%" });
      expect(cell(s, "C4").value).toBe("八十");
      expect(cell(s, "E4").value).toBe(true);
      expect(cell(s, "A4")).toEqual({ value: null, text: "", format: "General" });
    });

    it("reads an error value as an error, not as text", async () => {
      const s = await (await open(contractWorkbook)).host.readSheet(CONTRACT_SHEET);
      expect(cell(s, "D4")).toMatchObject({ value: { error: "#N/A" }, text: "#N/A" });
    });

    it("reads a text that looks like a formula as that text", async () => {
      const s = await (await open(contractWorkbook)).host.readSheet(CONTRACT_SHEET);
      expect(cell(s, "E3").value).toBe("=1+1");
    });

    it("reads every merged area", async () => {
      const s = await (await open(contractWorkbook)).host.readSheet(CONTRACT_SHEET);
      expect(mergeList(s.merges)).toEqual(["A1:E1", "A3:A4", "F1:H1"]);
    });

    it("reads notes and tells ours from a person's by the marker", async () => {
      const s = await (await open(contractWorkbook)).host.readSheet(CONTRACT_SHEET);
      expect(s.comments.C3).toEqual({ text: PERSONS_NOTE, ours: false });
      expect(s.comments.F3).toEqual({ text: OUR_OLD_NOTE, ours: true });
      expect(Object.keys(s.comments).sort()).toEqual(["C3", "F3", "F4", "F5", "H3"]);
    });

    it("rejects a sheet the workbook does not have", async () => {
      const { host } = await open(contractWorkbook);
      await expect(host.readSheet("没有这张表")).rejects.toThrow(/没有这张表/);
    });

    it("writes the plan's values, number formats and display text", async () => {
      const { after } = await scoredOnce();
      for (const w of contractWritten) {
        expect({ address: w.address, ...cell(after, w.address) }).toEqual(w);
      }
    });

    it("keeps a written text that looks like a formula as text", async () => {
      const { after } = await scoredOnce();
      expect(cell(after, "G4")).toEqual({ value: "=2+2", text: "=2+2", format: "General" });
    });

    it("replaces our notes, deletes ours the plan drops and keeps a person's", async () => {
      const { after } = await scoredOnce();
      expect(after.comments).toEqual({
        C3: { text: PERSONS_NOTE, ours: false },
        F3: { text: contractPlan.notes[0].text, ours: true },
        G3: { text: contractPlan.notes[1].text, ours: true },
        F5: { text: PERSONS_NOTE_IN_BLOCK, ours: false },
      });
    });

    it("replaces our merged areas and leaves the others", async () => {
      const { after } = await scoredOnce();
      expect(mergeList(after.merges)).toEqual(["A1:E1", "A3:A4", "F1:G1"]);
    });

    it("leaves every input cell's value, text and format unchanged", async () => {
      const { before, after } = await scoredOnce();
      const area = contractInputArea;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          expect({ r, c, ...cellAt(after, r, c) }).toEqual({ r, c, ...cellAt(before, r, c) });
        }
      }
    });

    it("leaves a sheet the plan does not name unchanged", async () => {
      const subject = await open(contractWorkbook);
      const before = await subject.host.readSheet("说明");
      await subject.host.apply(contractPlan);
      const after = await (await subject.reopen()).host.readSheet("说明");
      expect(after).toEqual(before);
    });

    it("reads back the same workbook after the same plan twice as after once", async () => {
      const { after: once, subject } = await scoredOnce();
      await subject.host.apply(contractPlan);
      const twice = await (await subject.reopen()).host.readSheet(CONTRACT_SHEET);
      expect(twice).toEqual(once);
    });

    it("refuses a plan that writes over a person's note, changing nothing", async () => {
      const subject = await open(contractWorkbook);
      const before = await subject.host.readSheet(CONTRACT_SHEET);
      const plan = { ...contractPlan, notes: [{ row: 2, col: 2, text: "【GridScore】\n覆盖" }] };
      await expect(subject.host.apply(plan)).rejects.toThrow(/C3/);
      expect(await subject.host.readSheet(CONTRACT_SHEET)).toEqual(before);
    });

    it("refuses a plan that deletes a person's note", async () => {
      const { host } = await open(contractWorkbook);
      const plan = { ...contractPlan, deleteNotes: [{ row: 4, col: 5 }] };
      await expect(host.apply(plan)).rejects.toThrow(/F5/);
    });

    it("rejects a plan for a sheet the workbook does not have", async () => {
      const { host } = await open(contractWorkbook);
      await expect(host.apply({ ...contractPlan, sheet: "没有这张表" })).rejects.toThrow(/没有这张表/);
    });

    if (options.styles) {
      it("marks the plan's cells with its fill and font colour, and only those", async () => {
        const { subject } = await scoredOnce();
        const styleAt = subject.styleAt;
        if (!styleAt) throw new Error(`${name}: styles: true needs styleAt`);
        expect(await styleAt(CONTRACT_SHEET, 2, 6)).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
        expect((await styleAt(CONTRACT_SHEET, 2, 5))?.fill).toBeUndefined();
        expect((await styleAt(CONTRACT_SHEET, 2, 2))?.fill).toBeUndefined();
      });
    }
  });
}

function cellAt(
  s: SheetSnapshot,
  row: number,
  col: number,
): { value: CellValue; text: string; format: string } {
  return {
    value: s.values[row]?.[col] ?? null,
    text: s.text[row]?.[col] ?? "",
    format: s.numberFormats[row]?.[col] ?? "General",
  };
}

function cell(s: SheetSnapshot, address: string): { value: CellValue; text: string; format: string } {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`not an A1 address: ${address}`);
  return cellAt(s, at.row, at.col);
}

function mergeList(merges: readonly Rect[]): string[] {
  return merges.map(rectAddress).sort();
}
