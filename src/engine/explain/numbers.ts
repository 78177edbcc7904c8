/**
 * Numbers as staff write them in an explanation: computed values (rates, steps, part scores) to two
 * decimals, trailing zeros dropped ("33.33%", "7.44", "90%"), with a flag saying whether the text is
 * the value itself or a rounding of it (the caller then writes "≈" instead of "="). Inputs are shown as
 * the sheet holds them (`formatNumber`), since they are what the reader compares with the cell.
 */
import { atLeast, formatNumber, roundHalfAway, sameNumber } from "../decimal";
import { num, type NumP } from "../params";

/** Decimals of a computed value in an explanation (percent points for a rate). */
const DECIMALS = 2;
/** The most decimals a value next to a band edge may need (the engine reads values at 15 digits). */
const MAX_DECIMALS = 9;

export interface Shown {
  text: string;
  /** The text is the value (not a rounding of it). */
  exact: boolean;
}

function shown(x: number, rate: boolean, decimals: number): Shown {
  const scaled = rate ? x * 100 : x;
  return shownRounded(scaled, roundHalfAway(scaled, decimals), rate);
}

/** The text of `rounded`, a rounding of `scaled` (x, or x × 100 for a rate). */
function shownRounded(scaled: number, rounded: number, rate: boolean): Shown {
  const text = formatNumber(rounded === 0 ? 0 : rounded) + (rate ? "%" : "");
  return { text, exact: sameNumber(rounded, scaled) };
}

/** A computed number (steps, points) or rate to two decimals. */
export function shownValue(x: number, rate = false): Shown {
  return shown(x, rate, DECIMALS);
}

/**
 * A measured value next to band edges: two decimals unless that would put it on the other side of an
 * edge (79.996% must not read "80%" beside "<80%"); then as many more as it takes.
 */
export function shownAgainst(x: number, rate: boolean, band: Band): Shown {
  const scaled = rate ? x * 100 : x;
  for (let d = DECIMALS; d < MAX_DECIMALS; d++) {
    const rounded = roundHalfAway(scaled, d);
    if (sameSide(x, rounded / (rate ? 100 : 1), band)) return shownRounded(scaled, rounded, rate);
  }
  return shown(x, rate, MAX_DECIMALS);
}

/** A band's edges (a value beside them is shown on its own side of each). */
export interface Band {
  from?: NumP;
  to?: NumP;
}

/** Whether `x` and `back` lie on the same side of each of the band's edges. */
function sameSide(x: number, back: number, band: Band): boolean {
  const { from, to } = band;
  if (from !== undefined && atLeast(x, num(from)) !== atLeast(back, num(from))) return false;
  return to === undefined || atLeast(x, num(to)) === atLeast(back, num(to));
}

/** " = 7.44" or " ≈ 7.44": a computed value after the arithmetic that gave it. */
export function equals(s: Shown): string {
  return (s.exact ? " = " : " ≈ ") + s.text;
}

/** "7.44" or "≈ 7.44": a computed value on its own. */
export function approx(s: Shown): string {
  return s.exact ? s.text : "≈ " + s.text;
}
