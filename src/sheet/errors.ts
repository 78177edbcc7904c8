/** Misuse of the sheet pipeline throws one of these (bad data never does: see InputProblem). */
import type { Localized } from "../engine/types";

export type SheetErrorCode =
  | "sheetNotFound"
  | "noSheets"
  | "sheetTooLarge"
  | "noRoomForScores"
  | "rulesSheetElsewhere"
  | "formulaOverLimit";

/** `text` says what happened and what to do in each language; `message` is its English. */
export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    readonly text: Localized,
  ) {
    super(text.en);
    this.name = "SheetError";
  }
}
