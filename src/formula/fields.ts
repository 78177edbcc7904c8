/**
 * Reading one input cell in a formula exactly as the engine reads the parsed value: a number of the
 * field's type, or the not-scored signal (an error) when the cell holds anything else. Rates typed as
 * percent points (80) are read as 80% (IF(x>1.5,x/100,x)), as the sheet parser does.
 */
import type { FieldType } from "../engine/types";
import { cannot, type CompileContext } from "./context";
import { NOT_SCORED_SIGNAL, and, call, cmp, iff, num, op, slot } from "./text";

/** Above this a plain number in a rate field is percent points (src/sheet/parse.ts). */
export const PERCENT_POINTS_ABOVE = 1.5;

export function typeChecks(type: FieldType, x: string): string[] {
  switch (type) {
    case "count":
      return [cmp(x, ">=", "0"), cmp(x, "=", `INT(${x})`)];
    case "netCount":
      return [cmp(x, "=", `INT(${x})`)];
    case "amount":
    case "amountList":
    case "rate":
      return [cmp(x, ">=", "0")];
    case "points":
    case "text":
      return [];
  }
}

/**
 * Percent points are read as the sheet parser reads them: x ÷ 100 at 15 significant digits
 * (92.52 → 0.9252, not the 0.9251999999999999 that the division alone gives), so that a rate typed
 * as 92.52 scores exactly like one typed as 92.52%.
 */
function typedValue(type: FieldType, x: string): string {
  return type === "rate"
    ? iff(cmp(x, ">", num(PERCENT_POINTS_ABOVE)), `ROUND(${op(x, "/", "100")},15)`, x)
    : x;
}

/** The field's number, or the not-scored signal when the cell is not a valid number of its type. */
export function checkedField(ctx: CompileContext, id: string, path: string): string {
  const info = ctx.fields.get(id);
  if (info === undefined) return cannot(ctx, path, `unknown field "${id}"`);
  if (info.type === "text") return cannot(ctx, path, `the text field "${id}" cannot be measured`);
  if (!ctx.hasColumn(id)) return NOT_SCORED_SIGNAL;
  ctx.used.add(id);
  const x = slot(id);
  if (ctx.checkedUpFront.has(id)) return typedValue(info.type, x);
  const checks = and(typeChecks(info.type, x));
  const value = typedValue(info.type, x);
  const valid = checks === "TRUE" ? value : iff(checks, value, NOT_SCORED_SIGNAL);
  return iff(`ISNUMBER(${x})`, valid, NOT_SCORED_SIGNAL);
}

/** TRUE when the cell is a valid number, FALSE when blank, the not-scored signal otherwise. */
export function fieldPresence(ctx: CompileContext, id: string, path: string): string {
  if (ctx.checkedUpFront.has(id) && ctx.hasColumn(id)) return `NOT(ISBLANK(${slot(id)}))`;
  const checked = checkedField(ctx, id, path);
  return iff(`ISBLANK(${slot(id)})`, "FALSE", iff(`ISNUMBER(${checked})`, "TRUE", NOT_SCORED_SIGNAL));
}

export function fieldInfo(
  ctx: CompileContext,
  id: string,
  path: string,
): { type: FieldType; optional: boolean } {
  return ctx.fields.get(id) ?? cannot(ctx, path, `unknown field "${id}"`);
}

/**
 * The check of fields read on every path of a rule: the required ones all numbers (COUNT), then each
 * valid for its type; an optional one blank or a valid number.
 */
export function upFrontCheck(
  ctx: CompileContext,
  ids: readonly string[],
): { numbers: string; valid: string } {
  const required = ids.filter((id) => !fieldInfo(ctx, id, "rule").optional);
  const optional = ids.filter((id) => fieldInfo(ctx, id, "rule").optional);
  const cells = required.map(slot);
  const numbers = cells.length === 0 ? "TRUE" : cmp(call("COUNT", ...cells), "=", num(cells.length));
  const valid = and([
    ...required.flatMap((id) => typeChecks(fieldInfo(ctx, id, "rule").type, slot(id))),
    ...optional.map((id) => {
      const x = slot(id);
      return iff(
        `ISBLANK(${x})`,
        "TRUE",
        iff(`ISNUMBER(${x})`, and(typeChecks(fieldInfo(ctx, id, "rule").type, x)), "FALSE"),
      );
    }),
  ]);
  return { numbers, valid };
}
