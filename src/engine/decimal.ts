/**
 * Numbers of the engine. Scores are computed in doubles; before a value is rounded, floored or compared
 * at a band edge it is read the way Excel reads it (15 significant digits), so binary noise such as
 * 0.45 − 0.40 = 0.04999999999999999 never changes a cent. One helper module, used everywhere.
 */

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
const ZEROS = ["", "0", "00", "000", "0000", "00000", "000000", "0000000", "00000000", "000000000"];
/** The decimal point and the zeros after it: "." + ZEROS[k] (one join fewer per number). */
const DOT_ZEROS = ZEROS.map((z) => "." + z);

/** Relative width of "the same number" at 15 significant digits (half a unit of the 15th digit, with room). */
const REL = 4e-15;
/**
 * Absolute slack, in units of the last kept digit (a cent when rounding to 2 dp, one step when flooring):
 * subtracting nearby rates cancels digits ((0.57 − 0.55) ÷ 1% = 1.9999999999999907), and no input is
 * precise to a billionth of a cent, so anything that close to a half (or a whole step) is one.
 */
const SLACK = 1e-9;

function pow10(decimals: number): number {
  return POW10[decimals] ?? 10 ** decimals;
}

/** Excel's ROUND: half away from zero, after reading the value at 15 significant digits. */
export function roundHalfAway(x: number, decimals: number): number {
  return roundHalfAwayBy(x, pow10(decimals));
}

/** `roundHalfAway` with its power of ten given: `f` = 10 ** decimals (for loops that round alike). */
export function roundHalfAwayBy(x: number, f: number): number {
  const y = Math.abs(x) * f;
  let n = Math.floor(y);
  if (y - n >= 0.5 - SLACK - y * REL) n += 1;
  if (n === 0) return 0;
  return x < 0 ? -n / f : n / f;
}

/** FLOOR to a whole number, after reading the value at 15 significant digits ((0.98 − 0.95) ÷ 1% → 3). */
export function floorExact(x: number): number {
  const n = Math.floor(x);
  return x - n >= 1 - SLACK - Math.abs(x) * REL ? n + 1 : n;
}

/** x ≥ edge, at 15 significant digits. */
export function atLeast(x: number, edge: number): boolean {
  return x >= atLeastEdge(edge);
}

/** The threshold of `atLeast`, for edges read once: `x >= atLeastEdge(edge)` is exactly `atLeast(x, edge)`. */
export function atLeastEdge(edge: number): number {
  return edge - Math.abs(edge) * REL;
}

/** x = y, at 15 significant digits. */
export function sameNumber(x: number, y: number): boolean {
  return Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * REL;
}

/**
 * Texts of 2-dp scores already written, by cents (for speed: explanations write each score two or
 * three times, and scores repeat: 0.00 … 100.00). Positive scores below 1000 only.
 */
const CACHED_CENTS = 100_000;
const CENTS = new Array<string | undefined>(CACHED_CENTS);

/** A score as text with a fixed number of decimals ("13.50", "-5.00"); fast, no toFixed/Intl. */
export function formatScore(n: number, decimals = 2): string {
  if (decimals === 2 && n >= 0) {
    // Already a 2-dp value (a score or points lost as stored): rounding it again gives itself.
    const cents = Math.round(n * 100);
    if (cents < CACHED_CENTS && cents / 100 === n) return (CENTS[cents] ??= scoreText("", cents, 2, 100));
  }
  const f = pow10(decimals);
  const units = Math.round(Math.abs(roundHalfAway(n, decimals)) * f);
  if (decimals === 2 && n >= 0 && units < CACHED_CENTS) {
    return (CENTS[units] ??= scoreText("", units, 2, f));
  }
  return scoreText(n < 0 && units !== 0 ? "-" : "", units, decimals, f);
}

function scoreText(sign: string, units: number, decimals: number, f: number): string {
  if (decimals === 0) return sign + units;
  const whole = Math.floor(units / f);
  const frac = units - whole * f;
  const fracText = String(frac);
  return (
    sign + whole + "." + (fracText.length < decimals ? ZEROS[decimals - fracText.length] : "") + fracText
  );
}

/**
 * Texts of small whole numbers already written (counts, targets, steps: most numbers shown). V8's own
 * number-to-text cache is small and keyed by hash, so it misses often on 10,000 managers.
 */
const CACHED_INTS = 10_000;
const INTS = new Array<string | undefined>(CACHED_INTS);

/** `scaled` ÷ 10^decimals as text, from integers (no toFixed, no shortest-double search). */
function fromUnits(scaled: number, decimals: number): string {
  const f = pow10(decimals);
  const units = Math.abs(scaled);
  const whole = Math.floor(units / f);
  const frac = units - whole * f;
  const head =
    scaled < 0 ? "-" + whole : whole < CACHED_INTS ? (INTS[whole] ??= String(whole)) : String(whole);
  if (frac === 0) return head;
  // Below 10^decimals ≤ 10^9, so a 32-bit integer: integer division, not floating-point modulo.
  let digitsLeft = frac | 0;
  let digits = decimals;
  while (digitsLeft % 10 === 0) {
    digitsLeft = (digitsLeft / 10) | 0;
    digits--;
  }
  const fracText = String(digitsLeft);
  return head + DOT_ZEROS[digits - fracText.length] + fracText;
}

/**
 * A number as short exact-looking text: integers as is, others to at most 9 decimals, no trailing zeros.
 * Below a million it is built from integers (no toFixed/Intl; at most 15 significant digits, so the
 * text is exactly what String() would give for the rounded value): values with at most 6 decimals
 * (nearly all sheet figures), then unrounded results such as 40 ÷ 3 at 9 decimals.
 */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return x >= 0 && x < CACHED_INTS ? (INTS[x] ??= String(x)) : String(x);
  const ax = Math.abs(x);
  const scaled = Math.round(x * 1e6);
  if (ax < 1e9 && Math.abs(scaled / 1e6 - x) <= 1e-9 * Math.max(1, ax)) return fromUnits(scaled, 6);
  if (ax < 1e6) {
    const units = Math.round(x * 1e9);
    if (units === 0) return "0";
    if (Math.abs(units) >= 1000) return fromUnits(units, 9);
  }
  // Large values keep their own shortest text (scaling them would lose their last digits).
  const y = ax >= 1e6 ? x : Math.round(x * 1e9) / 1e9;
  if (y === 0) return "0";
  if (Math.abs(y) >= 1e-6) return String(y);
  return y.toFixed(9).replace(/0+$/, "");
}

/**
 * Texts of rates already written, by basis point, each with the exact rate it was written for (for
 * speed: sheet rates repeat, 0.979 on many rows, and writing one costs a handful of joins).
 */
const CACHED_BP = 20_000;
const RATE_AT_BP = new Float64Array(CACHED_BP).fill(NaN);
const RATE_TEXT = new Array<string | undefined>(CACHED_BP);

/** A rate (fraction) as percent text: 0.926 → "92.6%", 0.9 → "90%". */
export function formatPercent(x: number): string {
  const bp = Math.round(x * 10000);
  if (!(bp >= 0 && bp < CACHED_BP)) return formatNumber(x * 100) + "%";
  // The same double only: rates a hair apart can be written differently at the ninth decimal.
  if (RATE_AT_BP[bp] === x) return RATE_TEXT[bp] as string;
  const text = formatNumber(x * 100) + "%";
  RATE_AT_BP[bp] = x;
  RATE_TEXT[bp] = text;
  return text;
}
