/**
 * Misuse of a host, or a plan that breaks a host's promises (e.g. a note over a person's note):
 * thrown, never swallowed. Bad data in a sheet is not a HostError (it is an InputProblem).
 */
export type HostErrorCode =
  | "unknownSheet" // the plan or the caller names a sheet the workbook does not have
  | "personsNote" // the plan would replace or delete a note a person wrote
  | "unmarkedNote" // the plan writes a note without our marker: it could never be recognised again
  | "overlappingMerge" // the plan merges cells that are already merged
  | "unreadableWorkbook"; // the bytes are not an .xlsx workbook

export class HostError extends Error {
  /**
   * `cells`: the cells the error is about ("F6"); `sheet`: the sheet it is about. Both are for a
   * message in the user's language (the message itself is for developers, in English).
   */
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly cells: readonly string[] = [],
    readonly sheet?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
