/**
 * Reading one input cell: numbers, rates and amounts as staff type them (see the README). A blank cell is value null with no
 * problem (the engine decides whether blank is allowed); an unusable cell is value null with an
 * InputProblem naming the cell, the text found and what was expected.
 */
import type { FieldInput, FieldType, InputProblem, Locale, Localized } from "../engine/types";
import { expectedText, problemText } from "./messages";
import { isDateFormat } from "./number-format";
import { excelPrecision, isErrorText, readNumberText, splitAmountList } from "./number-text";
import type { CellValue } from "./types";

export interface CellRead {
  value: CellValue;
  /** Display text ("" when unknown). */
  text: string;
  numberFormat: string;
  /** A1 address. */
  cell: string;
}

type Code = InputProblem["code"];

/** Above this, a plain number in a rate field is read as percent points (80 → 80%). */
const PERCENT_POINTS_ABOVE = 1.5;
/** Tolerance for "whole": a count computed by a formula may carry float noise. */
const WHOLE_EPSILON = 1e-9;

function problem(
  type: FieldType,
  code: Code,
  field: string,
  read: CellRead,
  found: string,
  locale: Locale,
  why?: Localized,
): FieldInput {
  let expected = expectedText[type][locale];
  if (code === "negative" || code === "notWhole" || code === "errorValue")
    expected += problemText[code][locale];
  if (why) expected += why[locale];
  return {
    value: null,
    cell: read.cell,
    text: found,
    problem: { cell: read.cell, field, found, expected, code },
  };
}

function asWhole(n: number): number | null {
  const r = Math.round(n);
  return Math.abs(n - r) < WHOLE_EPSILON ? r : null;
}

function isPercentFormat(format: string): boolean {
  return format.length > 0 && format !== "General" && format.includes("%");
}

interface Num {
  value: number;
  percent: boolean;
}

function readNum(v: CellValue, numberFormat: string): Num | "bad" {
  if (typeof v === "number")
    return Number.isFinite(v) ? { value: v, percent: isPercentFormat(numberFormat) } : "bad";
  if (typeof v === "string") {
    const n = readNumberText(v);
    return n === null
      ? "bad"
      : { value: n.percent ? excelPrecision(n.value / 100) : n.value, percent: n.percent };
  }
  return "bad";
}

export function parseField(type: FieldType, field: string, read: CellRead, locale: Locale): FieldInput {
  const v = read.value;
  const found = read.text !== "" ? read.text : v === null || typeof v === "object" ? "" : String(v);
  if (v !== null && typeof v === "object") return problem(type, "errorValue", field, read, v.error, locale);
  // A formula the file holds without its result (written by a program that does not calculate)
  // comes as value null with the formula as its text: it is not blank, it is not calculated yet.
  if (v === null && read.text.startsWith("="))
    return problem(type, "notANumber", field, read, read.text, locale, problemText.uncalculated);
  if (v === null || (typeof v === "string" && v.trim() === ""))
    return { value: null, cell: read.cell, text: "" };
  if (typeof v === "string" && isErrorText(v)) return problem(type, "errorValue", field, read, found, locale);
  if (type === "text")
    return { value: typeof v === "string" ? v.trim() : found, cell: read.cell, text: found };
  if (type === "amountList") return parseAmountList(field, read, found, locale);

  if (typeof v === "number" && isDateFormat(read.numberFormat))
    return problem(type, "notANumber", field, read, found, locale, problemText.date);
  const n = readNum(v, read.numberFormat);
  if (n === "bad") return problem(type, "notANumber", field, read, found, locale);
  return parseNumber(type, field, read, found, n, locale);
}

function ok(value: number, cell: string, text: string): FieldInput {
  return { value, cell, text };
}

function parseNumber(
  type: FieldType,
  field: string,
  read: CellRead,
  found: string,
  n: Num,
  locale: Locale,
): FieldInput {
  switch (type) {
    case "rate": {
      if (n.value < 0) return problem(type, "negative", field, read, found, locale);
      // A rate of the rule set is a share of something (members, warnings, customers, bills):
      // above 100% is a typing slip, not a result to score.
      if (n.percent && n.value > 1) {
        const raw = read.value;
        const points = typeof raw === "number" && raw > PERCENT_POINTS_ABOVE && raw <= 100;
        const why = points ? problemText.percentTyped(n.value) : problemText.overHundred;
        return problem(type, "outOfBounds", field, read, found, locale, why);
      }
      if (!n.percent && n.value > PERCENT_POINTS_ABOVE) {
        if (n.value > 100)
          return problem(type, "outOfBounds", field, read, found, locale, problemText.overHundred);
        return {
          value: excelPrecision(n.value / 100),
          cell: read.cell,
          text: found,
          readAsPercentPoints: true,
        };
      }
      if (n.value > 1)
        return problem(type, "outOfBounds", field, read, found, locale, problemText.overHundred);
      return ok(n.value, read.cell, found);
    }
    case "count":
    case "netCount": {
      if (n.percent) return problem(type, "notANumber", field, read, found, locale);
      const whole = asWhole(n.value);
      if (whole === null) return problem(type, "notWhole", field, read, found, locale);
      if (type === "count" && whole < 0) return problem(type, "negative", field, read, found, locale);
      return ok(whole, read.cell, found);
    }
    case "amount": {
      if (n.percent) return problem(type, "notANumber", field, read, found, locale);
      if (n.value < 0) return problem(type, "negative", field, read, found, locale);
      return ok(n.value, read.cell, found);
    }
    case "points":
      return n.percent
        ? problem(type, "notANumber", field, read, found, locale)
        : ok(n.value, read.cell, found);
    case "text":
    case "amountList":
      return problem(type, "notANumber", field, read, found, locale);
  }
}

function parseAmountList(field: string, read: CellRead, found: string, locale: Locale): FieldInput {
  const v = read.value;
  const amounts: number[] = [];
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return problem("amountList", "notANumber", field, read, found, locale);
    amounts.push(v);
  } else if (typeof v === "string") {
    for (const piece of splitAmountList(v)) {
      const n = readNumberText(piece);
      if (n === null || n.percent) return problem("amountList", "notANumber", field, read, found, locale);
      amounts.push(n.value);
    }
  } else {
    return problem("amountList", "notANumber", field, read, found, locale);
  }
  if (amounts.length === 0) return problem("amountList", "notANumber", field, read, found, locale);
  if (amounts.some((a) => a < 0)) return problem("amountList", "negative", field, read, found, locale);
  return { value: amounts, cell: read.cell, text: found };
}
