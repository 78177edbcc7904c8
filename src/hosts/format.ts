/**
 * Display text of a cell as a spreadsheet shows it, for hosts that have no application to ask
 * (ExcelJS, memory). Covers the formats a scoring sheet uses: General, fixed decimals, thousands
 * separators, percent and text. Anything else falls back to General.
 */
import type { CellValue } from "../sheet/types";

const PERCENT = /^0(?:\.(0+))?%$/;
const FIXED = /^(#,##)?0(?:\.(0+))?$/;

export function formatCellText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  return formatNumber(value, numberFormat.trim());
}

function formatNumber(n: number, format: string): string {
  const percent = PERCENT.exec(format);
  if (percent) return fixed(n * 100, percent[1]?.length ?? 0, false) + "%";
  const plain = FIXED.exec(format);
  if (plain) return fixed(n, plain[2]?.length ?? 0, plain[1] !== undefined);
  return general(n);
}

/** Excel's General: integers as they are, other numbers to 10 significant digits, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** Rounds half away from zero on the decimal digits (1.005 → "1.01"), as a spreadsheet shows it. */
function fixed(n: number, decimals: number, grouped: boolean): string {
  const rounded = roundHalfAway(n, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  const [whole, fraction] = text.split(".");
  const sign = rounded < 0 ? "-" : "";
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return sign + digits + (fraction === undefined ? "" : "." + fraction);
}

function roundHalfAway(n: number, decimals: number): number {
  const sign = n < 0 ? -1 : 1;
  const scaled = Math.abs(n) * 10 ** decimals;
  const fraction = scaled - Math.floor(scaled);
  // Only a value near a half needs its decimal digits read exactly (1.005 is stored as 1.00499…).
  const exact = Math.abs(fraction - 0.5) < 1e-6 ? Number(scaled.toPrecision(15)) : scaled;
  return (sign * Math.round(exact)) / 10 ** decimals;
}
