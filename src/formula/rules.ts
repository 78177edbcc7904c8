/**
 * The formula compiler that the kinds write their formulas with (`FormulaCompiler`, declared in the
 * engine): each kind's `formula`, in its own file, mirrors its evaluation step for step (same
 * operations in the same order, so the doubles agree). Rules are compiled after binding: every
 * parameter is already a value. Here: the dispatch by kind, the text builders, the reading of fields
 * and the check of a rule's fields where it starts.
 */
import type { FormulaCompiler } from "../engine/formula-api";
import { measureKindOf, ruleKindOf, type Rule } from "../engine/rule";
import { cannot, type CompileContext } from "./context";
import { allPresent, isValid, noRatioInside, touch, whenPresent } from "./measures";
import { NOT_SCORED_SIGNAL, and, call, cmp, iff, num, op, slot } from "./text";
import { checkedField, fieldInfo, fieldPresence, upFrontCheck } from "./fields";
import { alwaysRead } from "./strict";

/** The compiler for one place of an indicator's rule (the fields checked up front so far). */
export function formulaCompiler(ctx: CompileContext): FormulaCompiler {
  const f: FormulaCompiler = {
    num,
    call,
    iff,
    op,
    cmp,
    and,
    slot,
    notScored: NOT_SCORED_SIGNAL,
    // The dispatch by kind: each kind's module writes its own formula.
    rule: (node, path) => ruleKindOf(node).formula(node, f, path),
    guarded: (node, path) => compileGuarded(ctx, node, path),
    measure: (node, path) => measureKindOf(node).formula(node, f, path),
    isValid,
    touch,
    allPresent,
    whenPresent,
    noZeroTargetInside: (parts, path) => noRatioInside(ctx, parts, path),
    fieldInfo: (id, path) => fieldInfo(ctx, id, path),
    hasColumn: (id) => ctx.hasColumn(id),
    checkedUpFront: (id) => ctx.checkedUpFront.has(id),
    use: (id) => {
      ctx.used.add(id);
    },
    checkedField: (id, path) => checkedField(ctx, id, path),
    fieldPresence: (id, path) => fieldPresence(ctx, id, path),
    cannot: (path, reason) => cannot(ctx, path, reason),
  };
  return f;
}

/**
 * A rule entered on one path only: the fields it always reads are checked where it starts (once),
 * then read plainly inside it.
 */
export function compileGuarded(ctx: CompileContext, rule: Rule, path: string): string {
  return compileChecked(ctx, rule, path, alwaysRead(ctx.fields, rule));
}

/**
 * An indicator's whole rule. The engine checks every field the rule may read, whichever branch
 * applies (a closed gate does not hide a blank target): so does its formula, once, up front. A
 * required field with no column leaves the indicator unscored, as the engine's missing column does.
 */
export function compileIndicatorRule(ctx: CompileContext, rule: Rule, fieldsUsed: readonly string[]): string {
  const numeric = fieldsUsed.filter((id) => fieldInfo(ctx, id, "rule").type !== "text");
  if (numeric.some((id) => !ctx.hasColumn(id) && !fieldInfo(ctx, id, "rule").optional))
    return NOT_SCORED_SIGNAL;
  return compileChecked(ctx, rule, "rule", numeric);
}

/** The rule, with the given fields checked where it starts and read plainly inside it. */
function compileChecked(ctx: CompileContext, rule: Rule, path: string, ids: Iterable<string>): string {
  const fresh = [...ids].filter((id) => ctx.hasColumn(id) && !ctx.checkedUpFront.has(id));
  if (fresh.length === 0) return formulaCompiler(ctx).rule(rule, path);
  for (const id of fresh) ctx.used.add(id);
  const inner: CompileContext = { ...ctx, checkedUpFront: new Set([...ctx.checkedUpFront, ...fresh]) };
  const check = upFrontCheck(ctx, fresh);
  const body = formulaCompiler(inner).rule(rule, path);
  const valid = check.valid === "TRUE" ? body : iff(check.valid, body, NOT_SCORED_SIGNAL);
  return check.numbers === "TRUE" ? valid : iff(check.numbers, valid, NOT_SCORED_SIGNAL);
}
