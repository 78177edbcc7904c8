import fc from "fast-check";
import { referenceLayout } from "../../scripts/reference-layout";
import { referenceWorkbook } from "../../scripts/reference-workbook";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { LibreOffice } from "../../src/formula/libreoffice";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { shippedRuleSet, shippedRuleSets } from "../../src/rulesets";
import { managerBatch } from "./generated-managers";
import { differential } from "./harness";

/** Managers per workbook: one LibreOffice run checks them all. */
const BATCH = 160;
/** Workbooks (LibreOffice runs) per rule set and test run. */
const RUNS = 2;

let lo: LibreOffice;
beforeAll(() => {
  lo = new LibreOffice();
});
afterAll(() => lo.dispose());

describe.each(shippedRuleSets.map((s) => [s.id, shippedRuleSet(s.id)!] as const))(
  "%s: generated workbooks around every band edge, recalculated by LibreOffice",
  (_id, rs) => {
    const layout = referenceLayout(rs, { title: rs.title["zh-CN"] });
    test("LibreOffice's scores, totals and ranks equal the engine's to the cent", async () => {
      await fc.assert(
        fc.asyncProperty(managerBatch(rs, BATCH), async (managers) => {
          const wb = referenceWorkbook(managers, new Date(Date.UTC(2014, 5, 3)), layout);
          const bytes = await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save();
          const { run, found } = await differential(lo, bytes, { rs, notes: false });
          expect(run.results).toHaveLength(BATCH);
          expect(found).toEqual([]);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }, 300_000);
  },
);
