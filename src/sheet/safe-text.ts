/**
 * Text we write must never become a formula, whatever the host or the application does with it.
 * Decision: a text starting with `=`, `+`, `-` or `@` (or a tab/carriage return, which some
 * applications strip before parsing) has its first character replaced by the full-width form
 * (＝ ＋ － ＠) or dropped (tab/CR). The text stays readable, carries no hidden character, and no
 * spreadsheet parses a full-width sign as a formula start. Notes are not cell values and are exempt.
 */
const FULL_WIDTH: Readonly<Record<string, string>> = { "=": "＝", "+": "＋", "-": "－", "@": "＠" };

export function formulaSafeText(text: string): string {
  let s = text;
  while (s.length > 0 && (s[0] === "\t" || s[0] === "\r")) s = s.slice(1);
  const first = s[0];
  if (first === undefined) return s;
  const replacement = FULL_WIDTH[first];
  return replacement === undefined ? s : replacement + s.slice(1);
}

/** Cell texts quoted in a message are cut after this many characters, with their length stated. */
export const SHOWN_TEXT_MAX = 60;

/**
 * Characters that must not reach a terminal or a message raw: C0 and C1 controls (escape sequences
 * can rewrite a terminal) and the bidirectional controls (U+202E turns the rest of a line around,
 * so a message could show a different cell or number than the one meant).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A cell's text as a message quotes it: control characters written as `\u{202E}`, and a long text
 * cut with its length stated.
 */
export function shownText(text: string, locale: "zh-CN" | "en"): string {
  const chars = [...text];
  if (chars.length <= SHOWN_TEXT_MAX) return escapeControls(text);
  const escaped = escapeControls(chars.slice(0, SHOWN_TEXT_MAX).join(""));
  return locale === "zh-CN"
    ? `${escaped}…（共 ${chars.length} 个字符）`
    : `${escaped}… (${chars.length} characters)`;
}

/** `text` with every control character written as `\u{XXXX}` (see CONTROL); paths, sheet names. */
export function escapeControls(text: string): string {
  return text.replace(
    CONTROL,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`,
  );
}
