/** Finds a number of the rules sheet by where it sits in the rule set, not by its position. */
import { xiaoshan201405, type RuleSet } from "../../src/engine";
import { extractNumbers } from "../../src/rules/numbers";

/** The id (N1, N2, …) of the rules sheet's number at a rule-set path, as the sheet writer numbers them. */
export function numberId(path: string, rs: RuleSet = xiaoshan201405): string {
  const found = extractNumbers(rs).numbers.find((n) => n.path === path);
  if (found === undefined) throw new Error(`no number at ${path}`);
  return found.id;
}

/** groupProduct's points per net new group (3 in May). */
export const GROUP_PRODUCT_POINTS = "indicators[1].rule.points";
/** groupBuild's bands: ≥ 100% full; 80%–100% proportional; below 80% (May). */
export const GROUP_BUILD_PROPORTIONAL_FROM = "indicators[3].rule.bands[1].from";
export const GROUP_BUILD_LOWEST_TO = "indicators[3].rule.bands[2].to";
