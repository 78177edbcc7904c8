/**
 * What the memory host keeps of a plan beyond values, formats, merges, styles and notes: in-cell
 * drop-down lists and column widths. As in Excel, a drop-down belongs to its cells: clearing a
 * range (Excel's Range.clear "All"/"Formats" removes data validation) removes the lists inside it
 * before the plan's new ones are added.
 */
import type { Rect, SheetSnapshot, WritePlan } from "../sheet/types";
import { inside } from "./rect";

export interface SheetExtras {
  validations: Array<{ rect: Rect; source: Rect }>;
  columnWidths: Map<number, number>;
}

export function emptySnapshot(name: string): SheetSnapshot {
  return {
    name,
    rowCount: 0,
    colCount: 0,
    values: [],
    text: [],
    numberFormats: [],
    merges: [],
    comments: {},
  };
}

export function applyExtras(extras: SheetExtras, plan: WritePlan): void {
  extras.validations = extras.validations.filter((v) => !plan.clear.some((c) => inside(v.rect, c)));
  for (const v of plan.validations ?? []) {
    extras.validations = extras.validations.filter((old) => !inside(old.rect, v.rect));
    extras.validations.push({ rect: { ...v.rect }, source: { ...v.source } });
  }
  for (const { col, width } of plan.columnWidths ?? []) extras.columnWidths.set(col, width);
}
