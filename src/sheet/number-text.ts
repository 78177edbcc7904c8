/**
 * Reading numbers typed as text: `12`, `1,234`, ` 12.5 `, full-width `１２`, `80%`, `８０％`, `3万`.
 * Character loops and module-level patterns only: this runs once per input cell.
 */

/** Full-width ASCII (U+FF01–FF5E) → ASCII, ideographic space → space. */
export function halfWidth(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      needs = true;
      break;
    }
  }
  if (!needs) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

export interface NumberText {
  value: number;
  percent: boolean;
  /** A `万` (ten thousand) suffix was present; `value` is already multiplied. */
  wan: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const COMMAS = /,/g;
const ERROR_TEXT = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** Excel keeps 15 significant digits; so do we after scaling (1.1万 = 11000, not 11000.000000000002). */
export function excelPrecision(n: number): number {
  return Number(n.toPrecision(15));
}

/** A number typed as text, or null when the text is not one. */
export function readNumberText(raw: string): NumberText | null {
  let s = halfWidth(raw).trim();
  let percent = false;
  let wan = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  } else {
    if (s.endsWith("元")) s = s.slice(0, -1).trimEnd();
    if (s.endsWith("万")) {
      wan = true;
      s = s.slice(0, -1).trimEnd();
    }
  }
  if (!NUMBER.test(s)) return null;
  const n = Number(s.includes(",") ? s.replace(COMMAS, "") : s);
  if (!Number.isFinite(n)) return null;
  return { value: wan ? excelPrecision(n * 10000) : n, percent, wan };
}

/** True for text that is a spreadsheet error value typed or pasted as text. */
export function isErrorText(s: string): boolean {
  return ERROR_TEXT.test(s.trim().toUpperCase());
}

/** Thousands grouping such as `120,000`: inside an amount list this is one amount, not two. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:万)?$/;
const LIST_SEPARATORS = /[，、;；\s\u3000]+/;

/** Pieces of an amount list (`120000、3万`, `1,234;5,000`, `120000,30000`). */
export function splitAmountList(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.trim().split(LIST_SEPARATORS)) {
    const piece = halfWidth(part);
    if (piece === "") continue;
    if (GROUPED.test(piece)) out.push(piece);
    else for (const p of piece.split(",")) if (p !== "") out.push(p);
  }
  return out;
}
