/**
 * Header text normalisation: Traditional → Simplified (opencc-js), full-width → half-width (NFKC),
 * whitespace removed, brackets unified, a few Simplified variant characters folded, lower case.
 * Two texts name the same header when their keys are equal.
 */
import * as OpenCC from "opencc-js/t2cn";

let toSimplified: ((s: string) => string) | null = null;

/** Built once, on first use (the dictionary load is the expensive part). */
function simplified(text: string): string {
  if (toSimplified === null) toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
  return toSimplified(text);
}

/** Simplified variants OpenCC leaves apart (劃帳 → 划帐, while mainland sheets write 划账). */
const VARIANTS: Readonly<Record<string, string>> = { 帐: "账", 週: "周", 裏: "里" };
const BRACKETS: Readonly<Record<string, string>> = {
  "[": "(",
  "]": ")",
  "【": "(",
  "】": ")",
  "〔": "(",
  "〕": ")",
};
const SPACES = /[\s\u00a0\u3000]+/g;
const TRAILING_COLON = /[:：]+$/;
const PARENTHETICAL = /\([^()]*\)/g;

const cache = new Map<string, string>();

/** The comparison key of a header text ("集團拓展（新建）" → "集团拓展(新建)"). */
export function headerKey(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let s = text.normalize("NFKC").replace(SPACES, "").replace(TRAILING_COLON, "");
  if (s.length > 0) s = simplified(s);
  let out = "";
  for (const ch of s) out += VARIANTS[ch] ?? BRACKETS[ch] ?? ch;
  out = out.toLowerCase();
  if (cache.size < 50_000) cache.set(text, out);
  return out;
}

/** The key without bracketed parts ("单家收入(元)" → "单家收入"): a looser second match. */
export function looseKey(key: string): string {
  return key.replace(PARENTHETICAL, "");
}
