/**
 * Formula text: literals, field slots and the few function shapes the compiler writes. Only functions
 * that Excel 2010+, WPS and LibreOffice all have (IF, AND, OR, MIN, MAX, ROUND, INT, ISNUMBER, ISBLANK,
 * NA, IFERROR, SUM, COUNT, COUNTIF, COUNTIFS). Every compound piece is parenthesised, so pieces nest safely.
 */

/**
 * The longest formula Excel accepts, its leading "=" included ("Excel specifications and limits":
 * length of formula contents). A longer one makes Excel repair the workbook, dropping formulas, and
 * Office.js refuse the write.
 */
export const MAX_FORMULA_CHARS = 8192;

/** Excel's deepest nesting of functions ("Excel specifications and limits": nested levels of functions). */
export const MAX_FUNCTION_NESTING = 64;

/** How deep functions nest in a formula: `IF(AND(ISNUMBER(A1),A1>0),1,0)` is 3. Quoted text is skipped. */
export function functionNesting(formula: string): number {
  const opened: boolean[] = []; // per open parenthesis: whether it opened a function's arguments
  let depth = 0;
  let deepest = 0;
  for (const [token] of formula.matchAll(/"(?:[^"]|"")*"|[A-Z][A-Z0-9.]*\(|[()]/g)) {
    if (token.startsWith('"')) continue;
    if (token === "(") opened.push(false);
    else if (token === ")") depth -= opened.pop() ? 1 : 0;
    else {
      opened.push(true);
      deepest = Math.max(deepest, ++depth);
    }
  }
  return deepest;
}

/** Marks a field reference inside a compiled template; replaced by the manager's A1 cell. */
const SLOT = "\u0000";

/** A field's place in a template ("\0payTarget\0"). */
export function slot(fieldId: string): string {
  return SLOT + fieldId + SLOT;
}

/** A template split into literal text (even indexes) and field ids (odd indexes). */
export function templateParts(template: string): string[] {
  return template.split(SLOT);
}

/** Fills a template's field slots with cell addresses. */
export function fillTemplate(parts: readonly string[], cellOf: (fieldId: string) => string): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += cellOf(parts[i]) + parts[i + 1];
  return out;
}

/** A number as formula text that reads back as the same double ("0.002", "1E-7", "(-5)"). */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x).toUpperCase().replace("E+", "E");
  return x < 0 ? `(${text})` : text;
}

/** A text constant ("未评分"), quotes doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function call(fn: string, ...args: string[]): string {
  return `${fn}(${args.join(",")})`;
}

export function iff(cond: string, then: string, otherwise: string): string {
  return call("IF", cond, then, otherwise);
}

/** A binary operation, parenthesised. */
export function op(a: string, operator: "+" | "-" | "*" | "/", b: string): string {
  return `(${a}${operator}${b})`;
}

/** A comparison, parenthesised. */
export function cmp(a: string, operator: ">=" | ">" | "=" | "<=" | "<", b: string): string {
  return `(${a}${operator}${b})`;
}

/** AND of conditions, dropping TRUE; a single one stands alone. */
export function and(conds: readonly string[]): string {
  const kept = conds.filter((c) => c !== "TRUE");
  if (kept.length === 0) return "TRUE";
  return kept.length === 1 ? kept[0] : call("AND", ...kept);
}

/** The "not scored" signal inside a formula: an error that the indicator's IFERROR turns into text. */
export const NOT_SCORED_SIGNAL = "NA()";
