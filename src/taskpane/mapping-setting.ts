/**
 * The user's column corrections, remembered in the workbook (Office settings) or, in the preview, in
 * localStorage. What comes back is untrusted: it is validated, and a damaged or foreign value is reported
 * and ignored, never used.
 */
import { z } from "zod";
import type { SettingsStore } from "../hosts/interactive";
import type { MappingOverride } from "../sheet/detection";

export const MAPPING_KEY = "gridscore.mapping";

const storedMapping = z.object({
  app: z.literal("GridScore"),
  version: z.literal(1),
  ruleSet: z.string().min(1),
  /** Field id → column letters. */
  columns: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.string().regex(/^[A-Z]{1,3}$/)),
});

export type StoredMapping = z.infer<typeof storedMapping>;

export type MappingRead =
  | { status: "none"; mapping: MappingOverride }
  | { status: "ok"; mapping: MappingOverride }
  | { status: "damaged"; mapping: MappingOverride; reason: string };

export async function readMapping(store: SettingsStore, ruleSetId: string): Promise<MappingRead> {
  const raw = await store.read(MAPPING_KEY);
  if (raw === undefined || raw === null) return { status: "none", mapping: {} };
  const parsed = storedMapping.safeParse(raw);
  if (!parsed.success) return { status: "damaged", mapping: {}, reason: z.prettifyError(parsed.error) };
  if (parsed.data.ruleSet !== ruleSetId) {
    return {
      status: "damaged",
      mapping: {},
      reason: `saved for rule set ${parsed.data.ruleSet}, not ${ruleSetId}`,
    };
  }
  return { status: "ok", mapping: parsed.data.columns };
}

export async function writeMapping(
  store: SettingsStore,
  ruleSetId: string,
  mapping: MappingOverride,
): Promise<void> {
  const value: StoredMapping = { app: "GridScore", version: 1, ruleSet: ruleSetId, columns: { ...mapping } };
  await store.write(MAPPING_KEY, value);
}
