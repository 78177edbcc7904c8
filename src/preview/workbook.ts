/**
 * Loads an .xlsx into the preview: ExcelJS (a lazy chunk: never in the pane's own bundle) reads it, the
 * sheets become a memory host for the pane, and the ExcelJS workbook mirrors every write so the scored
 * copy can be downloaded.
 */
import { MemoryHost } from "../hosts/memory";
import { LocalStorageSettings } from "./settings";
import { PreviewHost } from "./preview-host";

export interface PreviewWorkbook {
  name: string;
  host: PreviewHost;
  /** The scored workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

/** ExcelJS is a lazy chunk: fetched once, as soon as the preview starts, never part of the pane's bundle. */
let excelJsHost: Promise<typeof import("../hosts/exceljs")> | undefined;
export function loadExcelJsHost(): Promise<typeof import("../hosts/exceljs")> {
  excelJsHost ??= import(/* webpackChunkName: "exceljs-host" */ "../hosts/exceljs");
  return excelJsHost;
}

export async function openWorkbook(
  name: string,
  bytes: ArrayBuffer,
  storage: Storage,
): Promise<PreviewWorkbook> {
  const { ExcelJsHost } = await loadExcelJsHost();
  const excel = await ExcelJsHost.load(bytes);
  const names = await excel.listSheets();
  const snapshots = await Promise.all(names.map((n) => excel.readSheet(n)));
  const settings = new LocalStorageSettings(storage, `gridscore-preview:${name}:`);
  const host = new PreviewHost(new MemoryHost(snapshots), settings, excel);
  return { name, host, save: () => excel.save() };
}

export async function fetchSample(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}
