/**
 * Build time only (webpack.config.js): the bundled sample's sheets as JSON snapshots, read from the .xlsx
 * by the ExcelJS host — the same reading the preview does when a user opens a file.
 */
import { readFileSync } from "node:fs";
import { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { readSnapshots } from "./snapshots";

export async function sampleSnapshotsJson(xlsxPath: string): Promise<string> {
  const host = await ExcelJsHost.load(readFileSync(xlsxPath));
  return JSON.stringify(await readSnapshots(host));
}
