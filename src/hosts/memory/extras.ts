/**
 * What the memory host keeps of a plan beyond values, formats, merges, styles and notes: in-cell
 * drop-down lists and column widths. A plan that carries drop-downs first removes the old ones inside
 * its cleared rectangles (as the Office.js host does with DataValidation.clear), then adds its own.
 */
import type { Rect, SheetSnapshot, WritePlan } from "../../sheet/types";
import { overlaps } from "../rect";

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
  if (plan.validations !== undefined)
    extras.validations = extras.validations.filter((v) => !plan.clear.some((c) => overlaps(v.rect, c)));
  for (const v of plan.validations ?? []) {
    extras.validations = extras.validations.filter((old) => !overlaps(old.rect, v.rect));
    extras.validations.push({ rect: { ...v.rect }, source: { ...v.source } });
  }
  for (const { col, width } of plan.columnWidths ?? []) extras.columnWidths.set(col, width);
}
