// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real module drags in the
// whole manifest toolchain (ESM-only dependencies jest would have to transform). Give the mock just the enum.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { OfficeJsHost } from "../../../src/hosts/officejs";
import { isOurNote, markNote } from "../../../src/sheet/marker";
import type { Rect, WritePlan } from "../../../src/sheet/types";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";
import { managerSheet, scorePlan } from "./sample-sheet";

const MODERN: FakeExcelOptions = { annotations: "notes", triggerSource: true };
const EXCEL_2019: FakeExcelOptions = { annotations: "comments", triggerSource: false };

function setup(options: FakeExcelOptions, managers = 30, budgetBytes?: number) {
  const excel = new FakeExcel(options);
  excel.addSheet(managerSheet(managers));
  const modern = options.annotations === "notes";
  const host = new OfficeJsHost({
    excel: excel.api,
    isSetSupported: (v) => (modern ? true : Number(v.split(".")[1]) <= 10),
    budgetBytes,
  });
  return { excel, host };
}

async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

describe("Office.js host: reading", () => {
  it("reads raw values, display text, number formats and merged areas of the used range", async () => {
    const { host } = setup(MODERN);
    const snap = await host.readSheet("考核表");
    expect(snap.rowCount).toBe(35);
    expect(snap.colCount).toBe(40);
    expect(snap.values[5][1]).toBe("经理1");
    expect(snap.values[5][5]).toBeCloseTo(0.8);
    expect(snap.text[5][5]).toBe("80.0%");
    expect(snap.numberFormats[5][5]).toBe("0.0%");
    expect(snap.merges).toContainEqual({ top: 1, left: 3, bottom: 1, right: 5 });
  });

  it("uses the same small number of syncs for 30 and for 3,000 managers", async () => {
    const small = setup(MODERN, 30);
    const large = setup(MODERN, 3000);
    const smallSyncs = await syncsOf(small.excel, () => small.host.readSheet("考核表"));
    const largeSyncs = await syncsOf(large.excel, () => large.host.readSheet("考核表"));
    expect(smallSyncs).toBe(3);
    expect(largeSyncs).toBe(smallSyncs);
  }, 30_000);

  it("splits a read into row blocks only when it would pass the request limit, with the same result", async () => {
    const whole = setup(MODERN, 300);
    const split = setup(MODERN, 300, 100_000);
    const wholeSyncs = await syncsOf(whole.excel, () => whole.host.readSheet("考核表"));
    let snapshot: unknown;
    const splitSyncs = await syncsOf(
      split.excel,
      async () => (snapshot = await split.host.readSheet("考核表")),
    );
    expect(splitSyncs).toBeGreaterThan(wholeSyncs);
    expect(snapshot).toEqual(await whole.host.readSheet("考核表"));
  });

  it("reports an error cell as an error value, not as text", async () => {
    const { excel, host } = setup(MODERN);
    excel.sheet("考核表").values.set("D7", { error: "#N/A" });
    const snap = await host.readSheet("考核表");
    expect(snap.values[6][3]).toEqual({ error: "#N/A" });
  });

  it("infers the header merges when Excel cannot list merged areas (before ExcelApi 1.13)", async () => {
    const { host } = setup(EXCEL_2019);
    const snap = await host.readSheet("考核表");
    expect(host.capabilities.mergedAreas).toBe(false);
    expect(snap.merges).toContainEqual({ top: 2, left: 3, bottom: 2, right: 4 });
  });

  it("falls back to inferred merges when a sheet has more merged areas than Excel will list", async () => {
    const { excel, host } = setup(MODERN, 600);
    const sheet = excel.sheet("考核表");
    for (let r = 5; r < 600; r++) sheet.merges.push({ top: r, left: 2, bottom: r, right: 3 });
    const snap = await host.readSheet("考核表");
    expect(snap.merges).toContainEqual({ top: 2, left: 3, bottom: 2, right: 4 });
    expect(snap.merges.length).toBeLessThan(512);
  });

  it("marks which notes are ours", async () => {
    const { excel, host } = setup(MODERN);
    excel
      .sheet("考核表")
      .notes.push({ row: 5, col: 3, text: "请核实" }, { row: 5, col: 40, text: markNote("得分 5") });
    const snap = await host.readSheet("考核表");
    expect(snap.comments.D6).toEqual({ text: "请核实", ours: false });
    expect(snap.comments.AO6.ours).toBe(true);
  });
});

