/**
 * Layout detection over one sheet of the family of scoring sheets: header rows, managers, the field →
 * column mapping, the weights row, existing 得分 columns, and our own block from an earlier run.
 */
import type { RuleSetMeta } from "../engine/types";
import { columnIndex, columnLetter, parseCellAddress } from "./address";
import { ColumnMatcher, columnPath, readablePath, type FieldCandidate } from "./columns";
import type { Detection, DetectionIssue, FieldMapping, MappingOverride, OwnedBlock } from "./detection";
import { isBlankValue, makeGrid, type Grid } from "./grid";
import { headerIndex } from "./header-index";
import { findHeaderBand, HeaderReader } from "./header-scan";
import { detectionText } from "./messages";
import { walkManagerRows } from "./rows";
import type { SheetSnapshot } from "./types";

function emptyDetection(sheet: string, issue: DetectionIssue): Detection {
  return {
    ok: false,
    sheet,
    headerRows: [],
    categoryRow: null,
    indicatorRow: null,
    fieldRow: null,
    weightsRow: null,
    firstManagerRow: null,
    lastManagerRow: null,
    nameCol: null,
    regionCol: null,
    managerTypeCol: null,
    managers: [],
    managerCount: 0,
    regionCount: 0,
    skippedRows: [],
    fields: {},
    scoreColumns: {},
    ownedBlock: null,
    lastInputCol: -1,
    unknownColumns: [],
    indicatorHeaders: {},
    categoryHeaders: {},
    issues: [issue],
    quality: 0,
  };
}

/** Columns holding a value anywhere, and columns holding one of our notes below the headers. */
function columnUse(grid: Grid, fromRow: number): { used: boolean[]; ourNotes: boolean[] } {
  const { values, colCount, comments } = grid.snapshot;
  const used = new Array<boolean>(colCount).fill(false);
  const ourNotes = new Array<boolean>(colCount).fill(false);
  for (const row of values) {
    for (let c = 0; c < row.length && c < colCount; c++)
      if (!used[c] && !isBlankValue(row[c])) used[c] = true;
  }
  for (const [addr, note] of Object.entries(comments)) {
    const at = parseCellAddress(addr);
    if (note.ours && at && at.row >= fromRow && at.col < colCount) ourNotes[at.col] = true;
  }
  return { used, ourNotes };
}

function mode(votes: number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of votes) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}

function findOwnedBlock(
  rs: RuleSetMeta,
  matcher: ColumnMatcher,
  used: boolean[],
  ourNotes: boolean[],
): OwnedBlock | null {
  const generic = (c: number) => (c >= 0 ? matcher.deepestGeneric(c) : undefined);
  const ours = (c: number): boolean => {
    if (ourNotes[c]) return true;
    const g = generic(c);
    return g === "total" || g === "rankInRegion" || g === "rank" || g === "scoredCount";
  };
  // The block is found wherever it stands, whatever a person added to its right (a 备注 column):
  // it ends at the rightmost column holding one of our notes or ending a 总分 | 区域排名 | 总排名 run
  // (the block always writes these side by side; scored without notes, they are all there is),
  // then takes the rank columns to its right. A lone 总分 column of the sheet's own is an input.
  const tail = (c: number): boolean =>
    generic(c) === "rank" && generic(c - 1) === "rankInRegion" && generic(c - 2) === "total";
  let right = used.length - 1;
  while (right >= 0 && !ourNotes[right] && !tail(right)) right--;
  if (right < 0) return null;
  while (right + 1 < used.length && ours(right + 1)) right++;
  let left = right + 1;
  while (left - 1 >= 0 && ours(left - 1)) left--;
  if (left > right) return null;
  // Scored without notes, our 得分 columns are known by their headers alone. They hold the block's
  // indicators in rule-set order, so walking left the order falls; a 得分 input (区域短板 / 得分)
  // beside the block breaks the order and is not taken.
  const order = new Map(rs.indicators.map((ind, k) => [ind.id, k]));
  const orderAt = (c: number): number | undefined => order.get(matcher.scoreIndicator(c) ?? "");
  let next = orderAt(left) ?? Infinity;
  for (let k = orderAt(left - 1); k !== undefined && k < next; k = orderAt(left - 1)) {
    next = k;
    left--;
  }
  return { left, right };
}

