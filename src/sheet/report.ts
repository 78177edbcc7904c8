/** The machine-readable report (`--report`), with each score cell's A1 address. */
import { expectedFor } from "../engine/context";
import type { FieldType, InputProblem, Locale, ManagerResult, RuleSetMeta } from "../engine/types";
import { cellAddress, parseCellAddress } from "./address";
import type { SkippedRow } from "./detection";
import type { Explanations } from "./explanations";
import { noteBody } from "./marker";
import { expectedText } from "./messages";
import { shownText } from "./safe-text";
import type { ScoreLayout } from "./layout";

export interface ReportProblem {
  cell: string;
  field: string;
  message: string;
}

export interface ReportIndicator {
  score: number | null;
  weight: number;
  explanation: string;
  cell: string;
}

export interface ReportManager {
  row: number;
  region: string;
  name: string;
  total: number;
  complete: boolean;
  provisional: boolean;
  rankInRegion: number;
  rank: number;
  totalCell: string;
  indicators: Record<string, ReportIndicator>;
  problems: ReportProblem[];
}

export interface Report {
  ruleSet: string;
  sheet: string;
  managers: ReportManager[];
  /** Every input problem of the sheet (each manager's, and those of no manager such as duplicates). */
  problems: Array<ReportProblem & { row: number; name: string }>;
  skippedRows: Array<{ row: number; reason: SkippedRow["reason"]; text: string }>;
}

const FIELD_TYPES = Object.keys(expectedText) as FieldType[];

/**
 * What was expected, in `locale`. The engine records its own problems (a blank or missing field, a
 * value its guard refuses) with `expectedFor(type)`, in one language; those are said in `locale`
 * here. The sheet parser's expectations are already in the run's language.
 */
function expectedIn(p: InputProblem, locale: Locale): string {
  const type = FIELD_TYPES.find((t) => expectedFor(t) === p.expected);
  return type === undefined ? p.expected : expectedText[type][locale];
}

/**
 * One sentence per input problem: the cell, the text found (cut when long, control characters
 * escaped), what was expected.
 */
export function problemMessage(p: InputProblem, locale: Locale): string {
  const zh = locale === "zh-CN";
  const expected = expectedIn(p, locale);
  const found = shownText(p.found, locale);
  if (p.code === "missingColumn")
    return zh ? `表中没有这一列，应为${expected}` : `the sheet has no such column; expected ${expected}`;
  if (p.code === "duplicate")
    return zh
      ? `${p.cell}：姓名“${found}”重复，应为${expected}`
      : `${p.cell}: the name "${found}" is repeated; expected ${expected}`;
  if (p.found === "")
    return zh ? `${p.cell}：空白，应为${expected}` : `${p.cell}: blank; expected ${expected}`;
  return zh
    ? `${p.cell}：“${found}”无法使用，应为${expected}`
    : `${p.cell}: "${found}" cannot be used; expected ${expected}`;
}

function managerProblems(m: ManagerResult, locale: Locale): ReportProblem[] {
  const seen = new Set<string>();
  const out: ReportProblem[] = [];
  for (const ind of m.indicators) {
    for (const p of ind.problems) {
      const key = `${p.cell}\u0000${p.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ cell: p.cell, field: p.field, message: problemMessage(p, locale) });
    }
  }
  return out;
}

export interface ReportInput {
  ruleSet: RuleSetMeta;
  sheet: string;
  results: readonly ManagerResult[];
  explanations: Explanations;
  layout: ScoreLayout;
  /** Problems that belong to no indicator (duplicate names). */
  otherProblems: readonly InputProblem[];
  skippedRows: readonly SkippedRow[];
  locale: Locale;
}

/**
 * Makes `obj[key]` a value computed on first read and then kept: an own enumerable property all
 * along, so JSON, spreads and comparisons see it as a plain one.
 */
function lazyProperty<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): void {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = make();
      Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    set(this: T, value: T[K]) {
      Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
    },
  });
}

export function buildReport(input: ReportInput): Report {
  const { results, explanations, layout, locale } = input;
  const problems: Report["problems"] = [];
  const otherByRow = new Map<number, ReportProblem[]>();
  const missingListed = new Set<string>();
  for (const p of input.otherProblems) {
    const row = (parseCellAddress(p.cell)?.row ?? -1) + 1;
    otherByRow.set(row, [
      ...(otherByRow.get(row) ?? []),
      { cell: p.cell, field: p.field, message: problemMessage(p, locale) },
    ]);
  }
  const managers = results.map((m, i): ReportManager => {
    const row = m.input.row - 1;
    const indicators = (): Record<string, ReportIndicator> => {
      const byId: Record<string, ReportIndicator> = {};
      m.indicators.forEach((ind, k) => {
        const col = layout.indicatorCols[ind.id];
        byId[ind.id] = {
          score: ind.score,
          weight: ind.weight,
          explanation: noteBody(explanations.indicators[i][k]),
          cell: col === undefined ? "" : cellAddress(row, col),
        };
      });
      return byId;
    };
    const own = [...managerProblems(m, locale), ...(otherByRow.get(m.input.row) ?? [])];
    otherByRow.delete(m.input.row);
    for (const p of own) {
      // A missing column is one problem of the sheet, listed once (each manager still lists it).
      if (p.cell === "" && missingListed.has(p.field)) continue;
      if (p.cell === "") missingListed.add(p.field);
      problems.push({ ...p, row: m.input.row, name: m.input.name });
    }
    const manager: ReportManager = {
      row: m.input.row,
      region: m.input.region,
      name: m.input.name,
      total: m.total,
      complete: m.complete,
      provisional: m.provisional,
      rankInRegion: m.rankInRegion,
      rank: m.rank,
      totalCell: cellAddress(row, layout.totalCol),
      indicators: {},
      problems: own,
    };
    // 150,000 entries for 10,000 managers, made when read (the JSON report), not for a summary.
    lazyProperty(manager, "indicators", indicators);
    return manager;
  });
  // Problems of rows that are no manager's (a row of data without a name).
  for (const [row, list] of otherByRow) for (const p of list) problems.push({ ...p, row, name: "" });
  return {
    ruleSet: input.ruleSet.id,
    sheet: input.sheet,
    managers,
    problems,
    skippedRows: input.skippedRows.map((s) => ({ row: s.row + 1, reason: s.reason, text: s.text })),
  };
}
