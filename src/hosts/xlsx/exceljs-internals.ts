/**
 * The two places where the ExcelJS host reaches past ExcelJS's public API (pinned to exceljs 4.x):
 * - a worksheet's merged areas (`_merges`), which the public API can only rebuild by visiting every
 *   cell;
 * - removing a cell's note (`_comment`): assigning `cell.note = undefined` leaves an empty note
 *   behind that is still written to the file.
 * The contract suite and test/hosts/xlsx/exceljs-host.test.ts fail if either changes meaning.
 */
import type ExcelJS from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import type { Rect } from "../../sheet/types";

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The worksheet's merged areas, 0-based. */
export function mergedAreas(ws: Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeRange | undefined> })._merges;
  const out: Rect[] = [];
  for (const m of Object.values(merges)) {
    if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

export function removeNote(cell: Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** A note's plain text (a note is a string or rich text runs). */
export function noteText(cell: Cell): string | undefined {
  const note = cell.note as string | { texts?: Array<{ text?: string }> } | undefined;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

/** A style that sets nothing (ExcelJS leaves some keys present but undefined). */
export function isEmptyStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) if (style[key as keyof ExcelJS.Style] !== undefined) return false;
  return true;
}