function chooseFields(
  rs: RuleSetMeta,
  candidates: FieldCandidate[],
  issues: DetectionIssue[],
  paths: Map<number, string[]>,
): Record<string, FieldMapping> {
  const byField = new Map<string, FieldCandidate[]>();
  for (const c of candidates) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const fields: Record<string, FieldMapping> = {};
  for (const [field, list] of byField) {
    const top = Math.max(...list.map((c) => c.confidence));
    const best = list.filter((c) => c.confidence === top);
    const chosen = best[0];
    const column = columnLetter(chosen.col);
    const ambiguous = best.length > 1;
    const uncertain = ambiguous || chosen.matchedBy === "header";
    if (ambiguous) {
      const cols = best.map((c) => columnLetter(c.col));
      issues.push({
        kind: "ambiguousField",
        fatal: false,
        field,
        columns: cols,
        message: detectionText.ambiguousField(rs, field, cols, column),
      });
    } else if (uncertain) {
      issues.push({
        kind: "uncertainField",
        fatal: false,
        field,
        columns: [column],
        message: detectionText.uncertainField(rs, field, column),
      });
    }
    fields[field] = {
      field,
      col: chosen.col,
      column,
      headerPath: paths.get(chosen.col) ?? [],
      matchedBy: chosen.matchedBy,
      confidence: ambiguous ? chosen.confidence / 2 : chosen.confidence,
      uncertain,
    };
  }
  return fields;
}

function applyOverride(
  rs: RuleSetMeta,
  d: Detection,
  mapping: MappingOverride,
  pathOf: (col: number) => string[],
): void {
  for (const [field, letter] of Object.entries(mapping)) {
    if (!rs.fields.some((f) => f.id === field)) {
      d.issues.push({
        kind: "badOverride",
        fatal: false,
        field,
        message: detectionText.badOverride(field, letter, "field"),
      });
      continue;
    }
    const col = columnIndex(letter);
    if (col < 0) {
      d.issues.push({
        kind: "badOverride",
        fatal: false,
        field,
        message: detectionText.badOverride(field, letter, "column"),
      });
      continue;
    }
    const column = columnLetter(col);
    d.fields[field] = {
      field,
      col,
      column,
      headerPath: pathOf(col),
      matchedBy: "override",
      confidence: 1,
      uncertain: false,
    };
    d.issues = d.issues.filter((i) => i.field !== field || i.kind === "badOverride");
  }
}

