/**
 * What the pane scores with: the rule set's metadata at once (detection needs only the fields,
 * indicators and their header synonyms) and the whole rule set (rules, parameters) when it first scores.
 * The shipped rule set comes this way (shipped-rule-set.ts) so that the pane paints before the engine
 * and zod's schemas are even loaded; a rule set given whole (tests, a variant) is used as it is.
 */
import type { RuleSet } from "../engine";
import type { RuleSetMeta } from "../engine/types";

export interface RuleSetSource {
  meta: RuleSetMeta;
  /** The validated rule set; the same promise every time. */
  load(): Promise<RuleSet>;
}

/** Only what `RuleSetMeta` names, copied out of a rule set (no rules, no parameters). */
export function ruleSetMeta(rs: RuleSetMeta): RuleSetMeta {
  return {
    id: rs.id,
    title: { ...rs.title },
    categories: rs.categories.map((c) => ({ id: c.id, name: { ...c.name }, headers: [...c.headers] })),
    indicators: rs.indicators.map((i) => ({
      id: i.id,
      category: i.category,
      name: { ...i.name },
      headers: [...i.headers],
      weight: i.weight,
      bonus: i.bonus,
    })),
    fields: rs.fields.map((f) => ({
      id: f.id,
      type: f.type,
      name: { ...f.name },
      group: f.group,
      headers: [...f.headers],
      optional: f.optional,
    })),
  };
}

export function isRuleSetSource(rs: RuleSet | RuleSetSource): rs is RuleSetSource {
  return "meta" in rs && "load" in rs;
}

/** A source for a rule set already loaded (its own metadata; loading returns it). */
export function loadedRuleSet(rs: RuleSet): RuleSetSource {
  const loaded = Promise.resolve(rs);
  return { meta: rs, load: () => loaded };
}
