/** The Office.js host over the strict Excel model: reading and writing within Excel's limits. */
import { isOurNote, markNote } from "../../../src/sheet/marker";
import type { WritePlan } from "../../../src/sheet/types";
import { EXCEL_WEB, M365_CURRENT, OFFICE_2021, annotate, annotationsOf } from "./fake-excel";
import { BEFORE_1_13, payloadOf, setup, syncsOf } from "./host-setup";
import { scorePlan } from "./sample-sheet";

describe("Office.js host: reading", () => {
  it("reads raw values, display text, number formats and merged areas of the used range", async () => {
    const { host } = setup(M365_CURRENT);
    const snap = await host.readSheet("考核表");
    expect(snap.rowCount).toBe(35);
    expect(snap.colCount).toBe(40);
    expect(snap.values[5][1]).toBe("经理1");
    expect(snap.values[5][5]).toBeCloseTo(0.8);
    expect(snap.text[5][5]).toBe("80.0%");
    expect(snap.numberFormats[5][5]).toBe("0.0%");
    expect(snap.merges).toContainEqual({ top: 1, left: 3, bottom: 1, right: 5 });
  });

  it("reads 30 managers in 2 syncs, and 3,000 in no more than 4 plus one per 4 MB of payload", async () => {
    const small = setup(M365_CURRENT, 30);
    const large = setup(M365_CURRENT, 3000);
    expect(await syncsOf(small.excel, () => small.host.readSheet("考核表"))).toBe(2);
    const largeSyncs = await syncsOf(large.excel, () => large.host.readSheet("考核表"));
    expect(largeSyncs).toBeLessThanOrEqual(4 + Math.ceil(payloadOf(large.excel) / 4_000_000));
  }, 30_000);

  it("splits a read into row blocks only when it would pass the request limit, with the same result", async () => {
    const whole = setup(M365_CURRENT, 300);
    const split = setup(M365_CURRENT, 300, 100_000);
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
    const { excel, host } = setup(M365_CURRENT);
    excel.sheet("考核表").values.set("D7", { error: "#N/A" });
    const snap = await host.readSheet("考核表");
    expect(snap.values[6][3]).toEqual({ error: "#N/A" });
  });

  it("infers the header merges when Excel cannot list merged areas (before ExcelApi 1.13)", async () => {
    const { host } = setup(BEFORE_1_13);
    const snap = await host.readSheet("考核表");
    expect(host.capabilities.mergedAreas).toBe(false);
    expect(snap.merges).toContainEqual({ top: 2, left: 3, bottom: 2, right: 4 });
  });

  it("falls back to inferred merges when a sheet has more merged areas than Excel will list", async () => {
    const { excel, host } = setup(M365_CURRENT, 600);
    const sheet = excel.sheet("考核表");
    for (let r = 5; r < 600; r++) sheet.merges.push({ top: r, left: 2, bottom: r, right: 3 });
    const snap = await host.readSheet("考核表");
    expect(snap.merges).toContainEqual({ top: 2, left: 3, bottom: 2, right: 4 });
    expect(snap.merges.length).toBeLessThan(512);
  });

  it("reads notes and threaded comments both, and marks which are ours", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const sheet = excel.sheet("考核表");
    annotate(sheet, 5, 3, "请核实", "note");
    annotate(sheet, 5, 40, markNote("得分 5"), "note");
    annotate(sheet, 6, 41, "经理说明：本月请假", "comment");
    const snap = await host.readSheet("考核表");
    expect(snap.comments.D6).toEqual({ text: "请核实", ours: false });
    expect(snap.comments.AO6.ours).toBe(true);
    expect(snap.comments.AP7).toEqual({ text: "经理说明：本月请假", ours: false });
  });

  it("sizes the sheet by its values: a stray format far below the data adds nothing to read", async () => {
    const { excel, host } = setup(M365_CURRENT);
    excel.sheet("考核表").formats.set("A60000", "0.00");
    const snap = await host.readSheet("考核表");
    expect(snap.rowCount).toBe(35);
  });

  it("reads a scored sheet of 1,000 managers on Excel on the web, every request and response under 5 MB", async () => {
    const { excel, host } = setup(EXCEL_WEB, 1000);
    await host.apply(scorePlan(1000));
    const snap = await host.readSheet("考核表");
    expect(Object.keys(snap.comments)).toHaveLength(16_000);
    expect(excel.maxPayload).toBeLessThanOrEqual(4_500_000);
  }, 60_000);
});

