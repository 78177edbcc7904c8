import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LibreOffice } from "../../src/formula/libreoffice";
import { differential, SPOILED } from "./harness";

const SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");
let lo: LibreOffice;

beforeAll(() => {
  lo = new LibreOffice();
});
afterAll(() => lo.dispose());

describe("the bundled sample in formula mode, recalculated by LibreOffice", () => {
  test("every score, total and rank LibreOffice computes equals the engine's", async () => {
    const { run, found, values } = await differential(lo, readFileSync(SAMPLE));
    expect(run.results.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
    // LibreOffice computed the cells: the spoiled cached values are gone.
    expect(values(run.report.managers[0].totalCell)).not.toBe(SPOILED);
  }, 120_000);
});
