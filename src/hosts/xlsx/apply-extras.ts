/**
 * The parts of a WritePlan beyond cells, applied after them: in-cell drop-down lists (an .xlsx
 * `dataValidation` of type list whose source is a range of the same sheet) and column widths.
 * As in Excel, where clearing a range removes its data validation, the lists inside the plan's
 * cleared rectangles go first.
 */
import type { Worksheet } from "exceljs";
import { cellAddress, parseCellAddress, rectAddress } from "../../sheet/address";
import type { WritePlan } from "../../sheet/types";
import { inside } from "../rect";

/** ExcelJS keeps a sheet's data validations by single-cell A1 address (ranges are expanded on load). */
interface Validations {
  model: Record<string, unknown>;
}

export function applyExtras(ws: Worksheet, plan: WritePlan): void {
  const validations = (ws as unknown as { dataValidations: Validations }).dataValidations;
  for (const address of Object.keys(validations.model)) {
    const at = parseCellAddress(address);
    if (at && plan.clear.some((r) => inside({ top: at.row, left: at.col, bottom: at.row, right: at.col }, r)))
      delete validations.model[address];
  }
  for (const { rect, source } of plan.validations ?? []) {
    const formula = rectAddress(source)
      .split(":")
      .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
      .join(":");
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
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
}
