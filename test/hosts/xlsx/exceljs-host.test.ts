import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { WritePlan } from "../../../src/sheet/types";
import { describeHostContract, type HostUnderTest } from "../contract";
import { ExcelJsHost } from "../../../src/hosts/xlsx/exceljs-host";
import { xlsxFromSnapshots } from "./xlsx-fixture";
import { collectGarbage } from "../../collect-garbage";

function subject(host: ExcelJsHost): HostUnderTest {
  return {
    host,
    reopen: async () => subject(await ExcelJsHost.load(await host.save())),
    styleAt: async (sheet, row, col) => host.styleAt(sheet, row, col),
  };
}

describeHostContract(
  "ExcelJS",
  async (workbook) => subject(await ExcelJsHost.load(await xlsxFromSnapshots(workbook))),
  {
    styles: true,
  },
);

describe("ExcelJS host", () => {
  const plan = (
    notes: Array<{ row: number; col: number; text: string }>,
    styles: WritePlan["styles"] = [],
  ) => ({
    sheet: "S",
    clear: [],
    blocks: [],
    merges: [],
    styles,
    notes,
    deleteNotes: [],
  });

  async function oneSheet(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJsHost> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("S"));
    return ExcelJsHost.load(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it("refuses bytes that are not a workbook with a HostError", async () => {
    await expect(ExcelJsHost.load(new TextEncoder().encode("不是工作簿"))).rejects.toMatchObject({
      code: "unreadableWorkbook",
    });
  });

  it("saves the same bytes twice for the same workbook and time", async () => {
    const host = await oneSheet((ws) => (ws.getCell("A1").value = 1));
    await host.apply(plan([{ row: 0, col: 1, text: "【GridScore】\n说明" }]));
    const when = new Date(Date.UTC(2014, 5, 3));
    expect(Buffer.from(await host.save(when)).equals(Buffer.from(await host.save(when)))).toBe(true);
  });

  it("still knows every note after a save, and replaces ours when a later plan changes them", async () => {
    const host = await oneSheet((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").note = "人工备注：请复核";
    });
    await host.apply(plan([{ row: 0, col: 1, text: "【GridScore】\n第一次" }]));
    await host.save();
    expect((await host.readSheet("S")).comments).toEqual({
      A2: { text: "人工备注：请复核", ours: false },
      B1: { text: "【GridScore】\n第一次", ours: true },
    });
    await host.apply(plan([{ row: 0, col: 1, text: "【GridScore】\n第二次" }]));
    const reopened = await ExcelJsHost.load(await host.save());
    expect((await reopened.readSheet("S")).comments).toEqual({
      A2: { text: "人工备注：请复核", ours: false },
      B1: { text: "【GridScore】\n第二次", ours: true },
    });
  });

  it("styles our cell without restyling an input cell that shared its style", async () => {
    const host = await oneSheet((ws) => {
      for (const address of ["A1", "B1"]) {
        ws.getCell(address).value = 1;
        ws.getCell(address).numFmt = "0.00";
      }
    });
    await host.apply(
      plan([], [{ rect: { top: 0, left: 1, bottom: 0, right: 1 }, style: { fill: "#FFC7CE" } }]),
    );
    const reopened = await ExcelJsHost.load(await host.save());
    expect(reopened.styleAt("S", 0, 1)?.fill).toBe("#FFC7CE");
    expect(reopened.styleAt("S", 0, 0)?.fill).toBeUndefined();
  });

  it("gives unstyled cells their own styles back after a save (they share one only while writing)", async () => {
    const host = await oneSheet((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = 2;
      ws.getCell("C1").value = 3;
      ws.getCell("C1").numFmt = "0.00";
    });
    await host.save();
    const ws = host.workbook.getWorksheet("S");
    if (!ws) throw new Error("no sheet S");
    expect(ws.getCell("A1").style).not.toBe(ws.getCell("B1").style);
    ws.getCell("A1").font = { bold: true }; // ExcelJS sets this on the style object in place
    expect(ws.getCell("B1").font).toBeUndefined();
    const reopened = await ExcelJsHost.load(await host.save());
    expect(reopened.styleAt("S", 0, 0)?.bold).toBe(true);
    expect(reopened.styleAt("S", 0, 1)?.bold).toBeUndefined();
    expect(reopened.workbook.getWorksheet("S")?.getCell("C1").numFmt).toBe("0.00");
  });

  it("holds no note's text while ExcelJS writes the workbook (they are packed by then)", async () => {
    const host = await oneSheet((ws) => (ws.getCell("A1").value = 1));
    const note = await applyUnheldNote(host);
    const xlsx = host.workbook.xlsx;
    const write = xlsx.writeBuffer.bind(xlsx);
    let alive: boolean | undefined;
    jest.spyOn(xlsx, "writeBuffer").mockImplementation(async (options) => {
      collectGarbage();
      alive = note.deref() !== undefined;
      return write(options);
    });
    const saved = await ExcelJsHost.load(await host.save());
    expect(alive).toBe(false);
    expect((await saved.readSheet("S")).comments.B1).toEqual({ text: "【GridScore】\n说明", ours: true });
  });

  /** Applies a plan with one note of ours that nothing else holds; a weak reference to the note. */
  async function applyUnheldNote(host: ExcelJsHost): Promise<WeakRef<object>> {
    const note = { row: 0, col: 1, text: "【GridScore】\n说明" };
    await host.apply(plan([note]));
    return new WeakRef(note);
  }

  it("writes thousands of notes that all read back, with shape ids declared for each", async () => {
    const host = await oneSheet((ws) => (ws.getCell("A1").value = "区域"));
    const notes = Array.from({ length: 3000 }, (_, i) => ({
      row: i,
      col: 2,
      text: `【GridScore】\n第 ${i + 1} 条 <说明> & 得分`,
    }));
    const scores = { top: 0, left: 2, values: notes.map((_, i) => [i / 100]) };
    await host.apply({ ...plan(notes), blocks: [scores] });
    const bytes = await host.save();
    const s = await (await ExcelJsHost.load(bytes)).readSheet("S");
    expect(Object.keys(s.comments)).toHaveLength(3000);
    expect(s.comments.C3000).toEqual({ text: "【GridScore】\n第 3000 条 <说明> & 得分", ours: true });
    const [vml] = Object.values(unzipSync(bytes, { filter: (f) => f.name.endsWith(".vml") }));
    expect(new TextDecoder().decode(vml)).toContain('data="1,2,3"');
  });
});
