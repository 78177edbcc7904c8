/**
 * What the running Excel supports beyond the manifest's minimum (ExcelApi 1.10), detected once at run time.
 * Each feature has a fallback in the host (see read.ts, annotations.ts, events.ts).
 */
export interface OfficeCapabilities {
  /** ExcelApi 1.18: classic notes (`worksheet.notes`); else threaded comments (1.10). */
  notes: boolean;
  /**
   * A note's `width` and `height` can be set: notes, outside Excel on the web (there, per the
   * Excel.Note reference, they are not supported). Else notes open at Excel's default size.
   */
  noteSize: boolean;
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject()`; else merges are inferred from blank header cells. */
  mergedAreas: boolean;
  /** ExcelApi 1.14: `WorksheetChangedEventArgs.triggerSource`; else a write-in-progress window. */
  triggerSource: boolean;
  /**
   * ExcelApi 1.17: `Worksheet.onNameChanged` tells of a rename; else each edit of the sheet looks its name
   * up by id before it is re-scored.
   */
  nameChanged: boolean;
  /**
   * ExcelApi 1.20: the add-in's writes join Excel's undo history. Before, every API write clears it, so
   * automatic re-scoring takes away the user's undo of their own typing.
   */
  undoKept: boolean;
}

export type SetSupported = (version: string) => boolean;

export function officeSetSupported(): SetSupported {
  return (version) => Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * Whether the add-in runs in Excel on the web (`Office.context.platform`); null outside Office (tests,
 * the bench), where nothing that depends on it is done.
 */
export function officeOnWeb(): boolean | null {
  return typeof Office === "undefined" ? null : Office.context.platform === Office.PlatformType.OfficeOnline;
}

export function detectCapabilities(isSupported: SetSupported, onWeb: boolean | null): OfficeCapabilities {
  const notes = isSupported("1.18");
  return {
    notes,
    noteSize: notes && onWeb === false,
    mergedAreas: isSupported("1.13"),
    triggerSource: isSupported("1.14"),
    nameChanged: isSupported("1.17"),
    undoKept: isSupported("1.20"),
  };
}
