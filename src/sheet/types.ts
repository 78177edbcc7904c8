/**
 * Boundary types between hosts (Office.js, ExcelJS, memory) and the pure sheet pipeline.
 * Rows and columns are 0-based and absolute (row 0 = sheet row 1, col 0 = column A).
 */

export interface CellError {
  error: string; // "#N/A", "#DIV/0!", …
}
export type CellValue = number | string | boolean | null | CellError;

export interface Rect {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

export interface SheetComment {
  text: string;
  /** True when GridScore wrote it (recognised by its marker, see `src/sheet/marker.ts`). */
  ours: boolean;
}

/** What a host reads of one worksheet: its used range, padded to start at A1. */
export interface SheetSnapshot {
  name: string;
  rowCount: number;
  colCount: number;
  /** values[row][col], raw (a percent cell holds 0.8). */
  values: CellValue[][];
  /** Display text as the user sees it ("80.0%"). */
  text: string[][];
  /** Number format codes ("General", "0.0%"). */
  numberFormats: string[][];
  merges: Rect[];
  /** Notes/comments by A1 address ("F7"). */
  comments: Readonly<Record<string, SheetComment>>;
}

/** A value to write: a constant, or a formula with its value at scoring time. */
export type WriteValue = number | string | null | { formula: string; cached: number | string | null };

export interface CellStyle {
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

/** Everything the product writes to a sheet. Hosts apply it without interpreting it. */
export interface WritePlan {
  sheet: string;
  /** Our previous block, cleared (values, formats, merges, our notes) before writing. */
  clear: Rect[];
  /** Rectangular blocks of values; text is always written as text, never as a formula. */
  blocks: Array<{ top: number; left: number; values: WriteValue[][]; numberFormats?: string[][] }>;
  merges: Rect[];
  styles: Array<{ rect: Rect; style: CellStyle }>;
  /** Our notes to write (replacing ours at that cell). A person's note is never in this list. */
  notes: Array<{ row: number; col: number; text: string }>;
  /** Our old notes to delete (cells we no longer explain). */
  deleteNotes: Array<{ row: number; col: number }>;
  /** Create the sheet (after the last one) when the workbook has no sheet of that name. */
  createSheet?: boolean;
  /** In-cell drop-down lists, applied last: each cell of `rect` takes one of the values in `source` (same sheet). */
  validations?: Array<{ rect: Rect; source: Rect }>;
  /** Column widths, in characters, applied last. */
  columnWidths?: Array<{ col: number; width: number }>;
}

/** The one contract every host implements (and the shared contract suite checks). */
export interface WorkbookHost {
  listSheets(): Promise<string[]>;
  readSheet(name: string): Promise<SheetSnapshot>;
  apply(plan: WritePlan): Promise<void>;
}
