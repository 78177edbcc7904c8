import { describeHostContract, type HostUnderTest } from "../contract";
import { MemoryHost } from "../../../src/hosts/memory";
import type { SheetSnapshot } from "../../../src/sheet/types";

function subject(host: MemoryHost): HostUnderTest {
  return {
    host,
    reopen: async () => subject(host),
    styleAt: async (sheet, row, col) => host.styleAt(sheet, row, col),
  };
}

describeHostContract("memory", async (workbook) => subject(new MemoryHost(workbook)), { styles: true });

/** Sheet "S" holding the number 1 in A1. */
function oneCellSheet(): SheetSnapshot {
  return {
    name: "S",
    rowCount: 1,
    colCount: 1,
    values: [[1]],
    text: [["1"]],
    numberFormats: [["General"]],
    merges: [],
    comments: {},
  };
}

describe("memory host", () => {
  it("keeps a formula's cached value as the cell value and the formula beside it", async () => {
    const host = new MemoryHost([oneCellSheet()]);
    await host.apply({
      sheet: "S",
      clear: [],
      blocks: [{ top: 0, left: 1, values: [[{ formula: "=A1*2", cached: 2 }]] }],
      merges: [],
      styles: [],
      notes: [],
      deleteNotes: [],
    });
    expect((await host.readSheet("S")).values[0]).toEqual([1, 2]);
    expect(host.formulaAt("S", 0, 1)).toBe("=A1*2");
  });

  it("grows the sheet to hold a block written beyond its used range", async () => {
    const host = new MemoryHost([oneCellSheet()]);
    await host.apply({
      sheet: "S",
      clear: [],
      blocks: [{ top: 2, left: 2, values: [["x"]] }],
      merges: [],
      styles: [],
      notes: [],
      deleteNotes: [],
    });
    const s = await host.readSheet("S");
    expect([s.rowCount, s.colCount]).toEqual([3, 3]);
    expect(s.values[2][2]).toBe("x");
    expect(s.values[1]).toEqual([null, null, null]);
  });

  it("refuses a note without our marker, since it could never be recognised as ours", async () => {
    const host = new MemoryHost([oneCellSheet()]);
    const plan = {
      sheet: "S",
      clear: [],
      blocks: [],
      merges: [],
      styles: [],
      notes: [{ row: 0, col: 0, text: "无标记" }],
      deleteNotes: [],
    };
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "unmarkedNote" });
  });
});
