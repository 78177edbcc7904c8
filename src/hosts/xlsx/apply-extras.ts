/**
 * The parts of a WritePlan beyond cells, applied after them: in-cell drop-down lists (an .xlsx
 * `dataValidation` of type list whose source is a range of the same sheet) and column widths.
 * A plan that carries drop-downs first removes the old ones inside its cleared rectangles (as the
 * Office.js host does with DataValidation.clear).
 */
import type { Worksheet } from "exceljs";
import { cellAddress, parseCellAddress } from "../../sheet/address";
import { absoluteRange } from "../absolute-range";
import type { WritePlan } from "../../sheet/types";
import { inside } from "../rect";

/** ExcelJS keeps a sheet's data validations by single-cell A1 address (ranges are expanded on load). */
interface Validations {
  model: Record<string, unknown>;
}

export function applyExtras(ws: Worksheet, plan: WritePlan): void {
  const validations = (ws as unknown as { dataValidations: Validations }).dataValidations;
  if (plan.validations === undefined) return applyWidths(ws, plan);
  for (const address of Object.keys(validations.model)) {
    const at = parseCellAddress(address);
    if (at && plan.clear.some((r) => inside({ top: at.row, left: at.col, bottom: at.row, right: at.col }, r)))
      delete validations.model[address];
  }
  for (const { rect, source } of plan.validations ?? []) {
    const formula = absoluteRange(source);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        validations.model[cellAddress(r, c)] = {
          type: "list",
          allowBlank: false,
          showErrorMessage: true,
          formulae: [formula],
        };
      }
    }
  }
  applyWidths(ws, plan);
}

function applyWidths(ws: Worksheet, plan: WritePlan): void {
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
}
