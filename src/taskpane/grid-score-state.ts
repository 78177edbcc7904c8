/**
 * What the pane's hook (use-grid-score.ts) holds and offers: its state, its actions, the state it
 * starts from, and what the pane says of a failure in the pane's language.
 */
import type { RuleSet } from "../engine";
import type { InputProblem, Locale, RuleSetMeta } from "../engine/types";
import { HostError } from "../hosts/host-error";
import type { RulesProblem } from "../rules/problems";
import type { RuleSource } from "../rules/workbook";
import type { DetectRun } from "../sheet/detect-run";
import type { MappingOverride } from "../sheet/detection";
import { SheetError } from "../sheet/errors";
import type { ScoreRun } from "../sheet/pipeline";
import type { Phase } from "./progress-host";
import type { RuleSetSource } from "./rule-set-source";
import { stringsFor } from "./strings";

export interface ScoreSelection {
  managerIndex: number;
  indicatorId: string | "total";
}

/**
 * What the pane knows of the sheet: a detection (sheet, layout, managers parsed) until something is
 * scored, then the whole scoring run.
 */
export type PaneRun = DetectRun | ScoreRun;

/** Whether the run was scored (written, or scored without writing to list the input problems). */
export function isScoreRun(run: PaneRun | null): run is ScoreRun {
  return run !== null && "results" in run;
}

export interface GridScoreState {
  phase: Phase;
  /**
   * The last detection or score: detection only (no scores) until the user scores or asks for the
   * input problems; `scored` tells whether a score was written to the sheet.
   */
  run: PaneRun | null;
  scored: boolean;
  /** The whole rule set, once loaded to score (explanations need it); detection needs only its metadata. */
  rules: RuleSet | null;
  /**
   * The fields, indicators and header synonyms the sheet is detected with: the workbook's rules sheet
   * when it has one (read at start-up), else the pane's rule set.
   */
  meta: RuleSetMeta;
  mapping: MappingOverride;
  /** Set when the workbook's saved mapping was damaged or foreign (and so ignored). */
  damagedSetting: string | null;
  auto: boolean;
  /** Formula mode: score cells hold live formulas compiled from the rule set. */
  formulas: boolean;
  selection: ScoreSelection | null;
  error: string | null;
  /** Which rule set scores (the workbook's rules sheet, else the built-in set), once looked at. */
  ruleSource: RuleSource | null;
  /** The problems (or warnings) of the rule set looked at last: a rules sheet or a file loaded. */
  rulesProblems: RulesProblem[];
  /** Cells whose old explanation was left in place, out of date, because people replied under it. */
  keptThreads: readonly string[];
}

export interface GridScore extends GridScoreState {
  /** Scores the sheet and writes scores and explanations (the Regenerate button). */
  score(): Promise<void>;
  /** Scores without writing when only detected so far, so that the input problems can be listed. */
  findProblems(): Promise<void>;
  /** Turns re-scoring of edited rows on or off. */
  setAuto(on: boolean): void;
  /** Turns formula mode on or off for the next scoring. */
  setFormulas(on: boolean): void;
  /** The user's correction of one field's column (null = back to detection); saved in the workbook. */
  setFieldColumn(field: string, column: string | null): Promise<void>;
  /** Shows an input problem's cell in the workbook. */
  showProblem(problem: InputProblem): Promise<void>;
  /** Shows a cell ("B4") of the scored sheet in the workbook. */
  showCell(cell: string): Promise<void>;
  /** Looks at the rules in force (the 规则 tab): the workbook's rules sheet, else the built-in set. */
  inspectRules(): Promise<void>;
  /** Writes the rule set in force into this workbook as its rules sheet (规则). */
  writeRules(): Promise<void>;
  /** Checks a rule-set file (.json text) and, when it has no errors, writes it as the rules sheet. */
  loadRuleFile(text: string): Promise<void>;
  /** Shows a cell of the rules sheet ("规则!E12"). */
  showRulesCell(cell: string): Promise<void>;
  dismissError(): void;
  /** The host's writes clear Excel's undo history (the auto switch says so). */
  clearsUndo: boolean;
}

export interface GridScoreOptions {
  ruleSet: RuleSetSource;
  locale: Locale;
}

export const initial: Omit<GridScoreState, "meta"> = {
  phase: "idle",
  run: null,
  scored: false,
  rules: null,
  mapping: {},
  damagedSetting: null,
  auto: false,
  formulas: false,
  selection: null,
  error: null,
  ruleSource: null,
  rulesProblems: [],
  keptThreads: [],
};

/** A stop the pane has already put in its own words (e.g. rules with problems). */
export class Stopped extends Error {}

/**
 * What the pane says of a failure, in the pane's language: the sheet's and the host's own cases by
 * their codes; anything else is Excel refusing a request (its message is in Office's language, its
 * code in brackets).
 */
export function message(error: unknown, locale: Locale): string {
  const s = stringsFor(locale);
  if (error instanceof Stopped) return error.message;
  if (error instanceof SheetError) return error.text[locale];
  if (error instanceof HostError) {
    if (error.code === "personsNote" && error.cells.length > 0) return s.personsNote(error.cells);
    if (error.code === "unknownSheet" && error.sheet !== undefined) return s.sheetGone(error.sheet);
    return s.hostCheckFailed(error.code);
  }
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  return s.excelRefused(typeof code === "string" && code !== "" ? `${text} (${code})` : text);
}
