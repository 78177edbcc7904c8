/**
 * A tiny in-memory snapshot builder (tests, the memory host, the preview): rows of plain values,
 * merges as A1 ranges, notes by address.
 */
import { parseRangeAddress } from "./address";
import { isOurNote } from "./marker";
import type { CellError, CellValue, Rect, SheetComment, SheetSnapshot } from "./types";

/** A plain value, or a value with its number format and/or display text. */
export type CellSpec = CellValue | { value: CellValue; format?: string; text?: string };

export interface SnapshotSpec {
  merges?: ReadonlyArray<string | Rect>;
  /** Note text by A1 address; ours when it starts with the marker. */
  notes?: Readonly<Record<string, string>>;
}

function isSpecObject(c: CellSpec): c is { value: CellValue; format?: string; text?: string } {
  return c !== null && typeof c === "object" && !("error" in c);
}

/** Display text the way a spreadsheet shows a value under a format (enough for General, 0.0%, 0.00). */
export function displayText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "object") return (value as CellError).error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const pct = /^0(?:\.(0+))?%$/.exec(format);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(format);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

export function buildSnapshot(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellSpec>>,
  spec: SnapshotSpec = {},
): SheetSnapshot {
  const merges: Rect[] = (spec.merges ?? []).map((m) => {
    if (typeof m !== "string") return m;
    const r = parseRangeAddress(m);
    if (!r) throw new RangeError(`buildSnapshot: not a range address: ${m}`);
    return r;
  });
  let colCount = 0;
  for (const row of rows) colCount = Math.max(colCount, row.length);
  for (const m of merges) colCount = Math.max(colCount, m.right + 1);
  const rowCount = Math.max(rows.length, ...merges.map((m) => m.bottom + 1), 0);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const v: CellValue[] = new Array<CellValue>(colCount).fill(null);
    const t: string[] = new Array<string>(colCount).fill("");
    const f: string[] = new Array<string>(colCount).fill("General");
    const src = rows[r] ?? [];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (isSpecObject(cell)) {
        v[c] = cell.value;
        f[c] = cell.format ?? "General";
        t[c] = cell.text ?? displayText(cell.value, f[c]);
      } else {
        v[c] = cell;
        t[c] = displayText(cell, "General");
      }
    }
    values.push(v);
    text.push(t);
    numberFormats.push(f);
  }
  const comments: Record<string, SheetComment> = {};
  for (const [addr, note] of Object.entries(spec.notes ?? {}))
    comments[addr] = { text: note, ours: isOurNote(note) };
  return { name, rowCount, colCount, values, text, numberFormats, merges, comments };
}
