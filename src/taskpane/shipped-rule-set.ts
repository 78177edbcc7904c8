/** The shipped rule set `xiaoshan-2014-05` for the pane: metadata inlined at build time, rules on first score. */
import type { RuleSet } from "../engine";
import { loadScoring } from "./load-scoring";
import type { RuleSetSource } from "./rule-set-source";
import { shippedMeta } from "./shipped-meta";

let loading: Promise<RuleSet> | null = null;

export const shippedRuleSet: RuleSetSource = {
  meta: shippedMeta,
  load: () => (loading ??= loadScoring().then((m) => m.xiaoshan201405)),
};
