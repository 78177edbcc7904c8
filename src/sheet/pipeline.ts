/**
 * The pure pipeline behind every host: read → detect → parse → score → plan → apply.
 */
import {
  assignRanks,
  copyResult,
  evaluateManager,
  explainIndicator,
  explainTotal,
  scoreAll,
  type RuleSet,
} from "../engine";
import type { InputProblem, Locale, ManagerInput, ManagerResult } from "../engine/types";
import { parseRangeAddress } from "./address";
import { valueWriter, type CellWriter } from "./cell-writer";
import { chooseScoringSheet } from "./scoring-sheet";
import type { Detection, MappingOverride, SkippedRow } from "./detection";
import { explainAll, noteOf, type Explainer, type Explanations } from "./explanations";
import { scoreLayout, type ScoreLayout } from "./layout";
import { readManagers } from "./managers";
import { planWrite } from "./plan";
import { buildReport, type Report } from "./report";
import type { SheetSnapshot, WorkbookHost, WritePlan } from "./types";

export interface ScoreOptions {
  ruleSet: RuleSet;
  locale: Locale;
  /** Score this sheet instead of the one that detects best. */
  sheet?: string;
  /** Write an explanation note on each score and total cell (default true); our old notes go either way. */
  notes?: boolean;
  /**
   * The cell writer for score cells; value mode when absent. Formula mode passes the formula
   * compiler's writer (`formulaWriter` of src/formula/writer.ts): the sheet layer does not import it.
   */
  writer?: CellWriter;
  mapping?: MappingOverride;
  /** Write the plan to the host (default true). */
  apply?: boolean;
}

export interface ScoreRun {
  sheet: string;
  detection: Detection;
  managers: ManagerInput[];
  results: ManagerResult[];
  skippedRows: SkippedRow[];
  /** Every input problem: each field's, and those of no field (duplicate names). */
  problems: InputProblem[];
  plan: WritePlan;
  report: Report;
  layout: ScoreLayout;
  explanations: Explanations;
  /** The sheet as read before writing (for re-scoring changed rows). */
  snapshot: SheetSnapshot;
}

function engineExplainer(rs: RuleSet): Explainer {
  return {
    indicator: (m, id, locale) => explainIndicator(rs, m, id, locale),
    total: (m, locale) => explainTotal(rs, m, locale),
  };
}

function writerFor(opts: ScoreOptions): CellWriter {
  return opts.writer ?? valueWriter(opts.locale);
}

