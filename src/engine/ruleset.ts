/**
 * A rule set as data: parameters, categories, indicators with their rules, and fields. Validated with
 * zod (the schema is in ruleset-schema.ts); `parseRuleSet` also binds the parameters (see bind.ts) so
 * that a bad reference is caught here.
 */
import { type RuleSet, ruleSetSchema } from "./ruleset-schema";
import { bindRuleSet } from "./bind";
import { RuleSetError } from "./errors";

export { RuleSetError, ruleSetSchema };
export type { FieldDef, Indicator, ParameterDef, RuleSet, RuleSetCase } from "./ruleset-schema";

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/** Validates rule-set data (and its parameter references); throws RuleSetError. */
export function parseRuleSet(data: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    throw new RuleSetError(parsed.error.issues.map((i) => `${pathText(i.path) || "(root)"}: ${i.message}`));
  }
  bindRuleSet(parsed.data);
  return parsed.data;
}

/** The same rule set with some parameters changed (validated again). */
export function withParameters(rs: RuleSet, values: Record<string, number | string>): RuleSet {
  const parameters = { ...rs.parameters };
  for (const [name, value] of Object.entries(values)) {
    const def = parameters[name];
    if (def === undefined) throw new RuleSetError([`parameters.${name}: no such parameter`]);
    parameters[name] = { ...def, value };
  }
  return parseRuleSet({ ...rs, parameters });
}
