/**
 * The pipeline's first half on its own: read → choose the sheet → detect → parse, with no scoring,
 * explanations, write plan or report. What the pane shows before the user scores (the sheet found, the
 * managers and regions counted, the field → column mapping); scoring runs the whole pipeline. Imports no
 * engine code: only the rule set's metadata (fields, indicators, header synonyms) is read.
 */
import type { Locale, ManagerInput, RuleSetMeta } from "../engine/types";
import { chooseScoringSheet } from "./scoring-sheet";
import type { Detection, MappingOverride, SkippedRow } from "./detection";
import { readManagers } from "./managers";
import type { SheetSnapshot, WorkbookHost } from "./types";

export interface DetectOptions {
  ruleSet: RuleSetMeta;
  locale: Locale;
  /** Detect this sheet instead of the one that detects best. */
  sheet?: string;
  mapping?: MappingOverride;
}

/** The part of a `ScoreRun` known before scoring (a `ScoreRun` is also a `DetectRun`). */
export interface DetectRun {
  sheet: string;
  detection: Detection;
  managers: ManagerInput[];
  skippedRows: SkippedRow[];
  /** The sheet as read. */
  snapshot: SheetSnapshot;
}

/**
 * Reads the workbook, chooses the scoring sheet, detects its layout and parses the managers' inputs:
 * the same sheet, detection and managers `scoreWorkbook(…, { apply: false })` gives, without scoring.
 */
export async function detectWorkbook(host: WorkbookHost, opts: DetectOptions): Promise<DetectRun> {
  const all = await host.listSheets();
  const names = opts.sheet !== undefined && all.includes(opts.sheet) ? [opts.sheet] : all;
  const snapshots = await Promise.all(names.map((n) => host.readSheet(n)));
  const choice = chooseScoringSheet(snapshots, opts.ruleSet, { sheet: opts.sheet, mapping: opts.mapping });
  const { snapshot, detection } = choice;
  const managers = detection.ok ? readManagers(snapshot, detection, opts.ruleSet, opts.locale).managers : [];
  return { sheet: snapshot.name, detection, managers, skippedRows: detection.skippedRows, snapshot };
}
