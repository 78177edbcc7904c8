/**
 * The rule sets shipped with GridScore: one JSON file each in this folder (its `$schema` is
 * `ruleset.schema.json`, so an editor validates and completes it), parsed when first asked for.
 */
import { parseRuleSet, type RuleSet } from "../engine/ruleset";
import { xiaoshan201405, xiaoshan201405Data } from "./built-in";
import example201406 from "./example-2014-06.json";

export { xiaoshan201405, xiaoshan201405Data };

export interface ShippedRuleSet {
  id: string;
  /** The file's name in src/rulesets/. */
  file: string;
  /** The file's content as read (not yet validated). */
  data: unknown;
}

export const shippedRuleSets: readonly ShippedRuleSet[] = [
  { id: "xiaoshan-2014-05", file: "xiaoshan-2014-05.json", data: xiaoshan201405Data },
  { id: "example-2014-06", file: "example-2014-06.json", data: example201406 },
];

const parsed = new Map<string, RuleSet>([[xiaoshan201405.id, xiaoshan201405]]);

/** A shipped rule set by id, validated on first use; undefined when none has that id. */
export function shippedRuleSet(id: string): RuleSet | undefined {
  const known = parsed.get(id);
  if (known !== undefined) return known;
  const entry = shippedRuleSets.find((s) => s.id === id);
  if (entry === undefined) return undefined;
  const rs = parseRuleSet(entry.data);
  parsed.set(id, rs);
  return rs;
}
