/**
 * Deterministic bench data: N managers across the seed's five regions, with plausible values for
 * every field of `xiaoshan-2014-05` spread over every band (drawn from its data, draws.ts), plus a
 * few blank required fields and unusable cells. The same managers come out as engine `ManagerInput`s and as plain JSON for ZEN.
 */
import { xiaoshan201405 } from "../src/engine";
import { bindRuleSet } from "../src/engine/bind";
import { drawFieldValues, drawPlan, type FieldValue, type FieldValues } from "./draws";
import { Random } from "./random";

export type { FieldValue, FieldValues } from "./draws";

/** The seed's regions with its head counts (城区 7, 开发区 5, 瓜沥 7, 临浦 5, 义蓬 4 of 28). */
export const REGIONS = ["城区", "开发区", "瓜沥", "临浦", "义蓬"] as const;
const REGION_PATTERN = [7, 5, 7, 5, 4].flatMap((count, r) => Array<string>(count).fill(REGIONS[r]));

/** Every field of the rule set, in its order (the bench workbook's columns, starting at column D). */
export const FIELD_ORDER: readonly string[] = xiaoshan201405.fields.map((f) => f.id);
export const FIRST_FIELD_COLUMN = 3;
export const FIRST_MANAGER_ROW = 6;

/**
 * Fields an indicator cannot be scored without: every field a rule reads that the rule set does not
 * declare optional (a blank here is an input problem).
 */
const optional = new Set(
  xiaoshan201405.fields.filter((f) => f.optional || f.type === "text").map((f) => f.id),
);
export const REQUIRED_FIELDS: readonly string[] = [
  ...new Set(bindRuleSet(xiaoshan201405).indicators.flatMap((i) => i.fieldsUsed)),
].filter((f) => !optional.has(f));

/** What the draws read from the rule set, once. */
const PLAN = drawPlan(xiaoshan201405);

/** Texts found in unusable cells, as staff type them. */
const UNUSABLE_TEXTS = ["八十", "#N/A", "#DIV/0!", "待定", "—"] as const;

export interface GeneratedManager {
  region: string;
  name: string;
  /** Field id → value (blank = null). */
  values: FieldValues;
  /** Field id → the text of a cell no reader can use (its `values` entry is null). */
  unusable: Record<string, string>;
}

export interface GenerateOptions {
  seed?: number;
  /** Share of managers with one unusable cell. */
  unusableShare?: number;
  /** Share of managers with one blank required field. */
  blankShare?: number;
}

/** Invented, obviously synthetic names, unique within the whole set. */
function managerName(index: number): string {
  return `网格经理${String(index + 1).padStart(5, "0")}`;
}

export function generateManagers(count: number, options: GenerateOptions = {}): GeneratedManager[] {
  const { seed = 20140501, unusableShare = 0.03, blankShare = 0.02 } = options;
  const rnd = new Random(seed);
  return Array.from({ length: count }, (_, i) => {
    const values: FieldValues = drawFieldValues(rnd, PLAN);
    const unusable: Record<string, string> = {};
    if (rnd.chance(unusableShare)) {
      const field = rnd.pick(Object.keys(values).filter((f) => f !== "adjustmentReason"));
      unusable[field] = rnd.pick(UNUSABLE_TEXTS);
      values[field] = null;
    }
    if (rnd.chance(blankShare)) values[rnd.pick(REQUIRED_FIELDS)] = null;
    return { region: REGION_PATTERN[i % REGION_PATTERN.length], name: managerName(i), values, unusable };
  });
}

/** The cell content a sheet would hold: the unusable text where there is one, else the value. */
export function cellValue(manager: GeneratedManager, field: string): FieldValue {
  return manager.unusable[field] ?? manager.values[field] ?? null;
}

/** The manager as plain JSON for ZEN: every field with its cell content, plus region and name. */
export function toZenRequest(manager: GeneratedManager): Record<string, FieldValue> {
  const request: Record<string, FieldValue> = { region: manager.region, name: manager.name };
  for (const field of FIELD_ORDER) request[field] = cellValue(manager, field);
  return request;
}
