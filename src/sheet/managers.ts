/** Building ManagerInput[] from a detected sheet: one per manager row, every mapped field parsed. */
import type { FieldInput, InputProblem, Locale, ManagerInput, RuleSetMeta } from "../engine/types";
import type { Detection, ManagerRow } from "./detection";
import { cellAddress } from "./address";
import { isBlankValue, makeGrid, type Grid } from "./grid";
import { problemText } from "./messages";
import { parseField, type CellRead } from "./parse";
import type { SheetSnapshot } from "./types";

export interface ManagerRead {
  managers: ManagerInput[];
  /** Problems that belong to no field (a duplicate name in a region). */
  problems: InputProblem[];
}

interface MappedField {
  id: string;
  type: RuleSetMeta["fields"][number]["type"];
  col: number;
  letter: string;
}

function mappedFields(rs: RuleSetMeta, d: Detection): MappedField[] {
  const out: MappedField[] = [];
  for (const f of rs.fields) {
    const m = d.fields[f.id];
    if (m) out.push({ id: f.id, type: f.type, col: m.col, letter: m.column });
  }
  return out;
}

/**
 * A merged cell over several managers' rows holds one value for all of them (ExcelJS, Excel and the
 * grid give it to each row): whose it is cannot be told, so each of those managers gets a problem.
 * `managerRows` are the 0-based rows of the detection's managers.
 */
function mergedAcross(
  grid: Grid,
  row: number,
  f: MappedField,
  managerRows: ReadonlySet<number>,
  read: CellRead,
  locale: Locale,
): FieldInput | undefined {
  const merged = grid.mergeAt(row, f.col);
  if (!merged || merged.bottom === merged.top) return undefined;
  let managers = 0;
  for (let r = merged.top; r <= merged.bottom; r++) if (managerRows.has(r)) managers++;
  if (managers < 2) return undefined;
  const range = `${cellAddress(merged.top, merged.left)}:${cellAddress(merged.bottom, merged.right)}`;
  const found = read.text;
  return {
    value: null,
    cell: read.cell,
    text: found,
    problem: {
      cell: read.cell,
      field: f.id,
      found,
      expected: problemText.mergedAcross(range, managers)[locale],
      code: "outOfBounds",
    },
  };
}

function readOne(
  grid: Grid,
  row: ManagerRow,
  fields: MappedField[],
  managerRows: ReadonlySet<number>,
  locale: Locale,
): ManagerInput {
  const s = grid.snapshot;
  const values = s.values[row.row] ?? [];
  const texts = s.text[row.row] ?? [];
  const formats = s.numberFormats[row.row] ?? [];
  const sheetRow = String(row.row + 1);
  const out: Record<string, FieldInput> = {};
  const read: CellRead = { value: null, text: "", numberFormat: "", cell: "" };
  for (const f of fields) {
    const merged = grid.mergeAt(row.row, f.col);
    if (merged) {
      read.value = grid.value(row.row, f.col);
      read.text = grid.text(row.row, f.col);
      read.numberFormat = s.numberFormats[merged.top]?.[merged.left] ?? "";
    } else {
      read.value = values[f.col] ?? null;
      read.text = texts[f.col] ?? "";
      read.numberFormat = formats[f.col] ?? "";
    }
    read.cell = f.letter + sheetRow;
    out[f.id] =
      (merged && mergedAcross(grid, row.row, f, managerRows, read, locale)) ||
      parseField(f.type, f.id, read, locale);
  }
  return { row: row.row + 1, region: row.region, name: row.name, fields: out };
}

function duplicateProblems(d: Detection, locale: Locale): InputProblem[] {
  const seen = new Map<string, ManagerRow[]>();
  for (const m of d.managers) {
    const key = `${m.region}\u0000${m.name}`;
    seen.set(key, [...(seen.get(key) ?? []), m]);
  }
  const problems: InputProblem[] = [];
  for (const rows of seen.values()) {
    if (rows.length < 2) continue;
    const cells = rows.map((r) => r.nameCell).join(locale === "en" ? ", " : "、");
    for (const r of rows.slice(1)) {
      problems.push({
        cell: r.nameCell,
        field: "name",
        found: r.name,
        expected: problemText.duplicate(r.region, cells)[locale],
        code: "duplicate",
      });
    }
  }
  return problems;
}

/** Reads the managers a detection found (or only those at the given 0-based rows). */
export function readManagers(
  snapshot: SheetSnapshot,
  detection: Detection,
  rs: RuleSetMeta,
  locale: Locale,
  onlyRows?: ReadonlySet<number>,
): ManagerRead {
  const grid = makeGrid(snapshot);
  const fields = mappedFields(rs, detection);
  const rows = onlyRows ? detection.managers.filter((m) => onlyRows.has(m.row)) : detection.managers;
  const managerRows = new Set(detection.managers.map((m) => m.row));
  return {
    managers: rows.map((m) => readOne(grid, m, fields, managerRows, locale)),
    problems: [
      ...duplicateProblems(detection, locale),
      ...blankNameProblems(grid, detection, fields, locale),
    ],
  };
}

/**
 * A row without a name but with scoring data is a manager whose name was left out, not a note
 * between managers: it cannot be scored, and says so. "Scoring data": at least half of the mapped
 * fields hold a value (a remark or subtotal line holds one or two).
 */
function blankNameProblems(grid: Grid, d: Detection, fields: MappedField[], locale: Locale): InputProblem[] {
  if (d.nameCol === null || fields.length === 0) return [];
  const problems: InputProblem[] = [];
  for (const s of d.skippedRows) {
    if (s.reason !== "noName") continue;
    let filled = 0;
    for (const f of fields) if (!isBlankValue(grid.value(s.row, f.col))) filled++;
    if (filled * 2 < fields.length) continue;
    problems.push({
      cell: cellAddress(s.row, d.nameCol),
      field: "name",
      found: "",
      expected: problemText.blankName[locale],
      code: "blank",
    });
  }
  return problems;
}