describe("Office.js host: writing", () => {
  it("applies a plan for 30 and for 3,000 managers in the same number of syncs", async () => {
    const small = setup(MODERN, 30);
    const large = setup(MODERN, 3000);
    const smallSyncs = await syncsOf(small.excel, () => small.host.apply(scorePlan(30)));
    const largeSyncs = await syncsOf(large.excel, () => large.host.apply(scorePlan(3000)));
    expect(smallSyncs).toBe(3);
    expect(largeSyncs).toBe(smallSyncs);
    expect(large.excel.sheet("考核表").values.get("AO3005")).toBe(scorePlan(3000).blocks[1].values[2999][0]);
  }, 30_000);

  it("writes scores, formats and styles, and notes on ExcelApi 1.18", async () => {
    const { excel, host } = setup(MODERN);
    await host.apply(scorePlan(30));
    const sheet = excel.sheet("考核表");
    expect(sheet.values.get("AP6")).toBe(0.5);
    expect(sheet.formats.get("AP6")).toBe("0.00");
    expect(sheet.styles.get("AO6")).toEqual({ fill: "#FFE0E0" });
    expect(sheet.notes).toHaveLength(30 * 16);
    expect(sheet.comments).toHaveLength(0);
  });

  it("writes explanations as threaded comments where notes are not supported", async () => {
    const { excel, host } = setup(EXCEL_2019);
    await host.apply(scorePlan(30));
    const sheet = excel.sheet("考核表");
    expect(sheet.comments).toHaveLength(30 * 16);
    expect(sheet.comments.every((c) => isOurNote(c.text))).toBe(true);
  });

  it.each([
    ["notes", MODERN],
    ["comments", EXCEL_2019],
  ] as const)(
    "replaces its own %s, never duplicates them, and leaves a person's alone",
    async (_, options) => {
      const { excel, host } = setup(options);
      const sheet = excel.sheet("考核表");
      const list = options.annotations === "notes" ? sheet.notes : sheet.comments;
      list.push(
        { row: 4, col: 41, text: "经理说明：本月请假" },
        { row: 3, col: 1, text: markNote("旧的说明") },
      );
      const plan: WritePlan = { ...scorePlan(30), deleteNotes: [{ row: 3, col: 1 }] };
      await host.apply(plan);
      await host.apply(plan);
      expect(list.filter((a) => a.row === 4 && a.col === 41)).toEqual([
        { row: 4, col: 41, text: "经理说明：本月请假" },
      ]);
      expect(list.filter((a) => a.row === 5 && a.col === 40)).toEqual([
        { row: 5, col: 40, text: markNote("得分 0") },
      ]);
      expect(list.some((a) => a.row === 3 && a.col === 1)).toBe(false);
      expect(list).toHaveLength(30 * 16 + 1);
    },
  );

  it("refuses, before changing anything, a plan that would write over a person's note", async () => {
    const { excel, host } = setup(MODERN);
    excel.sheet("考核表").notes.push({ row: 5, col: 41, text: "经理说明：本月请假" });
    await expect(host.apply(scorePlan(30))).rejects.toMatchObject({ code: "personsNote" });
    expect(excel.sheet("考核表").values.has("AO6")).toBe(false);
  });

  it("keeps text that looks like a formula or a number as text, and writes formulas as formulas", async () => {
    const { excel, host } = setup(MODERN);
    const plan: WritePlan = {
      ...scorePlan(1),
      blocks: [{ top: 5, left: 40, values: [["=SUM(A1:A2)", "0012", { formula: "SUM(D6:E6)", cached: 3 }]] }],
      notes: [],
    };
    await host.apply(plan);
    const sheet = excel.sheet("考核表");
    expect(sheet.values.get("AO6")).toBe("=SUM(A1:A2)");
    expect(sheet.formulas.has("AO6")).toBe(false);
    expect(sheet.values.get("AP6")).toBe("0012");
    expect(sheet.formulas.get("AQ6")).toBe("=SUM(D6:E6)");
  });
});

describe("Office.js host: events, selection and settings", () => {
  it.each([
    ["with triggerSource (ExcelApi 1.14)", MODERN],
    ["with the write window (before 1.14)", EXCEL_2019],
  ] as const)("ignores change events caused by its own writes %s", async (_, options) => {
    const { excel, host } = setup(options);
    const edits: Rect[][] = [];
    await host.onUserEdit("考核表", (changed) => edits.push(changed));
    await host.apply(scorePlan(30));
    await excel.settle();
    expect(edits).toEqual([]);
    await excel.userEdit("考核表", "E7", 99);
    expect(edits).toEqual([[{ top: 6, left: 4, bottom: 6, right: 4 }]]);
  });

  it("stops reporting edits once unsubscribed", async () => {
    const { excel, host } = setup(MODERN);
    const edits: Rect[][] = [];
    const unsubscribe = await host.onUserEdit("考核表", (changed) => edits.push(changed));
    await unsubscribe();
    await excel.userEdit("考核表", "E7", 99);
    expect(edits).toEqual([]);
  });

  it("reports the selected cell and selects a cell it is asked to show", async () => {
    const { excel, host } = setup(MODERN);
    const selected: Array<{ row: number; col: number }> = [];
    await host.onSelection("考核表", (cell) => selected.push(cell));
    await excel.userSelect("考核表", "AP9");
    expect(selected).toEqual([{ row: 8, col: 41 }]);
    await host.selectCell("考核表", { row: 6, col: 4 });
    expect(excel.selected).toEqual({ sheet: "考核表", address: "E7" });
  });

  it("keeps settings in the workbook and reads nothing when none was saved", async () => {
    const { host } = setup(MODERN);
    expect(await host.settings.read("gridscore.mapping")).toBeUndefined();
    await host.settings.write("gridscore.mapping", { version: 1, columns: { memberTarget: "D" } });
    expect(await host.settings.read("gridscore.mapping")).toEqual({
      version: 1,
      columns: { memberTarget: "D" },
    });
  });

  it("lists the workbook's sheets", async () => {
    const { host } = setup(MODERN);
    expect(await host.listSheets()).toEqual(["考核表"]);
  });
});
