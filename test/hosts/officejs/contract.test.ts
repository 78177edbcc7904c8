import { describeHostContract, type HostUnderTest } from "../contract";
import { OfficeJsHost } from "../../../src/hosts/officejs";
import { cellAddress } from "../../../src/sheet/address";
import { FakeExcel, PROFILES, type ExcelProfile } from "./fake-excel";

function opener(profile: ExcelProfile) {
  return async (
    workbook: Parameters<Parameters<typeof describeHostContract>[1]>[0],
  ): Promise<HostUnderTest> => {
    const excel = new FakeExcel(profile);
    // The workbook's annotations are of the kind this build writes: notes from ExcelApi 1.18, else comments.
    for (const sheet of workbook) excel.addSheet(sheet, excel.supports(18) ? "note" : "comment");
    const host = new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported });
    const subject: HostUnderTest = {
      host,
      reopen: async () => subject,
      styleAt: async (sheet, row, col) => excel.sheet(sheet).styles.get(cellAddress(row, col)),
    };
    return subject;
  };
}

for (const profile of PROFILES) {
  describeHostContract(`Office.js, ${profile.name} (ExcelApi 1.${profile.api})`, opener(profile), {
    styles: true,
  });
}
