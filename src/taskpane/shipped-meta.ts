/**
 * The shipped rule set's metadata. At build time webpack replaces this module by its value, computed
 * here from the engine's parsed (validated) rule set (webpack.config.js, bin/prebuilt-loader.cjs): the
 * pane's bundle then holds the metadata as a literal and no engine code for it. Anywhere else (tests,
 * tsx) it runs as written.
 */
import { xiaoshan201405 } from "../engine";
import type { RuleSetMeta } from "../engine/types";
import { ruleSetMeta } from "./rule-set-source";

export const shippedMeta: RuleSetMeta = ruleSetMeta(xiaoshan201405);
