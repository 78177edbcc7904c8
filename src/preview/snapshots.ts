/**
 * A workbook's sheets as snapshots: what the preview's grid and memory host start from. The bundled
 * sample ships them prebuilt as JSON (read from the .xlsx by the ExcelJS host at build time), so the
 * preview's first paint needs no ExcelJS; a JSON file that is not a list of snapshots is refused.
 */
import { z } from "zod";
import type { SheetSnapshot, WorkbookHost } from "../sheet/types";

const rect = z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() });
const cell = z.union([z.number(), z.string(), z.boolean(), z.null(), z.object({ error: z.string() })]);
const snapshot = z.object({
  name: z.string(),
  rowCount: z.number(),
  colCount: z.number(),
  values: z.array(z.array(cell)),
  text: z.array(z.array(z.string())),
  numberFormats: z.array(z.array(z.string())),
  merges: z.array(rect),
  comments: z.record(z.string(), z.object({ text: z.string(), ours: z.boolean() })),
});
const snapshots = z.array(snapshot).min(1);

/** Every sheet of a workbook, in order. */
export async function readSnapshots(host: WorkbookHost): Promise<SheetSnapshot[]> {
  const names = await host.listSheets();
  return Promise.all(names.map((name) => host.readSheet(name)));
}

/** Snapshots read back from JSON; throws when the data is not a list of sheet snapshots. */
export function parseSnapshots(data: unknown, source: string): SheetSnapshot[] {
  const parsed = snapshots.safeParse(data);
  if (!parsed.success) throw new Error(`${source}: not a list of sheet snapshots (${parsed.error.message})`);
  return parsed.data;
}
