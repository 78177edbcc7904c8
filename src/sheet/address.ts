/** A1 addresses. Rows and columns are 0-based here (row 0 = sheet row 1, col 0 = column A). */
import type { Rect } from "./types";

const CODE_A = 65;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(CODE_A + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "aa" → 26; -1 when the text is not a column name. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (s.length === 0 || s.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i) - CODE_A;
    if (code < 0 || code > 25) return -1;
    n = n * 26 + code + 1;
  }
  return n - 1;
}

/** (5, 2) → "C6". */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

const A1 = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/;

/** "C6" → { row: 5, col: 2 }; null when not an A1 cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = A1.exec(address);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  return row < 0 || col < 0 ? null : { row, col };
}

/** "B2:D9" or "C6" (optionally sheet-qualified, "考核表!B2:D9") → Rect; null when unreadable. */
export function parseRangeAddress(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectAddress(r: Rect): string {
  const from = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellAddress(r.bottom, r.right)}`;
}
