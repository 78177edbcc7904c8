/**
 * Binding: every `{ param: name }` in the rules is replaced by the parameter's value, the result is
 * validated again (so a parameter of the wrong type or an unknown word is caught where it is used), and
 * the bound rules are cached per rule set. Evaluation only ever sees bound rules.
 */
import type { FieldType } from "./types";
import { type FieldDecl, declOf } from "./context";
import type { RuleFn } from "./compile";
import type { Measure, Rule } from "./nodes";
import { isRateMeasure } from "./measure-unit";
import { compiler, measureKindOf, refs, ruleKindOf, ruleKinds } from "./rule";
import type { RuleSet } from "./ruleset-schema";
import { RuleSetError } from "./errors";
import { isParamRef } from "./params";
import { walkNodes } from "./walk";
import { PathNode, ReadNode } from "./path";

export interface BoundIndicator {
  id: string;
  weight: number;
  bonus: boolean;
  rule: Rule;
  /** Every field the rule can read, whichever branch applies (all are checked for problems). */
  fieldsUsed: readonly string[];
  /** The root of the tree of paths its evaluations take (see path.ts). */
  paths: PathNode;
  /** The root of the tree of fields its evaluations read (see path.ts; slots are this rule set's). */
  reads: ReadNode;
  /** The rule compiled into closures (see compile.ts). */
  run: RuleFn;
  /** The declarations of `fieldsUsed`. */
  declsUsed: readonly FieldDecl[];
}

/**
 * Fields a rule may read, whichever branch applies (all are checked for problems), in the order each
 * kind reads them (`mayEvaluate`, `ownFields`); a first-present measure's fallbacks count only when
 * used (they are optional).
 */
function fieldsOf(rule: Rule): string[] {
  const found = new Set<string>();
  const measure = (m: Measure): void => {
    const kind = measureKindOf(m);
    for (const f of kind.ownFields(m)) found.add(f);
    for (const x of kind.alwaysEvaluated(m)) measure(x);
  };
  const visit = (r: Rule): void => {
    for (const { fields = [], measures = [], rules = [] } of ruleKindOf(r).mayEvaluate(r)) {
      for (const f of fields) found.add(f);
      for (const m of measures) measure(m);
      for (const x of rules) visit(x);
    }
  };
  visit(rule);
  return [...found];
}

export interface BoundRuleSet {
  decimals: number;
  /** 10 ** decimals (see `roundHalfAwayBy`). */
  scale: number;
  indicators: BoundIndicator[];
  indicatorById: ReadonlyMap<string, BoundIndicator>;
  /** The position of each indicator (results list them in this order). */
  indexById: ReadonlyMap<string, number>;
  fields: ReadonlyMap<string, FieldDecl>;
  fieldType: (id: string) => FieldType | undefined;
  /** Whether a measure is a rate (shown as percent). */
  isRate: (node: Measure) => boolean;
}

const cache = new WeakMap<RuleSet, BoundRuleSet>();

function substitute(
  node: unknown,
  values: Record<string, number | string>,
  path: string,
  issues: string[],
): unknown {
  if (Array.isArray(node)) return node.map((x, i) => substitute(x, values, `${path}[${i}]`, issues));
  if (typeof node !== "object" || node === null) return node;
  if (isParamRef(node)) {
    const v = values[node.param];
    if (v === undefined) {
      issues.push(`${path}: unknown parameter "${node.param}"`);
      return node;
    }
    return v;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = substitute(v, values, `${path}.${k}`, issues);
  return out;
}

/** The last rule set bound (scoring and explaining ask for the same one 150,000 times in a row). */
let last: { rs: RuleSet; bound: BoundRuleSet } | null = null;

export function bindRuleSet(rs: RuleSet): BoundRuleSet {
  if (last !== null && last.rs === rs) return last.bound;
  const known = cache.get(rs);
  if (known) {
    last = { rs, bound: known };
    return known;
  }
  const values: Record<string, number | string> = {};
  for (const [name, def] of Object.entries(rs.parameters)) values[name] = def.value;
  const issues: string[] = [];
  for (const [name, def] of Object.entries(rs.parameters)) {
    if (def.options && !def.options.includes(def.value)) {
      issues.push(`parameters.${name}: value ${JSON.stringify(def.value)} is not one of its options`);
    }
  }
  const bindings = rs.indicators.map((ind, i) => {
    const path = `indicators[${i}].rule`;
    const raw = substitute(ind.rule, values, path, issues);
    const checked = refs.rule.safeParse(raw);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
        issues.push(`${path}${where}: parameter value does not fit here: ${issue.message}`);
      }
    }
    if (checked.success) {
      // What a bound node's schema cannot see, its kind says (`boundProblems`).
      walkNodes(checked.data, path, (node, at) => {
        if (!Object.hasOwn(ruleKinds, node.kind as string)) return;
        const rule = node as unknown as Rule;
        issues.push(...(ruleKindOf(rule).boundProblems?.(rule, at) ?? []));
      });
    }
    return { ind, rule: (checked.data ?? ind.rule) as Rule };
  });
  const decimals = substitute(rs.scoreDecimals, values, "scoreDecimals", issues);
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    issues.push(`scoreDecimals: must be a whole number from 0 to 10`);
  }
  if (issues.length > 0) throw new RuleSetError(issues);
  const fields = new Map<string, FieldDecl>(
    rs.fields.map((f, slot) => [f.id, { id: f.id, type: f.type, optional: f.optional, slot }]),
  );
  const fieldType = (id: string) => fields.get(id)?.type;
  const isRate = (node: Measure) => isRateMeasure(node, fieldType);
  const compile = compiler(isRate, (id) => declOf(fields, id));
  const indicators: BoundIndicator[] = bindings.map(({ ind, rule }) => {
    const fieldsUsed = fieldsOf(rule);
    return {
      id: ind.id,
      weight: ind.weight,
      bonus: ind.bonus,
      rule,
      fieldsUsed,
      paths: new PathNode([]),
      reads: new ReadNode([]),
      run: compile.rule(rule),
      declsUsed: fieldsUsed.map((id) => declOf(fields, id)),
    };
  });
  const bound: BoundRuleSet = {
    decimals: decimals as number,
    scale: 10 ** (decimals as number),
    indicators,
    indicatorById: new Map(indicators.map((ind) => [ind.id, ind])),
    indexById: new Map(indicators.map((ind, i) => [ind.id, i])),
    fields,
    fieldType,
    isRate,
  };
  cache.set(rs, bound);
  last = { rs, bound };
  return bound;
}
