/**
 * The JSON Schema of a rule-set file, generated from the zod schema (one source): committed as
 * src/rulesets/ruleset.schema.json so that an editor validates and completes a rule set as it is typed.
 * `npm run rules:schema` writes it again; a test checks that the committed file is current.
 */
import { z } from "zod";
import { ruleSetSchema } from "./ruleset";

/** The JSON Schema (draft 2020-12) of what a rule-set file may hold. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ruleSetSchema, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    title: "GridScore rule set",
    description:
      "A month's scoring rules: indicators, their rules and weights, fields, parameters and cases.",
  };
}