function collectProblems(results: readonly ManagerResult[], other: readonly InputProblem[]): InputProblem[] {
  const out: InputProblem[] = [];
  for (const m of results) {
    const seen = new Set<string>();
    for (const ind of m.indicators) {
      for (const p of ind.problems) {
        const key = `${p.cell}\u0000${p.field}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(p);
        }
      }
    }
  }
  return [...out, ...other];
}

interface Assembled {
  snapshot: SheetSnapshot;
  detection: Detection;
  managers: ManagerInput[];
  results: ManagerResult[];
  explanations: Explanations;
  otherProblems: InputProblem[];
  onlyRows?: ReadonlySet<number>;
  totalRows?: ReadonlySet<number>;
}

function assemble(a: Assembled, opts: ScoreOptions): ScoreRun {
  const rs = opts.ruleSet;
  const writer = writerFor(opts);
  const layout = scoreLayout(rs, a.detection, writer.scoredCount !== undefined);
  const plan: WritePlan = a.detection.ok
    ? planWrite({
        snapshot: a.snapshot,
        detection: a.detection,
        ruleSet: rs,
        results: a.results,
        explanations: a.explanations,
        writer,
        onlyRows: a.onlyRows,
        totalRows: a.totalRows,
        notes: opts.notes,
      })
    : { sheet: a.snapshot.name, clear: [], blocks: [], merges: [], styles: [], notes: [], deleteNotes: [] };
  const report = buildReport({
    ruleSet: rs,
    sheet: a.snapshot.name,
    results: a.results,
    explanations: a.explanations,
    layout,
    otherProblems: a.otherProblems,
    skippedRows: a.detection.skippedRows,
    locale: opts.locale,
  });
  return {
    sheet: a.snapshot.name,
    detection: a.detection,
    managers: a.managers,
    results: a.results,
    skippedRows: a.detection.skippedRows,
    problems: collectProblems(a.results, a.otherProblems),
    plan,
    report,
    layout,
    explanations: a.explanations,
    snapshot: a.snapshot,
  };
}

/** Scores a snapshot already read (no host): detect → parse → score → plan. */
export function scoreSnapshot(snapshot: SheetSnapshot, detection: Detection, opts: ScoreOptions): ScoreRun {
  const rs = opts.ruleSet;
  const read = detection.ok
    ? readManagers(snapshot, detection, rs, opts.locale)
    : { managers: [], problems: [] };
  const results = scoreAll(rs, read.managers);
  const explanations = explainAll(results, engineExplainer(rs), opts.locale);
  return assemble(
    { snapshot, detection, managers: read.managers, results, explanations, otherProblems: read.problems },
    opts,
  );
}

/**
 * Reads the workbook, chooses the scoring sheet, scores it and (unless `apply: false`) writes the
 * plan. A sheet that is not a scoring sheet is not an error: `run.detection.ok` is false, the plan is
 * empty and `run.detection.issues` say what was found and what is missing.
 */
export async function scoreWorkbook(host: WorkbookHost, opts: ScoreOptions): Promise<ScoreRun> {
  const all = await host.listSheets();
  const names = opts.sheet !== undefined && all.includes(opts.sheet) ? [opts.sheet] : all;
  const snapshots = await Promise.all(names.map((n) => host.readSheet(n)));
  const choice = chooseScoringSheet(snapshots, opts.ruleSet, { sheet: opts.sheet, mapping: opts.mapping });
  const run = scoreSnapshot(choice.snapshot, choice.detection, opts);
  if (opts.apply !== false && run.detection.ok) await host.apply(run.plan);
  return run;
}

/** Which manager and score a clicked cell (0-based) shows; null when it is not one of ours. */
export function locateScoreCell(
  run: ScoreRun,
  row: number,
  col: number,
): { managerIndex: number; indicatorId: string | "total" } | null {
  const managerIndex = run.results.findIndex((m) => m.input.row - 1 === row);
  if (managerIndex < 0) return null;
  if (col === run.layout.totalCol) return { managerIndex, indicatorId: "total" };
  for (const [id, c] of Object.entries(run.layout.indicatorCols))
    if (c === col) return { managerIndex, indicatorId: id };
  return null;
}

/** 0-based rows touched by A1 ranges ("F7", "F7:H9", "考核表!F7"). */
export function rowsInRanges(ranges: readonly string[]): Set<number> | null {
  const rows = new Set<number>();
  for (const a of ranges) {
    const r = parseRangeAddress(a);
    if (!r) return null;
    for (let i = r.top; i <= r.bottom; i++) rows.add(i);
  }
  return rows;
}

/** Managers (0-based rows) whose inputs a change touched; null when the change needs a full re-score. */
export function changedManagerRows(run: ScoreRun, ranges: readonly string[]): Set<number> | null {
  const rows = rowsInRanges(ranges);
  if (!rows) return null;
  const d = run.detection;
  const managerRows = new Set(d.managers.map((m) => m.row));
  const lastHeader = Math.max(d.weightsRow ?? -1, ...d.headerRows);
  const identity = [d.nameCol, d.regionCol];
  const changed = new Set<number>();
  for (const a of ranges) {
    const r = parseRangeAddress(a)!;
    if (identity.some((c) => c !== null && c >= r.left && c <= r.right)) return null;
  }
  for (const row of rows) {
    if (row <= lastHeader) return null;
    if (managerRows.has(row)) changed.add(row);
  }
  return changed;
}

/**
 * Re-scores only the managers whose rows the changed ranges touch: their scores, totals and notes
 * are rewritten, every other manager's scores stay as they were, ranks are recomputed for all.
 * Falls back to a full re-score when the change touches headers, names, regions or new rows.
 */
export async function rescoreChanged(
  host: WorkbookHost,
  run: ScoreRun,
  changedRanges: readonly string[],
  opts: ScoreOptions,
): Promise<ScoreRun> {
  const rows = changedManagerRows(run, changedRanges);
  if (rows === null) return scoreWorkbook(host, { ...opts, sheet: run.sheet });
  const rs = opts.ruleSet;
  const snapshot = await host.readSheet(run.sheet);
  const read = readManagers(snapshot, run.detection, rs, opts.locale, rows);
  const fresh = new Map(read.managers.map((m) => [m.row - 1, m]));
  const explainer = engineExplainer(rs);
  const indicators = [...run.explanations.indicators];
  const totals = [...run.explanations.totals];
  const managers = run.managers.map((m) => fresh.get(m.row - 1) ?? m);
  const results = run.results.map((r) => {
    const input = fresh.get(r.input.row - 1);
    return input ? evaluateManager(rs, input) : copyResult(r);
  });
  assignRanks(results);
  const totalRows = new Set<number>();
  results.forEach((m, i) => {
    const row = m.input.row - 1;
    if (fresh.has(row)) {
      indicators[i] = m.indicators.map((ind) => noteOf(explainer.indicator(m, ind.id, opts.locale)));
    } else {
      const before = run.results[i];
      if (before.rank === m.rank && before.rankInRegion === m.rankInRegion) return;
      totalRows.add(row);
    }
    totals[i] = noteOf(explainer.total(m, opts.locale));
  });
  const next = assemble(
    {
      snapshot,
      detection: run.detection,
      managers,
      results,
      explanations: { indicators, totals },
      otherProblems: read.problems,
      onlyRows: rows,
      totalRows,
    },
    opts,
  );
  if (opts.apply !== false && rows.size > 0) await host.apply(next.plan);
  return next;
}
