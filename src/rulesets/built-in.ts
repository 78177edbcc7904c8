/**
 * The built-in rule set: the one GridScore scores with when it is given no other. Kept apart from
 * `index.ts` so that a bundle that needs only this one (the pane's scoring chunk) holds no other month.
 */
import { parseRuleSet } from "../engine/ruleset";
import data from "./xiaoshan-2014-05.json";

/** The raw data of `xiaoshan-2014-05` (for tests that break it on purpose). */
export const xiaoshan201405Data: unknown = data;

/** The shipped rule set `xiaoshan-2014-05`, validated and bound at load. */
export const xiaoshan201405 = parseRuleSet(data);