describe("Office.js host: writing", () => {
  it("applies a plan for 30 and for 3,000 managers in a number of syncs that grows only with the payload", async () => {
    const small = setup(M365_CURRENT, 30);
    const smallSyncs = await syncsOf(small.excel, () => small.host.apply(scorePlan(30)));
    expect(smallSyncs).toBe(2);
    const large = setup(M365_CURRENT, 3000);
    await large.host.apply(scorePlan(3000));
    expect(large.excel.syncs).toBeLessThanOrEqual(4 + Math.ceil(payloadOf(large.excel) / 4_000_000));
    expect(large.excel.sheet("考核表").values.get("AO3005")).toBe(scorePlan(3000).blocks[1].values[2999][0]);
  }, 60_000);

  it("writes formula mode for 500 managers on Excel on the web, each request under 5 MB", async () => {
    const { excel, host } = setup(EXCEL_WEB, 500);
    await host.apply(scorePlan(500, 16, true));
    expect(excel.sheet("考核表").formulas.get("AO505")).toMatch(/^=ROUND/);
    expect(excel.maxPayload).toBeLessThanOrEqual(4_500_000);
  }, 60_000);

  it("sets drop-downs and column widths in the write's own sync, not in one of their own", async () => {
    const { excel, host } = setup(M365_CURRENT, 30);
    await host.readSheet("考核表");
    const source = { top: 3, left: 40, bottom: 3, right: 41 };
    const plan: WritePlan = {
      ...scorePlan(30),
      validations: [{ rect: { top: 5, left: 42, bottom: 34, right: 42 }, source }],
      columnWidths: [{ col: 40, width: 12 }],
    };
    expect(await syncsOf(excel, () => host.apply(plan))).toBe(2);
    expect(excel.sheet("考核表").validations).toEqual([
      { rect: { top: 5, left: 42, bottom: 34, right: 42 }, source: "=$AO$4:$AP$4" },
    ]);
    expect(excel.sheet("考核表").columnWidths.get(40)).toBeCloseTo((12 * 48) / 8.43);
  });

  it("closes a write sync only when the next row would not fit (blocks split between rows)", async () => {
    const budget = 200_000;
    const { excel, host } = setup(M365_CURRENT, 30, budget);
    // Rows of ~20 KB each (four formulas of ~5,000 characters, within Excel's 8,192): a tenth of the
    // budget per row.
    const formula = Array.from({ length: 1000 }, (_, i) => `D${i + 1}`).join("+");
    const values = Array.from({ length: 180 }, () =>
      Array.from({ length: 4 }, () => ({ formula, cached: 0 })),
    );
    const plan: WritePlan = {
      sheet: "考核表",
      clear: [],
      blocks: [{ top: 5, left: 40, values }],
      merges: [],
      styles: [],
      notes: [],
      deleteNotes: [],
    };
    const from = excel.payloads.length;
    await host.apply(plan);
    const writes = excel.payloads.slice(from).filter((p) => p.request > budget / 2);
    expect(writes.length).toBeGreaterThan(10);
    for (const sent of writes.slice(0, -1).map((p) => p.request)) {
      expect(sent).toBeGreaterThan(budget * 0.85);
      expect(sent).toBeLessThanOrEqual(budget);
    }
    expect(excel.sheet("考核表").formulas.get("AO185")).toBe(`=${formula}`);
  });

  it("writes scores, formats and styles, and notes on ExcelApi 1.18", async () => {
    const { excel, host } = setup(M365_CURRENT);
    await host.apply(scorePlan(30));
    const sheet = excel.sheet("考核表");
    expect(sheet.values.get("AP6")).toBe(0.5);
    expect(sheet.formats.get("AP6")).toBe("0.00");
    expect(sheet.styles.get("AO6")).toEqual({ fill: "#FFE0E0" });
    expect(annotationsOf(sheet, "note")).toHaveLength(30 * 16);
    expect(annotationsOf(sheet, "comment")).toHaveLength(0);
  });

  it("writes explanations as threaded comments where notes are not supported", async () => {
    const { excel, host } = setup(OFFICE_2021);
    await host.apply(scorePlan(30));
    const comments = annotationsOf(excel.sheet("考核表"), "comment");
    expect(comments).toHaveLength(30 * 16);
    expect(comments.every((c) => isOurNote(c.text))).toBe(true);
  });

  it.each([
    ["notes", M365_CURRENT, "note"],
    ["comments", OFFICE_2021, "comment"],
  ] as const)(
    "replaces its own %s, never duplicates them, and leaves a person's alone",
    async (_, profile, kind) => {
      const { excel, host } = setup(profile);
      const sheet = excel.sheet("考核表");
      annotate(sheet, 4, 41, "经理说明：本月请假", kind);
      annotate(sheet, 3, 1, markNote("旧的说明"), kind);
      const plan: WritePlan = { ...scorePlan(30), deleteNotes: [{ row: 3, col: 1 }] };
      await host.apply(plan);
      await host.apply(plan);
      expect(sheet.annotations.get("AP5")?.text).toBe("经理说明：本月请假");
      expect(sheet.annotations.get("AO6")?.text).toBe(plan.notes[0].text);
      expect(sheet.annotations.has("B4")).toBe(false);
      expect(sheet.annotations.size).toBe(30 * 16 + 1);
    },
  );

  it("replaces its old threaded comments on a build with notes (a workbook from Office 2021)", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const sheet = excel.sheet("考核表");
    annotate(sheet, 5, 40, markNote("旧的说明"), "comment");
    annotate(sheet, 3, 1, markNote("旧的说明"), "comment");
    await host.apply({ ...scorePlan(30), deleteNotes: [{ row: 3, col: 1 }] });
    expect(sheet.annotations.get("AO6")?.text).toBe(scorePlan(30).notes[0].text);
    expect(sheet.annotations.has("B4")).toBe(false);
  });

  it.each([
    ["a note", "note"],
    ["a threaded comment", "comment"],
  ] as const)(
    "refuses, before changing anything, a plan that would write over a person's %s",
    async (_, kind) => {
      const { excel, host } = setup(M365_CURRENT);
      annotate(excel.sheet("考核表"), 5, 41, "经理说明：本月请假", kind);
      await expect(host.apply(scorePlan(30))).rejects.toMatchObject({ code: "personsNote" });
      expect(excel.sheet("考核表").values.has("AO6")).toBe(false);
    },
  );

  it("writes no cell where a cell to explain holds a note this build cannot read (before ExcelApi 1.18)", async () => {
    const { excel, host } = setup(OFFICE_2021);
    const sheet = excel.sheet("考核表");
    annotate(sheet, 20, 45, "经理说明：本月请假", "note");
    const plan = scorePlan(30);
    expect(plan.notes).toContainEqual(expect.objectContaining({ row: 20, col: 45 }));
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "personsNote", cells: ["AT21"] });
    expect(sheet.values.has("AO6")).toBe(false);
    expect(sheet.styles.size).toBe(0);
    expect(sheet.annotations.get("AT21")).toMatchObject({ kind: "note", text: "经理说明：本月请假" });
  });

  it("updates its own comment in place, keeping the replies people wrote under it", async () => {
    const { excel, host } = setup(OFFICE_2021);
    const sheet = excel.sheet("考核表");
    annotate(sheet, 5, 40, markNote("旧的说明"), "comment", ["为什么扣分？", "已核实"]);
    annotate(sheet, 3, 1, markNote("旧的说明"), "comment", ["请保留"]);
    await host.apply({ ...scorePlan(30), deleteNotes: [{ row: 3, col: 1 }] });
    expect(sheet.annotations.get("AO6")).toMatchObject({
      text: scorePlan(30).notes[0].text,
      replies: ["为什么扣分？", "已核实"],
    });
    expect(sheet.annotations.get("B4")?.replies).toEqual(["请保留"]);
    expect(host.lastApply.keptThreads).toEqual(["B4"]);
  });

  it("keeps text that looks like a formula or a number as text, and writes formulas as formulas", async () => {
    const { excel, host } = setup(M365_CURRENT);
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

  it("models Excel's formula length limit: 8,192 characters with the = are written, one more fails", async () => {
    const write = async (formula: string) => {
      const { excel, host } = setup(M365_CURRENT);
      const plan: WritePlan = {
        ...scorePlan(1),
        blocks: [{ top: 5, left: 40, values: [[{ formula, cached: 1 }]] }],
        notes: [],
      };
      await host.apply(plan);
      return excel.sheet("考核表").formulas.get("AO6")?.length;
    };
    await expect(write("1" + "+1".repeat(4095))).resolves.toBe(8192);
    await expect(write("11" + "+1".repeat(4095))).rejects.toMatchObject({ code: "GeneralException" });
  });
});
