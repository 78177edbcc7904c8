import fc from "fast-check";
import { referenceWorkbook } from "../../scripts/reference-workbook";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { LibreOffice } from "../../src/formula/libreoffice";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { managerBatch } from "./generated-managers";
import { differential } from "./harness";

/** Managers per workbook: one LibreOffice run checks them all. */
const BATCH = 160;
/** Workbooks (LibreOffice runs) per test run. */
const RUNS = 2;

let lo: LibreOffice;
beforeAll(() => {
  lo = new LibreOffice();
});
afterAll(() => lo.dispose());

describe("generated workbooks around every band edge, recalculated by LibreOffice", () => {
  test("LibreOffice's scores, totals and ranks equal the engine's to the cent", async () => {
    await fc.assert(
      fc.asyncProperty(managerBatch(BATCH), async (managers) => {
        const wb = referenceWorkbook(managers, new Date(Date.UTC(2014, 5, 3)));
        const bytes = await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save();
        const { run, found } = await differential(lo, bytes, { notes: false });
        expect(run.results).toHaveLength(BATCH);
        expect(found).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
