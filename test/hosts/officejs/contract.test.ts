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

import { describeHostContract, type HostUnderTest } from "../contract";
import { OfficeJsHost } from "../../../src/hosts/officejs";
import { cellAddress } from "../../../src/sheet/address";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

/** `supported`: the highest ExcelApi 1.x minor version the simulated Excel has. */
function opener(options: FakeExcelOptions, supported: number) {
  return async (
    workbook: Parameters<Parameters<typeof describeHostContract>[1]>[0],
  ): Promise<HostUnderTest> => {
    const excel = new FakeExcel(options);
    for (const sheet of workbook) excel.addSheet(sheet);
    const host = new OfficeJsHost({
      excel: excel.api,
      isSetSupported: (v) => Number(v.split(".")[1]) <= supported,
    });
    const subject: HostUnderTest = {
      host,
      reopen: async () => subject,
      styleAt: async (sheet, row, col) => excel.sheet(sheet).styles.get(cellAddress(row, col)),
    };
    return subject;
  };
}

describeHostContract(
  "Office.js, Microsoft 365 (ExcelApi 1.18: notes)",
  opener({ annotations: "notes", triggerSource: true }, 18),
  { styles: true },
);
// Office 2021 has merged areas (1.13) and triggerSource (1.14) but no notes: explanations become threaded
// comments. (Below 1.13 Excel cannot list merged areas at all; that fallback is tested in officejs-host.)
describeHostContract(
  "Office.js, Office 2021 (ExcelApi 1.14: threaded comments)",
  opener({ annotations: "comments", triggerSource: true }, 14),
  { styles: true },
);
