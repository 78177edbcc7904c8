/**
 * Whether a formula reads an input cell the way the engine read it. A number, a blank and anything the
 * engine cannot use either (`八十`, `#N/A`, TRUE) read alike: the formula and the engine agree on the
 * value or on "not scored". Text the engine reads as a number (`1,234`, `８０％`, `12万`, a list of
 * amounts) is a number to the engine but text to a formula: such a cell must be retyped to go live.
 */
import type { FieldInput, FieldType } from "../engine/types";
import type { CellValue } from "../sheet/types";
import { PERCENT_POINTS_ABOVE } from "./fields";

/** Problems a formula detects on a number cell too. */
const FORMULA_DETECTS = new Set(["negative", "notWhole"]);

function sameReading(type: FieldType, raw: number, value: FieldInput["value"]): boolean {
  if (Array.isArray(value)) return value.length === 1 && value[0] === raw;
  if (typeof value !== "number") return false;
  if (type !== "rate") return value === raw;
  const read = raw > PERCENT_POINTS_ABOVE ? raw / 100 : raw;
  return Math.abs(read - value) <= Math.abs(value) * 1e-14;
}

export function formulaReadsAlike(type: FieldType, raw: CellValue, input: FieldInput): boolean {
  if (raw === null) return true;
  if (typeof raw === "number") {
    if (input.problem) return FORMULA_DETECTS.has(input.problem.code);
    return sameReading(type, raw, input.value);
  }
  if (typeof raw === "string") return raw.trim() !== "" && input.problem !== undefined;
  return input.problem !== undefined; // an error value or a boolean: not scored either way
}
