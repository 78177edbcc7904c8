/**
 * A workbook's sheets as snapshots: what the preview's grid and memory host start from. The bundled
 * sample ships them prebuilt as JSON (read from the .xlsx by the ExcelJS host at build time), so the
 * preview's first paint needs no ExcelJS; a JSON file that is not a list of snapshots is refused.
 */
import type { CellValue, Rect, SheetComment, SheetSnapshot, WorkbookHost } from "../sheet/types";

/**
 * Checked by hand, not with a zod schema: the sample's few thousand cells are read on the way to the
 * preview's first paint, where a schema's per-value parse is the slow part.
 */
class NotSnapshots extends Error {}

function fail(path: string, expected: string): never {
  throw new NotSnapshots(`${path || "(root)"}: expected ${expected}`);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function num(x: unknown, path: string): number {
  return typeof x === "number" ? x : fail(path, "a number");
}

function str(x: unknown, path: string): string {
  return typeof x === "string" ? x : fail(path, "a string");
}

function list<T>(x: unknown, path: string, item: (x: unknown, path: string) => T): T[] {
  if (!Array.isArray(x)) fail(path, "an array");
  return x.map((v, i) => item(v, `${path}[${i}]`));
}

function cell(x: unknown, path: string): CellValue {
  if (x === null || typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  if (isRecord(x) && typeof x.error === "string") return { error: x.error };
  return fail(path, "a cell value");
}

function rect(x: unknown, path: string): Rect {
  if (!isRecord(x)) fail(path, "a range");
  return {
    top: num(x.top, `${path}.top`),
    left: num(x.left, `${path}.left`),
    bottom: num(x.bottom, `${path}.bottom`),
    right: num(x.right, `${path}.right`),
  };
}

function comments(x: unknown, path: string): Record<string, SheetComment> {
  if (!isRecord(x)) fail(path, "an object");
  const out: Record<string, SheetComment> = {};
  for (const [address, c] of Object.entries(x)) {
    const at = `${path}.${address}`;
    if (!isRecord(c)) fail(at, "a comment");
    if (typeof c.ours !== "boolean") fail(`${at}.ours`, "a boolean");
    out[address] = { text: str(c.text, `${at}.text`), ours: c.ours };
  }
  return out;
}

function snapshot(x: unknown, path: string): SheetSnapshot {
  if (!isRecord(x)) fail(path, "a sheet snapshot");
  const rows = <T>(key: string, item: (x: unknown, path: string) => T): T[][] =>
    list(x[key], `${path}.${key}`, (row, at) => list(row, at, item));
  return {
    name: str(x.name, `${path}.name`),
    rowCount: num(x.rowCount, `${path}.rowCount`),
    colCount: num(x.colCount, `${path}.colCount`),
    values: rows("values", cell),
    text: rows("text", str),
    numberFormats: rows("numberFormats", str),
    merges: list(x.merges, `${path}.merges`, rect),
    comments: comments(x.comments, `${path}.comments`),
  };
}

/** Every sheet of a workbook, in order. */
export async function readSnapshots(host: WorkbookHost): Promise<SheetSnapshot[]> {
  const names = await host.listSheets();
  return Promise.all(names.map((name) => host.readSheet(name)));
}

/** Snapshots read back from JSON; throws when the data is not a list of sheet snapshots. */
export function parseSnapshots(data: unknown, source: string): SheetSnapshot[] {
  try {
    const sheets = list(data, "", snapshot);
    if (sheets.length === 0) fail("", "at least one sheet");
    return sheets;
  } catch (error) {
    if (!(error instanceof NotSnapshots)) throw error;
    throw new Error(`${source}: not a list of sheet snapshots (${error.message})`);
  }
}
