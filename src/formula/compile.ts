/**
 * The compiler's entry: a rule set (bound to its parameters) and the fields a sheet has → one formula
 * template per indicator. A template refers to fields by slot; `indicatorFormula` fills in one
 * manager's cells. The indicator is rounded once, as the rule book says, and an invalid input on the path
 * taken makes the cell show the "not scored" text instead of a number (never an error value).
 */
import { bindRuleSet } from "../engine/bind";
import type { RuleSet } from "../engine/ruleset";
import type { FieldInfo } from "./context";
import { compileIndicatorRule } from "./rules";
import { call, fillTemplate, functionNesting, num, str, templateParts } from "./text";

/**
 * Binary noise (3.9849999999999945 for 3.985) is read away before the one rounding to cents: the
 * score is first rounded this many places further. The engine reads noise away too (src/engine/
 * decimal.ts, 15 significant digits); a spreadsheet's ROUND alone would round 3.985 down to 3.98.
 * A true score is never this close to a half cent without being one (inputs carry few decimals).
 */
export const NOISE_DECIMALS = 10;

export interface CompiledIndicator {
  id: string;
  /** Literal text at even indexes, field ids at odd ones. */
  parts: string[];
  /** Fields the formula refers to. */
  fields: string[];
  /** How deep its functions nest (the same for every manager). */
  nesting: number;
}

export interface CompiledRuleSet {
  indicators: CompiledIndicator[];
  byId: ReadonlyMap<string, CompiledIndicator>;
}

/**
 * Compiles every indicator. `hasColumn` says which fields the sheet has; `notScored` is the text a
 * cell shows when the indicator cannot be scored (the value mode's text). Throws FormulaCompileError
 * naming the rule when a rule has no formula.
 */
export function compileRuleSet(
  rs: RuleSet,
  hasColumn: (fieldId: string) => boolean,
  notScored: string,
): CompiledRuleSet {
  const bound = bindRuleSet(rs);
  const fields = new Map<string, FieldInfo>(
    rs.fields.map((f) => [f.id, { type: f.type, optional: f.optional }]),
  );
  const indicators = bound.indicators.map((ind): CompiledIndicator => {
    const ctx = {
      indicator: ind.id,
      fields,
      hasColumn,
      checkedUpFront: new Set<string>(),
      used: new Set<string>(),
    };
    const body = compileIndicatorRule(ctx, ind.rule, ind.fieldsUsed);
    const denoised = call("ROUND", body, num(bound.decimals + NOISE_DECIMALS));
    const formula = call("IFERROR", call("ROUND", denoised, num(bound.decimals)), str(notScored));
    return {
      id: ind.id,
      parts: templateParts(formula),
      fields: [...ctx.used],
      nesting: functionNesting(formula),
    };
  });
  return { indicators, byId: new Map(indicators.map((c) => [c.id, c])) };
}

/** One manager's formula (without "="), given the A1 cell of each field. */
export function indicatorFormula(compiled: CompiledIndicator, cellOf: (fieldId: string) => string): string {
  return fillTemplate(compiled.parts, cellOf);
}
