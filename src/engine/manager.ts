/** Builds a ManagerInput from plain values (tests, the bench, generated data). */
import type { FieldInput, ManagerInput } from "./types";

export type PlainValue = number | readonly number[] | string | null | undefined;

/**
 * `values` maps field id → parsed value (rates as fractions: 0.85). `undefined` leaves the field out
 * (as if the sheet had no column); null is a blank cell. Cells are left empty ("").
 */
export function managerFromValues(
  region: string,
  name: string,
  values: Readonly<Record<string, PlainValue>>,
  row = 0,
): ManagerInput {
  const fields: Record<string, FieldInput> = {};
  for (const [id, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const text = value === null ? "" : Array.isArray(value) ? value.join(",") : String(value);
    fields[id] = { value, cell: "", text };
  }
  return { row, region, name, fields };
}
