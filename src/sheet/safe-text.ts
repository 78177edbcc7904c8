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
