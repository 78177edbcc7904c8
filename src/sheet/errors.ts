/** Misuse of the sheet pipeline throws one of these (bad data never does: see InputProblem). */
export type SheetErrorCode = "sheetNotFound" | "noSheets";

export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SheetError";
  }
}
