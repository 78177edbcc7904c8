/** `--no-notes`: a lean scored workbook, the same scores without explanation notes. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "./run-cli";

const SHEET = "考核表";
const PERSONS_NOTE = "本月调岗，数据请核实（人工备注）";

interface SheetState {
  values: Record<string, unknown>;
  notes: Record<string, unknown>;
}

async function state(path: string): Promise<SheetState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const values: Record<string, unknown> = {};
  const notes: Record<string, unknown> = {};
  wb.getWorksheet(SHEET)!.eachRow((row) =>
    row.eachCell((cell) => {
      values[cell.address] = cell.value;
      if (cell.note !== undefined) notes[cell.address] = cell.note;
    }),
  );
  return { values, notes };
}

describe("gridscore score --no-notes", () => {
  const dir = tempDir();
  const input = join(dir, "input.xlsx");
  const withNotes = join(dir, "with-notes.xlsx");
  const lean = join(dir, "lean.xlsx");
  const leanAgain = join(dir, "lean-again.xlsx");
  const leanFormulas = join(dir, "lean-formulas.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    wb.getWorksheet(SHEET)!.getCell("B8").note = PERSONS_NOTE;
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((await runCli(["score", input, "--out", withNotes])).code).toBe(2);
    expect((await runCli(["score", input, "--out", lean, "--no-notes"])).code).toBe(2);
    expect((await runCli(["score", withNotes, "--out", leanAgain, "--no-notes"])).code).toBe(2);
    expect((await runCli(["score", lean, "--out", leanFormulas, "--formulas", "--no-notes"])).code).toBe(2);
  }, 90_000);

  it("writes the same scores as a run with notes, and no note but the person's", async () => {
    const full = await state(withNotes);
    const leanState = await state(lean);
    expect(Object.keys(full.notes).length).toBeGreaterThan(100);
    expect(leanState.values).toEqual(full.values);
    expect(leanState.notes).toEqual({ B8: PERSONS_NOTE });
  });

  it("removes the notes an earlier run wrote, keeping the block in place", async () => {
    expect(await state(leanAgain)).toEqual(await state(lean));
  });

  it("combines with --formulas: formula cells, still no note but the person's", async () => {
    const formulas = await state(leanFormulas);
    expect(formulas.notes).toEqual({ B8: PERSONS_NOTE });
    const formulaCells = Object.values(formulas.values).filter(
      (v) => v !== null && typeof v === "object" && "formula" in v,
    );
    expect(formulaCells.length).toBeGreaterThan(100);
  });
});
