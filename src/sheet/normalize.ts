/**
 * Header text normalisation: Traditional → Simplified (opencc-js), full-width → half-width (NFKC),
 * whitespace removed, brackets unified, a few Simplified variant characters folded, lower case.
 * Two texts name the same header when their keys are equal.
 */
import { ConverterFactory } from "opencc-js/core";
import CJK_COMPATIBILITY_IDEOGRAPHS from "opencc-js/dict/CJK_Compatibility_Ideographs";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TS_PHRASES from "opencc-js/dict/TSPhrases";

/**
 * The dictionaries of opencc-js's preset `t2s`, the one `Converter({ from: "t", to: "cn" })` applies:
 * compatibility ideographs normalised first, then phrases and characters converted in one pass.
 * Imported one by one: opencc-js's `t2cn` entry bundles the Hong Kong, Taiwan and Japanese
 * dictionaries too, twice the script, which the task pane would load for nothing.
 */
const NORMALIZATION = [CJK_COMPATIBILITY_IDEOGRAPHS] as const;
const CONVERSION = [TS_PHRASES, TS_CHARACTERS] as const;

let toSimplified: ((s: string) => string) | null = null;
/** Every dictionary key of the conversion, by its first code point. */
let keysByFirst: Map<number, string[]> | undefined;

/** A dictionary's keys: opencc-js's format is `from to|from to|…`. */
function sourcesOf(dict: string): string[] {
  return dict.split("|").map((entry) => entry.slice(0, entry.indexOf(" ")));
}

/** The keys index: one pass over the dictionaries' strings, far cheaper than building the converter's tries. */
function keyIndex(): Map<number, string[]> {
  if (keysByFirst !== undefined) return keysByFirst;
  const index = new Map<number, string[]>();
  for (const dict of [...NORMALIZATION, ...CONVERSION])
    for (const key of sourcesOf(dict)) {
      const first = key.codePointAt(0);
      if (first === undefined) continue;
      const keys = index.get(first);
      if (keys) keys.push(key);
      else index.set(first, [key]);
    }
  return (keysByFirst = index);
}

/**
 * Whether a dictionary key occurs anywhere in the text. When none does, every step of the conversion
 * (longest-match replacement, left to right) passes the text through unchanged.
 */
function convertible(text: string): boolean {
  const index = keyIndex();
  for (let i = 0; i < text.length; i++) {
    const keys = index.get(text.codePointAt(i)!);
    if (keys?.some((key) => text.startsWith(key, i))) return true;
  }
  return false;
}

/**
 * Traditional → Simplified. The converter (its dictionary tries are the expensive part) is built only
 * when a text holds something to convert: Simplified sheets never build it.
 */
export function simplified(text: string): string {
  if (toSimplified === null) {
    if (!convertible(text)) return text;
    const normalize = ConverterFactory(NORMALIZATION);
    const convert = ConverterFactory(CONVERSION);
    toSimplified = (s) => convert(normalize(s));
  }
  return toSimplified(text);
}

/** Whether the Traditional → Simplified converter has been built (tests). */
export function simplifierBuilt(): boolean {
  return toSimplified !== null;
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
