// Every shipped rule set: valid against its committed JSON Schema, silent under the checker, and true to
// its own cases (the worked examples travel inside the rule set and are run here, one test for all).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { checkRuleSet, parseRuleSet } from "../../src/engine";
import { ruleSetJsonSchema } from "../../src/engine/ruleset-json-schema";
import { runCases } from "../../src/rules/cases";
import { shippedRuleSet, shippedRuleSets } from "../../src/rulesets";

const DIR = resolve(__dirname, "../../src/rulesets");
const committedSchema = JSON.parse(readFileSync(resolve(DIR, "ruleset.schema.json"), "utf8"));

test("the committed JSON Schema is the one generated from the zod schema (npm run rules:schema)", () => {
  expect(committedSchema).toEqual(ruleSetJsonSchema());
});

describe.each(shippedRuleSets.map((s) => [s.file, s] as const))("%s", (file, shipped) => {
  const data = JSON.parse(readFileSync(resolve(DIR, file), "utf8"));

  test("is the data the index ships, with the id of its file name and the schema for editors", () => {
    expect(shipped.data).toEqual(data);
    expect(`${data.id}.json`).toBe(file);
    expect(data.$schema).toBe("./ruleset.schema.json");
  });

  test("is valid under the committed JSON Schema and the zod schema", () => {
    // Union types ("number or string") are what zod's schema says; ajv's strict mode asks to allow them.
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(committedSchema);
    expect(validate(data) || validate.errors).toBe(true);
    expect(validate({ ...data, month: "May" })).toBe(false);
    expect(parseRuleSet(data).id).toBe(shipped.id);
  });

  test("the checker finds nothing to say", () => {
    expect(checkRuleSet(parseRuleSet(data))).toEqual([]);
  });

  test("carries cases, and every case scores as it says", () => {
    const rs = shippedRuleSet(shipped.id);
    if (rs === undefined) throw new Error(`${shipped.id} is not shipped`);
    const outcomes = runCases(rs);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes)
      expect({ name: o.name, faults: o.faults, checks: o.checks.filter((c) => !c.ok) }).toEqual({
        name: o.name,
        faults: [],
        checks: [],
      });
  });
});
