// The preview's workbook without ExcelJS on first paint: prebuilt sample snapshots and the replay mirror.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { sampleSnapshotsJson } from "../../src/preview/build-snapshots";
import { ReplayMirror } from "../../src/preview/replay-mirror";
import { parseSnapshots, readSnapshots } from "../../src/preview/snapshots";
import { markNote } from "../../src/sheet/marker";
import type { SheetSnapshot, WritePlan } from "../../src/sheet/types";

const SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");
const bytes = () => new Uint8Array(readFileSync(SAMPLE));

function plan(sheet: string, top: number, left: number, value: string | number, note?: string): WritePlan {
  return {
    sheet,
    clear: [],
    blocks: [{ top, left, values: [[value]] }],
    merges: [],
    styles: [{ rect: { top, left, bottom: top, right: left }, style: { fill: "#FFEEAA" } }],
    notes: note ? [{ row: top, col: left, text: markNote(note) }] : [],
    deleteNotes: [],
  };
}

/** A well-formed list of one small sheet, to break. */
function wellFormed(): SheetSnapshot[] {
  const row = (x: string) => [x, 1, null];
  return [
    {
      name: "考核表",
      rowCount: 3,
      colCount: 3,
      values: [row("a"), row("b"), row("c")],
      text: [
        ["a", "1", ""],
        ["b", "1", ""],
        ["c", "1", ""],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      comments: { A1: { text: "说明", ours: false } },
    },
  ];
}

describe("the sample's prebuilt snapshots", () => {
  it("are what the ExcelJS host reads from the bundled .xlsx, after a JSON round trip", async () => {
    const built = parseSnapshots(JSON.parse(await sampleSnapshotsJson(SAMPLE)), "sample.json");
    const read = await readSnapshots(await ExcelJsHost.load(bytes()));
    expect(built.map((s) => s.name)).toEqual(read.map((s) => s.name));
    expect(built).toEqual(read);
  });

  it("reads back a list of snapshots as it was written", () => {
    expect(parseSnapshots(JSON.parse(JSON.stringify(wellFormed())), "x.json")).toEqual(wellFormed());
  });

  it("refuses JSON that is not a list of sheet snapshots", () => {
    expect(() => parseSnapshots({ name: "考核表" }, "x.json")).toThrow(
      /x\.json: not a list of sheet snapshots/,
    );
    expect(() => parseSnapshots([], "x.json")).toThrow(/not a list of sheet snapshots/);
    expect(() => parseSnapshots([{ name: "考核表", rowCount: 1 }], "x.json")).toThrow(/not a list/);
    const sample = JSON.parse(JSON.stringify(wellFormed())) as Array<{ values: unknown[][] }>;
    sample[0].values[2][1] = { formula: "=1" };
    expect(() => parseSnapshots(sample, "x.json")).toThrow(/\[0\]\.values\[2\]\[1\]: expected a cell value/);
  });
});

describe("the replay mirror behind the download", () => {
  it("opens the workbook only when the copy is saved", async () => {
    const open = jest.fn(() => ExcelJsHost.load(bytes()));
    const mirror = new ReplayMirror(open);
    await mirror.apply(plan("考核表", 5, 38, 1));
    await mirror.apply(plan("考核表", 6, 38, 2));
    expect(open).not.toHaveBeenCalled();
    await mirror.save();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("saves the original workbook with every plan applied so far, in order", async () => {
    const mirror = new ReplayMirror(() => ExcelJsHost.load(bytes()));
    await mirror.apply(plan("考核表", 5, 38, 7.5));
    await mirror.apply(plan("考核表", 5, 38, 8.25, "测试说明"));
    const first = await ExcelJsHost.load(await mirror.save());
    const sheet = await first.readSheet("考核表");
    expect(sheet.values[5][38]).toBe(8.25);
    expect(sheet.comments.AM6?.text).toContain("测试说明");
    expect(first.styleAt("考核表", 5, 38)?.fill).toBe("#FFEEAA");
    expect(sheet.values[5][1]).toBe((await readSnapshots(await ExcelJsHost.load(bytes())))[0].values[5][1]);

    await mirror.apply(plan("考核表", 6, 38, "九"));
    const second = await (await ExcelJsHost.load(await mirror.save())).readSheet("考核表");
    expect(second.values[5][38]).toBe(8.25);
    expect(second.values[6][38]).toBe("九");
  });
});
