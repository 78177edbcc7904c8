import type { Rect, WorkbookHost } from "../sheet/types";

/** A cell of a sheet, 0-based like the rest of the pipeline. */
export interface CellRef {
  row: number;
  col: number;
}

export type Unsubscribe = () => Promise<void>;

/** Per-workbook storage for the pane's remembered choices (e.g. the column mapping). Values are untrusted. */
export interface SettingsStore {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
}

/**
 * What the task pane needs beyond the host contract: selection both ways, the user's edits, and settings.
 * Implemented by the Office.js host (inside Excel) and by the preview's grid (outside Excel).
 */
export interface InteractiveHost extends WorkbookHost {
  /** Shows a cell to the user (Excel: activates its sheet and selects it). */
  selectCell(sheet: string, cell: CellRef): Promise<void>;
  /**
   * Calls back with the changed ranges of a user's edit; never for the host's own writes. `structural`:
   * rows, columns or cells were inserted or deleted, so every cached row and column number may be stale.
   */
  onUserEdit(sheet: string, handler: (changed: Rect[], structural?: boolean) => void): Promise<Unsubscribe>;
  /**
   * Calls back with the sheet's new name when it is renamed (hosts whose sheets cannot be renamed under
   * the pane have none). The pane then detects, and with auto re-score on scores, the sheet by that name.
   */
  onSheetRenamed?(sheet: string, handler: (name: string) => void): Promise<Unsubscribe>;
  /** Calls back with the top-left cell of each new selection on the sheet. */
  onSelection(sheet: string, handler: (cell: CellRef) => void): Promise<Unsubscribe>;
  readonly settings: SettingsStore;
  /**
   * True where every write clears the user's undo history (Excel before ExcelApi 1.20): automatic
   * re-scoring then takes away the undo of the user's own typing, and the pane says so.
   */
  readonly clearsUndo?: boolean;
  /**
   * Cells where the last write left one of our explanations (a threaded comment) that people replied
   * under: it is out of date, and deleting it would delete their replies, so the pane tells the user.
   */
  readonly keptThreads?: readonly string[];
}
