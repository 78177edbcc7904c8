/** The Office.js host's events (local, remote, structural, renames), selection and settings. */
import type { Rect } from "../../../src/sheet/types";
import { M365_CURRENT, OFFICE_2021, FakeExcel } from "./fake-excel";
import { BEFORE_1_13, setup } from "./host-setup";
import { managerSheet, scorePlan } from "./sample-sheet";
import { OfficeJsHost } from "../../../src/hosts/officejs";

describe("Office.js host: events, selection and settings", () => {
  it.each([
    ["with triggerSource (ExcelApi 1.14)", M365_CURRENT],
    ["with the write window (before 1.14)", BEFORE_1_13],
  ] as const)("ignores change events caused by its own writes %s", async (_, profile) => {
    const { excel, host } = setup(profile);
    const edits: Rect[][] = [];
    await host.onUserEdit("考核表", (changed) => edits.push(changed));
    await host.apply(scorePlan(30));
    await excel.settle();
    expect(edits).toEqual([]);
    await excel.userEdit("考核表", "E7", 99);
    expect(edits).toEqual([[{ top: 6, left: 4, bottom: 6, right: 4 }]]);
  });

  it("ignores a co-author's cell edits and their pane's writes, but not their inserted rows", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const coAuthor = excel.coAuthor();
    const coHost = new OfficeJsHost({ excel: coAuthor.api, isSetSupported: coAuthor.isSetSupported });
    const edits: Array<{ changed: Rect[]; structural?: boolean }> = [];
    await host.onUserEdit("考核表", (changed, structural) => edits.push({ changed, structural }));
    await coHost.apply(scorePlan(30));
    await coAuthor.userEdit("考核表", "E7", 99);
    await excel.settle();
    expect(edits).toEqual([]);
    await coAuthor.userShiftRows("考核表", 8, 1);
    expect(edits).toEqual([{ changed: [{ top: 8, bottom: 8, left: 0, right: 16_383 }], structural: true }]);
  });

  it("does not loop when two panes, a local and a remote one, both re-score every edit they see", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const coAuthor = excel.coAuthor();
    const coHost = new OfficeJsHost({ excel: coAuthor.api, isSetSupported: coAuthor.isSetSupported });
    let writes = 0;
    const rescoring = (pane: OfficeJsHost) => () => {
      writes++;
      if (writes < 50) void pane.apply(scorePlan(30));
    };
    await host.onUserEdit("考核表", rescoring(host));
    await coHost.onUserEdit("考核表", rescoring(coHost));
    await excel.userEdit("考核表", "E7", 99);
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await excel.settle();
    }
    expect(writes).toBe(1);
  });

  it("reports inserted and deleted rows as structural changes, with whole-row addresses read", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const edits: Array<{ changed: Rect[]; structural?: boolean }> = [];
    await host.onUserEdit("考核表", (changed, structural) => edits.push({ changed, structural }));
    await excel.userShiftRows("考核表", 10, 2);
    await excel.userShiftRows("考核表", 10, -1);
    await excel.userEdit("考核表", "E7", 5);
    expect(edits).toEqual([
      { changed: [{ top: 10, bottom: 11, left: 0, right: 16_383 }], structural: true },
      { changed: [{ top: 10, bottom: 10, left: 0, right: 16_383 }], structural: true },
      { changed: [{ top: 6, left: 4, bottom: 6, right: 4 }], structural: false },
    ]);
  });

  it.each([
    ["by its own event (ExcelApi 1.17)", M365_CURRENT],
    ["at the sheet's next edit (before 1.17)", OFFICE_2021],
  ] as const)(
    "tells of the sheet's rename %s, and never passes on an edit by the old name",
    async (_, profile) => {
      const { excel, host } = setup(profile);
      const renames: string[] = [];
      const edits: Array<{ changed: Rect[]; structural?: boolean }> = [];
      await host.onSheetRenamed("考核表", (name) => renames.push(name));
      await host.onUserEdit("考核表", (changed, structural) => edits.push({ changed, structural }));
      await excel.userEdit("考核表", "E7", 5);
      expect(edits).toHaveLength(1);
      await excel.userRenameSheet("考核表", "考核表（6月）");
      await excel.userEdit("考核表（6月）", "E8", 6);
      expect(renames).toEqual(["考核表（6月）"]);
      expect(edits).toHaveLength(profile === M365_CURRENT ? 2 : 1);
    },
  );

  it("passes an edit of a renamed sheet on as structural when no one watches renames (before 1.17)", async () => {
    const { excel, host } = setup(OFFICE_2021);
    const edits: Array<{ changed: Rect[]; structural?: boolean }> = [];
    await host.onUserEdit("考核表", (changed, structural) => edits.push({ changed, structural }));
    await excel.userRenameSheet("考核表", "六月");
    await excel.userEdit("六月", "E8", 6);
    expect(edits).toEqual([{ changed: [], structural: true }]);
  });

  it("hears of a co-author's rename too", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const renames: string[] = [];
    await host.onSheetRenamed("考核表", (name) => renames.push(name));
    await excel.coAuthor().userRenameSheet("考核表", "六月");
    expect(renames).toEqual(["六月"]);
  });

  it("models Excel before 1.17: registering onNameChanged fails with ApiNotFound", async () => {
    const excel = new FakeExcel(OFFICE_2021);
    excel.addSheet(managerSheet(1));
    const register = excel.api.run(async (context) => {
      context.workbook.worksheets.getItem("考核表").onNameChanged.add(async () => undefined);
      await context.sync();
    });
    await expect(register).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("stops reporting edits once unsubscribed", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const edits: Rect[][] = [];
    const unsubscribe = await host.onUserEdit("考核表", (changed) => edits.push(changed));
    await unsubscribe();
    await excel.userEdit("考核表", "E7", 99);
    expect(edits).toEqual([]);
  });

  it("reports the selected cell and selects a cell it is asked to show", async () => {
    const { excel, host } = setup(M365_CURRENT);
    const selected: Array<{ row: number; col: number }> = [];
    await host.onSelection("考核表", (cell) => selected.push(cell));
    await excel.userSelect("考核表", "AP9");
    expect(selected).toEqual([{ row: 8, col: 41 }]);
    await host.selectCell("考核表", { row: 6, col: 4 });
    expect(excel.selected).toEqual({ sheet: "考核表", address: "E7" });
  });

  it("keeps settings in the workbook and reads nothing when none was saved", async () => {
    const { host } = setup(M365_CURRENT);
    expect(await host.settings.read("gridscore.mapping")).toBeUndefined();
    await host.settings.write("gridscore.mapping", { version: 1, columns: { memberTarget: "D" } });
    expect(await host.settings.read("gridscore.mapping")).toEqual({
      version: 1,
      columns: { memberTarget: "D" },
    });
  });

  it("lists the workbook's sheets", async () => {
    const { host } = setup(M365_CURRENT);
    expect(await host.listSheets()).toEqual(["考核表"]);
  });

  it.each([
    [M365_CURRENT, false],
    [OFFICE_2021, false],
    [{ ...M365_CURRENT, api: 20 }, true],
  ] as const)("knows whether %s keeps the user's undo history across its writes", (profile, kept) => {
    const { host } = setup(profile);
    expect(host.capabilities.undoKept).toBe(kept);
  });
});