export function detectLayout(snapshot: SheetSnapshot, rs: RuleSetMeta, mapping?: MappingOverride): Detection {
  const grid = makeGrid(snapshot);
  const reader = new HeaderReader(grid, headerIndex(rs));
  const band = findHeaderBand(reader);
  if (!band)
    return emptyDetection(snapshot.name, {
      kind: "noNameColumn",
      fatal: true,
      message: detectionText.noNameColumn(),
    });
  const { headerRows } = band;
  const matcher = new ColumnMatcher(rs, reader, headerRows);
  const { used, ourNotes } = columnUse(grid, band.firstManagerRow);
  const ownedBlock = findOwnedBlock(rs, matcher, used, ourNotes);
  const blockLeft = ownedBlock ? ownedBlock.left : snapshot.colCount;
  let lastInputCol = blockLeft - 1;
  while (lastInputCol >= 0 && !used[lastInputCol]) lastInputCol--;

  const issues: DetectionIssue[] = [];
  const candidates: FieldCandidate[] = [];
  const paths = new Map<number, string[]>();
  const scoreColumns: Record<string, number> = {};
  const indicatorHeaders: Record<string, string> = {};
  const categoryHeaders: Record<string, string> = {};
  const unknownColumns: number[] = [];
  const indicatorVotes: number[] = [];
  const fieldVotes: number[] = [];
  const categoryVotes: number[] = [];
  let regionCol: number | null = null;
  let managerTypeCol: number | null = null;

  for (let c = 0; c < snapshot.colCount; c++) {
    const path = columnPath(reader, headerRows, c);
    paths.set(c, readablePath(path));
    for (let d = 0; d < headerRows.length; d++) {
      const m = reader.meaning(headerRows[d], c);
      if (!m) continue;
      for (const id of m.categories) {
        categoryHeaders[id] ??= path.texts[d];
        categoryVotes.push(d);
      }
      for (const id of m.indicators) if (m.categories.length === 0) indicatorHeaders[id] ??= path.texts[d];
    }
    if (c >= blockLeft || c === band.nameCol) continue;
    const match = matcher.match(c);
    switch (match.kind) {
      case "field":
        candidates.push(match.candidate);
        if (match.candidate.matchedBy === "path") {
          indicatorVotes.push(match.candidate.indicatorDepth);
          fieldVotes.push(match.candidate.fieldDepth);
        }
        break;
      case "score":
        scoreColumns[match.indicator] ??= c;
        break;
      case "generic":
        if (match.generic === "region") regionCol ??= c;
        else if (match.generic === "managerType") managerTypeCol ??= c;
        else if (used[c]) unknownColumns.push(c);
        break;
      case "unknown":
        if (used[c]) unknownColumns.push(c);
        break;
    }
  }

  const fields = chooseFields(rs, candidates, issues, paths);
  const walk = walkManagerRows(grid, band.firstManagerRow, band.nameCol, regionCol, lastInputCol);
  const rowAt = (depth: number | null): number | null =>
    depth === null ? null : (headerRows[depth] ?? null);
  const fieldDepth = mode(fieldVotes) ?? (headerRows.length ? headerRows.length - 1 : null);
  const indicatorDepth = mode(indicatorVotes) ?? (headerRows.length >= 2 ? headerRows.length - 2 : null);
  const categoryDepth = mode(categoryVotes.filter((d) => indicatorDepth === null || d < indicatorDepth));

  const d: Detection = {
    ok: false,
    sheet: snapshot.name,
    headerRows,
    categoryRow: rowAt(categoryDepth),
    indicatorRow: rowAt(indicatorDepth),
    fieldRow: rowAt(fieldDepth),
    weightsRow: band.weightsRow,
    firstManagerRow: walk.managers[0]?.row ?? null,
    lastManagerRow: walk.managers[walk.managers.length - 1]?.row ?? null,
    nameCol: band.nameCol,
    regionCol,
    managerTypeCol,
    managers: walk.managers,
    managerCount: walk.managers.length,
    regionCount: walk.regionCount,
    skippedRows: walk.skipped,
    fields,
    scoreColumns,
    ownedBlock,
    lastInputCol,
    unknownColumns,
    indicatorHeaders,
    categoryHeaders,
    issues,
    quality: 0,
  };
  if (mapping) applyOverride(rs, d, mapping, (col) => paths.get(col) ?? []);
  for (const f of rs.fields) {
    if (!f.optional && !d.fields[f.id]) {
      d.issues.push({
        kind: "missingField",
        fatal: false,
        field: f.id,
        message: detectionText.missingField(rs, f.id),
      });
    }
  }
  const mapped = Object.values(d.fields);
  // One account of what is wrong: with no indicator column there is no scoring sheet to speak of
  // (its manager rows are not looked for); with the columns found and no manager row, the
  // columns' details are beside the point.
  if (mapped.length === 0)
    d.issues.unshift({ kind: "noFields", fatal: true, message: detectionText.noFields() });
  else if (d.managerCount === 0)
    d.issues = [{ kind: "noManagers", fatal: true, message: detectionText.noManagers() }];
  d.ok = !d.issues.some((i) => i.fatal);
  d.quality = mapped.reduce((q, f) => q + f.confidence, 0) + (d.managerCount > 0 ? 2 : 0) + 1;
  return d;
}
