// The kind registry says, per kind, what a rule may read. Checked against a plain walk of the data: every
// `field` and `reasonField` anywhere in an indicator's rule is among the fields the engine checks for
// problems (a first-present measure's fallbacks aside: they are optional and read only when used).
import { bindRuleSet } from "../../src/engine/bind";
import { shippedRuleSet, shippedRuleSets } from "../../src/rulesets";

function fieldsInData(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const x of node) fieldsInData(x, found);
  else if (typeof node === "object" && node !== null) {
    const obj = node as Record<string, unknown>;
    if (obj.kind === "firstPresent" && Array.isArray(obj.of)) return fieldsInData(obj.of[0], found);
    for (const key of ["field", "reasonField"])
      if (typeof obj[key] === "string") found.add(obj[key] as string);
    for (const v of Object.values(obj)) fieldsInData(v, found);
  }
  return found;
}

describe.each(shippedRuleSets.map((s) => s.id))("%s", (id) => {
  const rs = shippedRuleSet(id);
  if (rs === undefined) throw new Error(`${id} is not shipped`);
  test.each(bindRuleSet(rs).indicators.map((i) => [i.id, i] as const))(
    "%s: the fields the kinds say it may read are the fields its data names",
    (_id, indicator) => {
      expect([...indicator.fieldsUsed].sort()).toEqual([...fieldsInData(indicator.rule, new Set())].sort());
    },
  );
});
