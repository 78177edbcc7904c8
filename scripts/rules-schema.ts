/** Writes src/rulesets/ruleset.schema.json from the rule set's zod schema (`npm run rules:schema`). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { ruleSetJsonSchema } from "../src/engine/ruleset-json-schema";

async function main(): Promise<void> {
  const out = resolve(__dirname, "../src/rulesets/ruleset.schema.json");
  // Formatted as the rest of the repository is (prettier), so `npm run lint` accepts it as written.
  const options = { ...(await resolveConfig(out)), filepath: out };
  writeFileSync(out, await format(JSON.stringify(ruleSetJsonSchema()), options));
  console.log(`wrote ${out}`);
}

void main();
