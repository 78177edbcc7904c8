/**
 * The user's column corrections, remembered in the workbook (Office settings) or, in the preview, in
 * localStorage. What comes back is untrusted: it is validated, and a damaged or foreign value is reported
 * and ignored, never used. Checked by hand (five properties): the pane reads it before its first paint,
 * which then needs no zod (zod loads with the engine, to score).
 */
import type { SettingsStore } from "../hosts/interactive";
import type { MappingOverride } from "../sheet/detection";

export const MAPPING_KEY = "gridscore.mapping";

export interface StoredMapping {
  app: "GridScore";
  version: 1;
  ruleSet: string;
  /** Field id → column letters. */
  columns: Record<string, string>;
}

const FIELD_ID = /^[A-Za-z][A-Za-z0-9]*$/;
const COLUMN = /^[A-Z]{1,3}$/;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** What is wrong with a stored value (each problem with its path), or the mapping when nothing is. */
function checkStored(raw: unknown): { ok: true; value: StoredMapping } | { ok: false; problems: string[] } {
  if (!isRecord(raw)) return { ok: false, problems: ["(root): expected an object"] };
  const problems: string[] = [];
  if (raw.app !== "GridScore") problems.push(`app: expected "GridScore", found ${JSON.stringify(raw.app)}`);
  if (raw.version !== 1) problems.push(`version: expected 1, found ${JSON.stringify(raw.version)}`);
  if (typeof raw.ruleSet !== "string" || raw.ruleSet === "") problems.push("ruleSet: expected a rule set id");
  const columns: Record<string, string> = {};
  if (!isRecord(raw.columns)) problems.push("columns: expected an object");
  else
    for (const [field, column] of Object.entries(raw.columns)) {
      if (!FIELD_ID.test(field)) problems.push(`columns: ${JSON.stringify(field)} is not a field id`);
      else if (typeof column !== "string" || !COLUMN.test(column))
        problems.push(
          `columns.${field}: expected column letters (A to ZZZ), found ${JSON.stringify(column)}`,
        );
      else columns[field] = column;
    }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { app: "GridScore", version: 1, ruleSet: raw.ruleSet as string, columns } };
}

export type MappingRead =
  | { status: "none"; mapping: MappingOverride }
  | { status: "ok"; mapping: MappingOverride }
  | { status: "damaged"; mapping: MappingOverride; reason: string };

export async function readMapping(store: SettingsStore, ruleSetId: string): Promise<MappingRead> {
  const raw = await store.read(MAPPING_KEY);
  if (raw === undefined || raw === null) return { status: "none", mapping: {} };
  const checked = checkStored(raw);
  if (!checked.ok) return { status: "damaged", mapping: {}, reason: checked.problems.join("\n") };
  if (checked.value.ruleSet !== ruleSetId) {
    return {
      status: "damaged",
      mapping: {},
      reason: `saved for rule set ${checked.value.ruleSet}, not ${ruleSetId}`,
    };
  }
  return { status: "ok", mapping: checked.value.columns };
}

export async function writeMapping(
  store: SettingsStore,
  ruleSetId: string,
  mapping: MappingOverride,
): Promise<void> {
  const value: StoredMapping = { app: "GridScore", version: 1, ruleSet: ruleSetId, columns: { ...mapping } };
  await store.write(MAPPING_KEY, value);
}
