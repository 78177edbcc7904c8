/** Shared pieces of the rule-set schema that kind files build on (without importing each other). */
import { z } from "zod";
import type { Localized } from "./types";
import type { Measure, Rule } from "./nodes";

export interface SchemaRefs {
  rule: z.ZodType<Rule>;
  measure: z.ZodType<Measure>;
}

export const localizedSchema: z.ZodType<Localized> = z.strictObject({
  "zh-CN": z.string().min(1),
  en: z.string().min(1),
});

/** An optional display name for a measure or a part ("完成率", "等效家数 E"). */
export const labelSchema = localizedSchema.optional();
