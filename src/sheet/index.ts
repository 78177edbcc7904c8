/** The pure sheet pipeline: snapshot → detection → ManagerInput[] → (engine) → WritePlan + Report. */
export * from "./types";
export * from "./address";
export { MARKER, isOurNote, markNote, noteBody } from "./marker";
export { formulaSafeText } from "./safe-text";
export { headerKey } from "./normalize";
export { GENERIC_HEADERS, BLOCK_HEADERS, SUBTOTAL_WORDS, WORD_SYNONYMS } from "./synonyms";
export type {
  Detection,
  DetectionIssue,
  DetectionIssueKind,
  FieldMapping,
  ManagerRow,
  MappingOverride,
  OwnedBlock,
  SkippedRow,
} from "./detection";
export { detectLayout } from "./detect";
export { chooseScoringSheet, type SheetChoice } from "./scoring-sheet";
export { parseField, type CellRead } from "./parse";
export { readNumberText, halfWidth } from "./number-text";
export { readManagers, type ManagerRead } from "./managers";
export { scoreLayout, type ScoreLayout } from "./layout";
export {
  valueWriter,
  NOT_SCORED,
  type CellWriter,
  type IndicatorCellContext,
  type ManagerCellContext,
} from "./cell-writer";
export { explainAll, type Explainer, type Explanations } from "./explanations";
export { planWrite, type PlanInput } from "./plan";
export { STYLE } from "./styles";
export {
  buildReport,
  problemMessage,
  type Report,
  type ReportManager,
  type ReportIndicator,
  type ReportProblem,
} from "./report";
export { SheetError, type SheetErrorCode } from "./errors";
export { buildSnapshot, displayText, type CellSpec, type SnapshotSpec } from "./build";
export {
  scoreWorkbook,
  scoreSnapshot,
  locateScoreCell,
  changedManagerRows,
  rescoreChanged,
  type ScoreOptions,
  type ScoreRun,
} from "./pipeline";
