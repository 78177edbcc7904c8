/**
 * Indicator results stored by column: one table per scoring batch (`scoreAll`) holds every manager's
 * indicator scores, raw values, paths and fields in typed arrays (paths and fields as the numbers of
 * their nodes, path.ts; problems and warnings apart, for the few cells that have them), and each
 * result in `ManagerResult.indicators` is a small view of one cell of the table (a table, a position
 * and the indicator), made when the manager's indicators are first read. Scoring 10,000 managers
 * then makes 10,000 objects instead of 300,000 with boxed doubles, and the garbage collector has
 * nothing in the table to trace: no array of 150,000 references to visit when a new table is moved
 * (arrays of references make every young-generation collection during scoring several times longer,
 * and the tables it promotes bring on full collections sooner).
 *
 * A view is the indicator's result and its compact trace at once (`trace` returns the view itself):
 * both read the same cell. Views are read-only; the engine never changes a result once made.
 */
import type { IndicatorResult, InputProblem, ManagerInput, ManagerResult, ResultWarning } from "./types";
import type { Trace } from "./trace";
import type { BoundIndicator, BoundRuleSet } from "./bind";

const NONE: never[] = [];

/** `ScoreTable.flags`: the cell has input problems (it is not scored) / warnings. */
const HAS_PROBLEMS = 1;
const HAS_WARNINGS = 2;

export class ScoreTable {
  /** The unrounded score of each cell (manager × indicator, in rule-set order). */
  readonly raw: Float64Array;
  /** The rounded score of each cell (the same number as the sheet shows). */
  readonly score: Float64Array;
  /** The points lost of each cell: weight − score for a scored, non-bonus cell below its weight, else 0. */
  readonly lost: Float64Array;
  /** The path node each evaluation ended at, by its number in the indicator's tree (path.ts). */
  readonly paths: Int32Array;
  /** The fields read, as the number of the node in the indicator's fields-read tree (path.ts). */
  readonly fields: Int32Array;
  /** HAS_PROBLEMS and HAS_WARNINGS per cell; the lists are kept only for the cells that have them. */
  readonly flags: Uint8Array;
  private readonly problemsAt = new Map<number, InputProblem[]>();
  private readonly warningsAt = new Map<number, ResultWarning[]>();

  constructor(
    readonly bound: BoundRuleSet,
    managers: number,
  ) {
    const cells = managers * bound.indicators.length;
    this.raw = new Float64Array(cells);
    this.score = new Float64Array(cells);
    this.lost = new Float64Array(cells);
    this.paths = new Int32Array(cells);
    this.fields = new Int32Array(cells);
    this.flags = new Uint8Array(cells);
  }

  /** A cell is scored exactly when it has no problems. */
  setProblems(at: number, problems: InputProblem[]): void {
    this.flags[at] |= HAS_PROBLEMS;
    this.problemsAt.set(at, problems);
  }

  setWarnings(at: number, warnings: ResultWarning[]): void {
    this.flags[at] |= HAS_WARNINGS;
    this.warningsAt.set(at, warnings);
  }

  problems(at: number): InputProblem[] {
    return this.flags[at] & HAS_PROBLEMS ? (this.problemsAt.get(at) ?? NONE) : NONE;
  }

  warnings(at: number): ResultWarning[] {
    return this.flags[at] & HAS_WARNINGS ? (this.warningsAt.get(at) ?? NONE) : NONE;
  }
}

/** One indicator result (and its trace) as a view of a table cell. */
export class IndicatorCell implements IndicatorResult, Trace {
  /** The trace's fields read and path (shared arrays, see path.ts), found when the view is made. */
  readonly fields: readonly string[];
  readonly path: readonly number[];

  constructor(
    private readonly table: ScoreTable,
    private readonly at: number,
    private readonly ind: BoundIndicator,
  ) {
    this.fields = ind.reads.nodeAt(table.fields[at]).fields;
    this.path = ind.paths.nodeAt(table.paths[at]).choices;
  }

  get id(): string {
    return this.ind.id;
  }

  /** The trace's name for the indicator id. */
  get indicator(): string {
    return this.ind.id;
  }

  get weight(): number {
    return this.ind.weight;
  }

  get bonus(): boolean {
    return this.ind.bonus;
  }

  get score(): number | null {
    const t = this.table;
    return t.flags[this.at] & HAS_PROBLEMS ? null : t.score[this.at];
  }

  get raw(): number | null {
    const t = this.table;
    return t.flags[this.at] & HAS_PROBLEMS ? null : t.raw[this.at];
  }

  get lost(): number {
    return this.table.lost[this.at];
  }

  get problems(): InputProblem[] {
    return this.table.problems(this.at);
  }

  get warnings(): ResultWarning[] {
    return this.table.warnings(this.at);
  }

  get trace(): Trace {
    return this;
  }

  /** Plain data (for JSON and for comparing results in tests). */
  toJSON(): IndicatorResult {
    const { id, weight, bonus, score, lost, problems, warnings } = this;
    const trace: Trace = { indicator: id, fields: this.fields, path: this.path, raw: this.raw, score };
    return { id, weight, bonus, score, lost, problems, warnings, trace };
  }
}

/**
 * A manager's result whose indicator results are made when first asked for (`indicators`), from its
 * row of the table: scoring itself makes one object per manager.
 */
export class ScoredManager implements ManagerResult {
  rank = 0;
  rankInRegion = 0;
  private views: IndicatorCell[] | undefined = undefined;

  constructor(
    readonly input: ManagerInput,
    readonly total: number,
    readonly complete: boolean,
    readonly provisional: boolean,
    private readonly table: ScoreTable,
    private readonly row: number,
  ) {}

  get indicators(): IndicatorResult[] {
    return this.cells();
  }

  private cells(): IndicatorCell[] {
    if (this.views !== undefined) return this.views;
    const list = this.table.bound.indicators;
    const views: IndicatorCell[] = new Array(list.length);
    for (let i = 0, at = this.row * list.length; i < list.length; i++, at++) {
      views[i] = new IndicatorCell(this.table, at, list[i]);
    }
    return (this.views = views);
  }

  /** The same result with its own rank fields (ranks of another set of results can be assigned to it). */
  copy(): ScoredManager {
    const m = new ScoredManager(
      this.input,
      this.total,
      this.complete,
      this.provisional,
      this.table,
      this.row,
    );
    m.rank = this.rank;
    m.rankInRegion = this.rankInRegion;
    return m;
  }

  /** Plain data (for JSON and for comparing results in tests). */
  toJSON(): ManagerResult {
    const { input, total, complete, provisional, rank, rankInRegion } = this;
    const indicators = this.cells().map((i) => i.toJSON());
    return { input, indicators, total, complete, provisional, rank, rankInRegion };
  }
}

/** A copy of a result whose rank fields can be changed without changing the original's. */
export function copyResult(m: ManagerResult): ManagerResult {
  return m instanceof ScoredManager ? m.copy() : { ...m };
}
