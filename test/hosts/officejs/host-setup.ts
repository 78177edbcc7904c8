/** The Office.js host over the strict Excel model, for the host's tests. */
import { OfficeJsHost } from "../../../src/hosts/officejs";
import { FakeExcel, type ExcelProfile } from "./fake-excel";
import { managerSheet } from "./sample-sheet";

/** An older Microsoft 365 build without `getMergedAreasOrNullObject` (ExcelApi 1.13). */
export const BEFORE_1_13: ExcelProfile = {
  name: "Microsoft 365 (ExcelApi 1.12)",
  api: 12,
  payloadLimit: null,
  onWeb: false,
};

export function setup(profile: ExcelProfile, managers = 30, budgetBytes?: number) {
  const excel = new FakeExcel(profile);
  excel.addSheet(managerSheet(managers));
  const host = new OfficeJsHost({
    excel: excel.api,
    isSetSupported: excel.isSetSupported,
    onWeb: excel.onWeb,
    budgetBytes,
  });
  return { excel, host };
}

export function payloadOf(excel: FakeExcel): number {
  return excel.payloads.reduce((sum, p) => sum + p.request + p.response, 0);
}

export async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}
