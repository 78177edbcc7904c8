/**
 * Opens a workbook in the preview: its sheets become a memory host for the pane and the grid, and a
 * replay mirror keeps every write for the scored copy's download. The bundled sample opens from its
 * prebuilt snapshots; ExcelJS (a lazy chunk, never in the pane's own bundle) loads only to open another
 * .xlsx or to download.
 */
import type { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { MemoryHost } from "../hosts/memory";
import type { SheetSnapshot } from "../sheet/types";
import { PreviewHost } from "./preview-host";
import { ReplayMirror } from "./replay-mirror";
import { LocalStorageSettings } from "./settings";
import { parseSnapshots, readSnapshots } from "./snapshots";

export interface PreviewWorkbook {
  name: string;
  /** Its sheets' names, in order. */
  sheets: string[];
  host: PreviewHost;
  /** The scored workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

/** The bundled sample: the .xlsx, and its sheets prebuilt as snapshots by the build (webpack.config.js). */
export const SAMPLE = {
  name: "sample-2014-05.xlsx",
  xlsxUrl: "samples/sample-2014-05.xlsx",
  snapshotsUrl: "samples/sample-2014-05.snapshots.json",
} as const;

/** The ExcelJS host's chunk: fetched ahead at idle time (prefetch), evaluated on first use. */
export async function loadExcelJs(bytes: ArrayBuffer): Promise<ExcelJsHost> {
  const { ExcelJsHost } = await import(
    /* webpackChunkName: "exceljs-host", webpackPrefetch: true */ "../hosts/xlsx/exceljs-host"
  );
  return ExcelJsHost.load(bytes);
}

function previewWorkbook(
  name: string,
  snapshots: SheetSnapshot[],
  storage: Storage,
  original: () => Promise<ArrayBuffer>,
): PreviewWorkbook {
  const mirror = new ReplayMirror(async () => loadExcelJs(await original()));
  const settings = new LocalStorageSettings(storage, `gridscore-preview:${name}:`);
  const host = new PreviewHost(new MemoryHost(snapshots), settings, mirror);
  return { name, sheets: snapshots.map((s) => s.name), host, save: () => mirror.save() };
}

/** A workbook the user picked: ExcelJS reads it now. */
export async function openWorkbook(
  name: string,
  bytes: ArrayBuffer,
  storage: Storage,
): Promise<PreviewWorkbook> {
  const snapshots = await readSnapshots(await loadExcelJs(bytes));
  return previewWorkbook(name, snapshots, storage, async () => bytes);
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response;
}

/** The bundled sample from its prebuilt snapshots; its .xlsx is fetched only for a download. */
export async function openSample(storage: Storage): Promise<PreviewWorkbook> {
  const data: unknown = await (await fetchOk(SAMPLE.snapshotsUrl)).json();
  const snapshots = parseSnapshots(data, SAMPLE.snapshotsUrl);
  return previewWorkbook(SAMPLE.name, snapshots, storage, async () =>
    (await fetchOk(SAMPLE.xlsxUrl)).arrayBuffer(),
  );
}
