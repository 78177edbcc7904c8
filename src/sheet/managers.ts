/** Building ManagerInput[] from a detected sheet: one per manager row, every mapped field parsed. */
import type { FieldInput, InputProblem, Locale, ManagerInput, RuleSetMeta } from "../engine/types";
import type { Detection, ManagerRow } from "./detection";
import { makeGrid, type Grid } from "./grid";
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

function readOne(grid: Grid, row: ManagerRow, fields: MappedField[], locale: Locale): ManagerInput {
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
    out[f.id] = parseField(f.type, f.id, read, locale);
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
  return {
    managers: rows.map((m) => readOne(grid, m, fields, locale)),
    problems: duplicateProblems(detection, locale),
  };
}
