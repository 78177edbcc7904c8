/**
 * Finding the header band: the manager-name header, the first manager row, the weights row and the
 * 2–4 header rows directly above the managers.
 */
import type { Grid } from "./grid";
import type { HeaderIndex, HeaderMeaning } from "./header-index";
import { headerKey } from "./normalize";
import { SUBTOTAL_WORDS } from "./synonyms";

/** How far down headers are looked for. */
const SCAN_ROWS = 40;
const MAX_HEADER_ROWS = 4;

export interface HeaderBand {
  nameCol: number;
  firstManagerRow: number;
  weightsRow: number | null;
  headerRows: number[];
}

export class HeaderReader {
  private readonly keys = new Map<number, string>();
  constructor(
    readonly grid: Grid,
    readonly index: HeaderIndex,
  ) {}

  key(row: number, col: number): string {
    const id = row * 16384 + col;
    let k = this.keys.get(id);
    if (k === undefined) {
      k = headerKey(this.grid.text(row, col));
      this.keys.set(id, k);
    }
    return k;
  }

  meaning(row: number, col: number): HeaderMeaning | undefined {
    const k = this.key(row, col);
    return k === "" ? undefined : this.index.lookup(k);
  }

  /** Number of cells of a row that name a category, indicator or field. */
  domainMatches(row: number): number {
    let n = 0;
    for (let c = 0; c < this.grid.snapshot.colCount; c++) {
      const m = this.meaning(row, c);
      if (m && (m.categories.length || m.indicators.length || m.fields.length)) n++;
    }
    return n;
  }

  rowHasGeneric(row: number, kind: HeaderMeaning["generic"][number]): boolean {
    for (let c = 0; c < this.grid.snapshot.colCount; c++)
      if (this.meaning(row, c)?.generic.includes(kind)) return true;
    return false;
  }
}

export function isSubtotalText(text: string): boolean {
  for (const w of SUBTOTAL_WORDS) if (text.includes(w)) return true;
  return false;
}

function findNameHeader(h: HeaderReader): { row: number; col: number } | null {
  const rows = Math.min(h.grid.snapshot.rowCount, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < h.grid.snapshot.colCount; c++)
      if (h.meaning(r, c)?.generic.includes("name")) return { row: r, col: c };
  }
  return null;
}

function isManagerRow(h: HeaderReader, row: number, nameCol: number, weightsRow: number | null): boolean {
  if (row === weightsRow) return false;
  const name = h.grid.text(row, nameCol).trim();
  if (name === "" || isSubtotalText(name)) return false;
  if (row >= SCAN_ROWS) return true;
  const m = h.meaning(row, nameCol);
  if (m && m.generic.length > 0) return false;
  return h.domainMatches(row) < 2;
}

export function findHeaderBand(h: HeaderReader): HeaderBand | null {
  const name = findNameHeader(h);
  if (!name) return null;
  const { rowCount } = h.grid.snapshot;
  const nameBottom = h.grid.mergeAt(name.row, name.col)?.bottom ?? name.row;
  let weightsRow: number | null = null;
  let first = -1;
  for (let r = nameBottom + 1; r < rowCount; r++) {
    if (weightsRow === null && r < SCAN_ROWS && h.rowHasGeneric(r, "weights")) {
      weightsRow = r;
      continue;
    }
    if (isManagerRow(h, r, name.col, weightsRow)) {
      first = r;
      break;
    }
  }
  // No manager rows: the header band is still read, above the end of the name header (or the
  // weights row), so that what was found is said in full and only the managers are missing.
  const below = first >= 0 ? first : Math.max(nameBottom, weightsRow ?? -1) + 1;
  const headerRows = headerRowsAbove(h, below, weightsRow, name.row, nameBottom);
  if (first < 0) return { nameCol: name.col, firstManagerRow: rowCount, weightsRow, headerRows };
  if (weightsRow === null) {
    for (let r = Math.max(0, name.row); r < first; r++) if (h.rowHasGeneric(r, "weights")) weightsRow = r;
  }
  return {
    nameCol: name.col,
    firstManagerRow: first,
    weightsRow,
    headerRows: headerRowsAbove(h, first, weightsRow, name.row, nameBottom),
  };
}

function headerRowsAbove(
  h: HeaderReader,
  below: number,
  weightsRow: number | null,
  nameTop: number,
  nameBottom: number,
): number[] {
  const headerRows: number[] = [];
  for (let r = below - 1; r >= 0 && headerRows.length < MAX_HEADER_ROWS; r--) {
    if (r === weightsRow) continue;
    const m = h.domainMatches(r);
    const hasName = r >= nameTop && r <= nameBottom;
    if (m === 0 && !hasName) {
      if (headerRows.length > 0) break;
      continue;
    }
    headerRows.unshift(r);
  }
  return headerRows;
}
