/** Scores one manager: every indicator's rule, rounded once, with its trace; then the total. */
import type { ManagerInput, ManagerResult } from "./types";
import { ScoreTable, ScoredManager } from "./score-table";
import { type EvalContext, readField } from "./context";
import { type BoundIndicator, type BoundRuleSet, bindRuleSet } from "./bind";
import { type Arithmetic, numbers } from "./arithmetic";
import { roundHalfAwayBy } from "./decimal";
import type { RuleSet } from "./ruleset";
import type { TraceStep } from "./trace";
import { PathNode, ReadNode } from "./path";
import { InputSlots } from "./input-slots";
import { assignRanks } from "./rank";

/** Where a fresh context starts (each indicator starts at its own root). */
const START = new PathNode([]);
/** Where a fresh context's fields read start (each indicator starts at its own root). */
const NOTHING_READ = new ReadNode([]);

export function newContext<V>(
  bound: BoundRuleSet,
  input: ManagerInput,
  ar: Arithmetic<V>,
  steps: TraceStep<V>[] | null,
): EvalContext<V> {
  const inputs = new InputSlots(bound.fields);
  inputs.load(input);
  return {
    input,
    inputs,
    fields: bound.fields,
    ar,
    reads: NOTHING_READ,
    steps,
    path: START,
    problems: [],
    warnings: [],
    pending: false,
    zeroTarget: null,
  };
}

/**
 * A field the applied branch did not need is still checked: a blank or unusable input of an
 * indicator leaves it unscored whichever branch applies (so a closed gate does not hide a blank
 * target, and a sheet formula, which reads every input, agrees).
 */
function checkUnread<V>(ind: BoundIndicator, ctx: EvalContext<V>): void {
  const unread = ctx.reads.unreadOf(ind.declsUsed);
  for (let i = 0; i < unread.length; i++) readField(ctx, unread[i]);
}

/**
 * Evaluates one indicator's rule in a context reused across the manager's indicators (fewer
 * allocations); afterwards the context holds the fields read, the path, problems and warnings.
 * Returns the unrounded value.
 */
export function runIndicator<V>(ind: BoundIndicator, ctx: EvalContext<V>): V {
  ctx.reads = ind.reads;
  if (ctx.steps !== null) ctx.steps.length = 0;
  if (ctx.problems.length > 0) ctx.problems = [];
  if (ctx.warnings.length > 0) ctx.warnings = [];
  ctx.zeroTarget = null;
  ctx.path = ind.paths;
  const value = ind.run(ctx);
  checkUnread(ind, ctx);
  return value;
}

/** Points a reused context at another manager's inputs. */
export function useInput<V>(ctx: EvalContext<V>, input: ManagerInput): void {
  ctx.input = input;
  ctx.inputs.load(input);
}

/** One scoring context per rule set, reused for every manager (scoring is synchronous). */
const contexts = new WeakMap<BoundRuleSet, EvalContext<number>>();

function scoringContext(bound: BoundRuleSet, input: ManagerInput): EvalContext<number> {
  let ctx = contexts.get(bound);
  if (ctx === undefined) {
    ctx = newContext(bound, input, numbers, null);
    contexts.set(bound, ctx);
  }
  useInput(ctx, input);
  ctx.pending = false;
  return ctx;
}

/**
 * Scores one manager into row `row` of a table (see score-table.ts); rank fields are 0 (see
 * scoreAll). Never throws on data.
 */
export function scoreInto(table: ScoreTable, row: number, input: ManagerInput): ManagerResult {
  const bound = table.bound;
  const count = bound.indicators.length;
  let total = 0;
  let complete = true;
  let provisional = false;
  // Scoring evaluates with plain numbers; the arithmetic as expressions is rebuilt when explaining.
  const ctx = scoringContext(bound, input);
  for (let i = 0, at = row * count; i < count; i++, at++) {
    const ind = bound.indicators[i];
    const value = runIndicator(ind, ctx);
    // The compact trace: the path node (its shared choices) and the fields read.
    table.paths[at] = ctx.path.index;
    table.fields[at] = ctx.reads.index;
    table.raw[at] = value;
    // runIndicator starts a new list when the last one was kept, so the lists are kept as they are.
    if (ctx.problems.length > 0) {
      table.setProblems(at, ctx.problems);
      complete = false;
    } else {
      const score = roundHalfAwayBy(value, bound.scale);
      table.score[at] = score;
      if (!ind.bonus && score < ind.weight) table.lost[at] = roundHalfAwayBy(ind.weight - score, bound.scale);
      total += score;
    }
    if (ctx.warnings.length > 0) {
      table.setWarnings(at, ctx.warnings);
      for (const w of ctx.warnings) if (w.code === "pending") provisional = true;
    }
  }
  // The sum of 2-dp numbers, read back at 2 dp: exactly what a person adding the cells gets.
  total = roundHalfAwayBy(total, bound.scale);
  return new ScoredManager(input, total, complete, provisional, table, row);
}

/** Scores one manager; rank fields are 0 (see scoreAll). Never throws on data. */
export function evaluateManager(rs: RuleSet, input: ManagerInput): ManagerResult {
  return scoreInto(new ScoreTable(bindRuleSet(rs), 1), 0, input);
}

/** Scores every manager and ranks them; results keep the order of `inputs`. */
export function scoreAll(rs: RuleSet, inputs: readonly ManagerInput[]): ManagerResult[] {
  const table = new ScoreTable(bindRuleSet(rs), inputs.length);
  const results = inputs.map((input, i) => scoreInto(table, i, input));
  assignRanks(results);
  return results;
}
