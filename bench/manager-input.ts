/**
 * Generated managers as engine `ManagerInput`s, with the cell addresses of the reference template
 * (fields from column D, managers from row 6) so explanations cite cells as they would on a sheet.
 * Unusable cells become fields with an input problem, as the sheet parser would report them.
 */
import { managerFromValues } from "../src/engine";
import type { FieldInput, InputProblem, ManagerInput } from "../src/engine/types";
import { cellAddress } from "../src/sheet/address";
import { FIELD_ORDER, FIRST_FIELD_COLUMN, FIRST_MANAGER_ROW, type GeneratedManager } from "./generate";

const COLUMN_OF = new Map<string, number>(FIELD_ORDER.map((field, i) => [field, FIRST_FIELD_COLUMN + i]));

function unusableField(field: string, cell: string, text: string): FieldInput {
  const problem: InputProblem = {
    cell,
    field,
    found: text,
    expected: "a number",
    code: text.startsWith("#") ? "errorValue" : "notANumber",
  };
  return { value: null, cell, text, problem };
}

/** The `index`-th generated manager (0-based) as the sheet parser would hand it to the engine. */
export function toManagerInput(manager: GeneratedManager, index: number): ManagerInput {
  const row = FIRST_MANAGER_ROW + index;
  const parsed = managerFromValues(manager.region, manager.name, manager.values, row);
  const fields: Record<string, FieldInput> = {};
  for (const [field, input] of Object.entries(parsed.fields)) {
    if (input === undefined) continue;
    const cell = cellAddress(row - 1, COLUMN_OF.get(field) ?? 0);
    const text = manager.unusable[field];
    fields[field] = text === undefined ? { ...input, cell } : unusableField(field, cell, text);
  }
  return { ...parsed, fields };
}
