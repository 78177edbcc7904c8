// Our notes open showing their whole text: sized as the .xlsx writer sizes them (src/hosts/note-box.ts)
// wherever Excel lets a note be sized, and left at Excel's default size on Excel on the web, which
// refuses a note's width and height.
import { OfficeJsHost } from "../../../src/hosts/officejs";
import { officeOnWeb } from "../../../src/hosts/officejs/capabilities";
import { noteBox } from "../../../src/hosts/note-box";
import { markNote } from "../../../src/sheet/marker";
import {
  EXCEL_WEB,
  FakeExcel,
  M365_CURRENT,
  OFFICE_2021,
  annotationsOf,
  type ExcelProfile,
} from "./fake-excel";
import { managerSheet, scorePlan } from "./sample-sheet";

function setup(
  profile: ExcelProfile,
  managers: number,
  onWeb: boolean | null = profile.onWeb,
  budgetBytes?: number,
) {
  const excel = new FakeExcel(profile);
  excel.addSheet(managerSheet(managers));
  const host = new OfficeJsHost({
    excel: excel.api,
    isSetSupported: excel.isSetSupported,
    onWeb,
    budgetBytes,
  });
  return { excel, host, sheet: () => excel.sheet("考核表") };
}

/** A note as long as the sample's longest (服务进驻: a sum over every service item, 13 lines). */
const LONG_NOTE = markNote(
  [
    "服务进驻：得 6.50 分（满分 10 分），少得 3.50 分",
    ...Array.from(
      { length: 10 },
      (_, i) => `服务规范第 ${i + 1} 项：进驻社区 ${i + 3} 个，目标 12 个，得 0.65 分`,
    ),
    "合计 = 0.65 × 10 = 6.50",
  ].join("\n"),
);

describe("Office.js host: the size of our notes", () => {
  it("sizes every note it adds to its text, as the .xlsx writer does, where the build can", async () => {
    const { host, sheet } = setup(M365_CURRENT, 30);
    const plan = scorePlan(30);
    plan.notes[0] = { ...plan.notes[0], text: LONG_NOTE };
    await host.apply(plan);
    const notes = annotationsOf(sheet(), "note");
    expect(notes).toHaveLength(30 * 16);
    for (const n of notes) expect({ width: n.width, height: n.height }).toEqual(noteBox(n.text));
    const long = notes.find((n) => n.text === LONG_NOTE);
    // Taller than a short note's box: every one of its wrapped lines is inside.
    expect(long?.height).toBeGreaterThan(noteBox(plan.notes[1].text).height);
    expect(long?.height).toBe(noteBox(LONG_NOTE).height);
  });

  it("sizes a note again when its text changes (our note updated in place)", async () => {
    const { host, sheet } = setup(M365_CURRENT, 3);
    await host.apply(scorePlan(3));
    const again = scorePlan(3);
    again.notes[5] = { ...again.notes[5], text: LONG_NOTE };
    await host.apply(again);
    const updated = annotationsOf(sheet(), "note").find((n) => n.text === LONG_NOTE);
    expect(updated?.height).toBe(noteBox(LONG_NOTE).height);
  });

  it("leaves notes at Excel's default size on Excel on the web, which refuses a note's size", async () => {
    const { host, sheet } = setup(EXCEL_WEB, 30);
    await host.apply(scorePlan(30));
    const notes = annotationsOf(sheet(), "note");
    expect(notes).toHaveLength(30 * 16);
    expect(notes.every((n) => n.width === undefined && n.height === undefined)).toBe(true);
  });

  it("models the refusal: sizing a note on Excel on the web fails the request", async () => {
    // A host told it runs elsewhere than it does sizes its notes, and Excel on the web says no.
    const { host } = setup(EXCEL_WEB, 3, false);
    await expect(host.apply(scorePlan(3))).rejects.toMatchObject({ code: "NotImplemented" });
  });

  it("writes threaded comments without a size where notes are not supported", async () => {
    const { host, sheet } = setup(OFFICE_2021, 3);
    await host.apply(scorePlan(3));
    const comments = annotationsOf(sheet(), "comment");
    expect(comments).toHaveLength(3 * 16);
    expect(comments.every((c) => c.width === undefined && c.height === undefined)).toBe(true);
  });

  it("sizes nothing where it is not known whether this is Excel on the web", async () => {
    const { host, sheet } = setup(M365_CURRENT, 3, null);
    await host.apply(scorePlan(3));
    expect(annotationsOf(sheet(), "note").every((n) => n.height === undefined)).toBe(true);
  });

  it("counts the sizes in its budget: every request stays within it", async () => {
    const budget = 200_000;
    const { excel, host } = setup(M365_CURRENT, 300, false, budget);
    await host.apply(scorePlan(300));
    expect(excel.payloads.length).toBeGreaterThan(3);
    for (const p of excel.payloads) expect(p.request).toBeLessThanOrEqual(budget);
  }, 60_000);
});

describe("Office.js host: knowing Excel on the web", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("reads it from Office.context.platform, and knows nothing outside Office", () => {
    expect(officeOnWeb()).toBeNull();
    const office = (platform: string) => ({
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
      context: { platform },
    });
    Object.assign(globalThis, { Office: office("OfficeOnline") });
    expect(officeOnWeb()).toBe(true);
    Object.assign(globalThis, { Office: office("Mac") });
    expect(officeOnWeb()).toBe(false);
  });
});
