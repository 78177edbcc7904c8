/**
 * A rule set as data: the zod schema of parameters, categories, indicators with their rules, fields and
 * cases, and the types inferred from it. `ruleset.ts` parses with it (and binds the parameters).
 */
import { z } from "zod";
import type { RuleSetMeta } from "./types";
import { localizedSchema } from "./schema-refs";
import { numP } from "./params";
import { refs } from "./rule";

const fieldTypeSchema = z.enum(["count", "netCount", "amount", "amountList", "rate", "points", "text"]);

const parameterSchema = z.strictObject({
  value: z.union([z.number(), z.string()]),
  /** The values a branch may choose from (for a word-valued parameter). */
  options: z.array(z.union([z.number(), z.string()])).optional(),
  description: localizedSchema,
});

/** A field's value in a test case: a number, a list of amounts, a text, or null for a blank cell. */
const caseValueSchema = z.union([z.number(), z.array(z.number()), z.string(), z.null()]);

/**
 * A worked example carried by the rule set: a manager's inputs (fields left out are absent) and the
 * score each listed indicator must get, optionally under other parameter values.
 */
const caseSchema = z.strictObject({
  name: localizedSchema,
  parameters: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  inputs: z.record(z.string(), caseValueSchema),
  expected: z.record(z.string(), z.number()),
});

export const ruleSetSchema = z.strictObject({
  /** The JSON Schema an editor validates the file with (ruleset.schema.json). */
  $schema: z.string().optional(),
  id: z.string().min(1),
  /** The month the rules apply to, "YYYY-MM". */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected a month as YYYY-MM" }),
  title: localizedSchema,
  /** Decimals of the one rounding per indicator (ROUND half away from zero). */
  scoreDecimals: numP,
  parameters: z.record(z.string(), parameterSchema),
  categories: z.array(
    z.strictObject({ id: z.string().min(1), name: localizedSchema, headers: z.array(z.string().min(1)) }),
  ),
  indicators: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        category: z.string().min(1),
        name: localizedSchema,
        headers: z.array(z.string().min(1)),
        weight: z.number(),
        bonus: z.boolean(),
        rule: refs.rule,
      }),
    )
    .min(1),
  fields: z.array(
    z.strictObject({
      id: z.string().min(1),
      type: fieldTypeSchema,
      name: localizedSchema,
      group: z.string().min(1),
      headers: z.array(z.string().min(1)),
      optional: z.boolean(),
    }),
  ),
  /** Worked examples run by `gridscore rules test` and by the tests over every shipped rule set. */
  cases: z.array(caseSchema).optional(),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type Indicator = RuleSet["indicators"][number];
export type FieldDef = RuleSet["fields"][number];
export type ParameterDef = RuleSet["parameters"][string];
export type RuleSetCase = NonNullable<RuleSet["cases"]>[number];

// The sheet pipeline codes against RuleSetMeta: keep the inferred type assignable to it.
const _assignable: (rs: RuleSet) => RuleSetMeta = (rs) => rs;
void _assignable;
