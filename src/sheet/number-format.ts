/** What a cell's number format says about the number it holds. */

/**
 * A date or time format: one with a y, m, d, h or s code outside its quoted texts ("年"), escaped
 * characters (\年), bracketed parts ([$-804], [Red]; elapsed [h] aside) and the General keyword.
 * The codes are those of ECMA-376 Part 1, 18.8.31 (numFmt); 14–22 are the built-in date formats.
 */
export function isDateFormat(format: string): boolean {
  if (format === "" || format === "General") return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/General/gi, "");
  return /[ymdhs]/i.test(codes);
}
