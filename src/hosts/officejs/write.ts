import { cellAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import { HostError } from "../host-error";
import type { CellStyle, Rect, WritePlan, WriteValue } from "../../sheet/types";
import { qualifiedAddress } from "./a1";
import { inside } from "../rect";
import {
  annotationAt,
  annotationCollection,
  annotationJobs,
  queueCounts,
  sizeNote,
  SIZE_NOTE_BYTES,
  writtenKind,
  type Annotation,
  type AnnotationCounts,
  type AnnotationKind,
} from "./annotations";
import { CALL_BYTES, isOfficeError, runJobs, type Job } from "./batch";
import { textBytes } from "./budget";
import type { OfficeCapabilities } from "./capabilities";

type Block = WritePlan["blocks"][number];

/**
 * Text is written with a leading apostrophe, Excel's "this is text" prefix (not stored in the value):
 * "=SUM(A1)", "0012" or "1-2" stay exactly the text the plan holds instead of becoming a formula,
 * a number or a date.
 */
export function officeValue(v: WriteValue): string | number {
  if (v === null) return "";
  if (typeof v === "number") return v;
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  return `=${v.formula.replace(/^=/, "")}`;
}

/** Bytes a row of a block costs in a request: its values or formulas and its number formats, as JSON. */
function rowBytes(values: readonly WriteValue[], formats: readonly string[] | undefined): number {
  let bytes = 4;
  for (const v of values) {
    const sent = officeValue(v);
    bytes += (typeof sent === "number" ? String(sent).length : textBytes(sent)) + 1;
  }
  for (const f of formats ?? []) bytes += textBytes(f) + 1;
  return bytes;
}

/** A block cut into row slices that each fit the budget (a formula row of a scoring sheet is ~11 KB). */
function blockJobs(sheet: Excel.Worksheet, block: Block, budget: number): Job[] {
  const jobs: Job[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end > start) jobs.push(sliceJob(sheet, block, start, end, bytes));
    start = end;
    bytes = 0;
  };
  block.values.forEach((row, i) => {
    const cost = rowBytes(row, block.numberFormats?.[i]);
    if (bytes > 0 && bytes + cost > budget) flush(i);
    bytes += cost;
  });
  flush(block.values.length);
  return jobs;
}

function sliceJob(sheet: Excel.Worksheet, block: Block, start: number, end: number, bytes: number): Job {
  return {
    cost: { request: bytes + CALL_BYTES * 3, response: 0 },
    queue() {
      const values = block.values.slice(start, end);
      const cols = values[0]?.length ?? 0;
      if (cols === 0) return () => undefined;
      const range = sheet.getRangeByIndexes(block.top + start, block.left, values.length, cols);
      if (block.numberFormats) range.numberFormat = block.numberFormats.slice(start, end);
      const hasFormula = values.some((row) => row.some((v) => v !== null && typeof v === "object"));
      const cells = values.map((row) => row.map(officeValue));
      if (hasFormula) range.formulas = cells;
      else range.values = cells;
      return () => undefined;
    },
  };
}

function rangeOf(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
}

/** A job of one small call (or a few) that sends no data worth counting beyond the call itself. */
function callJob(calls: number, bytes: number, queue: () => void): Job {
  return {
    cost: { request: calls * CALL_BYTES + bytes, response: 0 },
    queue() {
      queue();
      return () => undefined;
    },
  };
}

/** Cells whose annotation, when ours, goes or is replaced: the cleared block and the plan's note cells. */
function ownedNoteCells(plan: WritePlan): (row: number, col: number) => boolean {
  const cells = new Set<string>();
  for (const n of plan.notes) cells.add(`${n.row},${n.col}`);
  for (const n of plan.deleteNotes) cells.add(`${n.row},${n.col}`);
  return (row, col) =>
    cells.has(`${row},${col}`) ||
    plan.clear.some((r) => inside({ top: row, left: col, bottom: row, right: col }, r));
}

export interface ApplyReport {
  /** Cells of our comments that people replied to and the plan no longer explains: left, replies kept. */
  keptThreads: string[];
  /** The sheet's annotations after the write, counted by kind (the next apply starts from them). */
  counts: AnnotationCounts;
}

/**
 * Applies a plan: 1) every note and threaded comment is read (paged, within the budget) and the plan is
 * checked against a person's annotations before anything changes; 2) clear, values, formats, merges,
 * styles and annotations are queued as jobs under one running budget, as few syncs as the payload allows.
 * Our annotation at a cell we explain again is updated in place (a comment keeps its replies); ours at a
 * cell we no longer explain is deleted, unless people replied to it.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  caps: OfficeCapabilities,
  budget: number,
  known?: AnnotationCounts,
): Promise<ApplyReport> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const { existing, counts } = await readAnnotations(context, sheet, caps, budget, known);
  checkNotes(plan, existing);
  const written = writtenKind(caps);
  const after: AnnotationCounts = { ...counts };
  const cell = (a: { row: number; col: number }) => qualifiedAddress(plan.sheet, a.row, a.col);

  const at = new Map(existing.map((a) => [`${a.row},${a.col}`, a]));
  const owned = ownedNoteCells(plan);
  const renoted = new Set(plan.notes.map((n) => `${n.row},${n.col}`));
  const keptThreads: string[] = [];
  const jobs: Job[] = [
    callJob(1, 0, () => context.workbook.application.suspendApiCalculationUntilNextSync()),
  ];
  for (const a of existing) {
    if (!isOurNote(a.text) || !owned(a.row, a.col) || renoted.has(`${a.row},${a.col}`)) continue;
    if (a.replies > 0) keptThreads.push(cellAddress(a.row, a.col));
    else {
      after[a.kind] = (after[a.kind] ?? 0) - 1;
      jobs.push(callJob(2, 0, () => annotationAt(sheet, a.kind, cell(a)).delete()));
    }
  }
  for (const rect of plan.clear) {
    jobs.push(
      callJob(4, 0, () => {
        const range = rangeOf(sheet, rect);
        range.unmerge();
        range.clear("Contents");
        range.clear("Formats");
      }),
    );
  }
  // Slices of a quarter budget pack tightly with the other jobs into full syncs.
  for (const block of plan.blocks) jobs.push(...blockJobs(sheet, block, budget / 4 - CALL_BYTES * 3));
  for (const rect of plan.merges) jobs.push(callJob(2, 0, () => rangeOf(sheet, rect).merge(false)));
  for (const { rect, style } of plan.styles)
    jobs.push(callJob(1 + Object.keys(style).length, 0, () => applyStyle(rangeOf(sheet, rect), style)));
  const collection = annotationCollection(sheet, written);
  // A note's box is sized to its text whenever the text is written (a comment has no size).
  const sized = (kind: AnnotationKind) => kind === "note" && caps.noteSize;
  for (const n of plan.notes) {
    const mine = at.get(`${n.row},${n.col}`);
    const kind = mine?.kind ?? written;
    const bytes = textBytes(n.text) + textBytes(cell(n)) + (sized(kind) ? SIZE_NOTE_BYTES : 0);
    if (!mine) after[written] = (after[written] ?? 0) + 1;
    jobs.push(
      callJob(mine ? 2 : 1, bytes, () => {
        const item = mine ? annotationAt(sheet, kind, cell(n)) : collection.add(cell(n), n.text);
        if (mine) item.content = n.text;
        if (sized(kind)) sizeNote(item, n.text);
      }),
    );
  }
  await runJobs(context, budget, jobs);
  return { keptThreads, counts: after };
}

/**
 * Every note and comment of the sheet. With the counts of the last read or write, the pages go out at
 * once, with a recount in the same sync; if the counts moved meanwhile (or a page ran past the end), the
 * sheet is counted and read again.
 */
async function readAnnotations(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: OfficeCapabilities,
  budget: number,
  known: AnnotationCounts | undefined,
): Promise<{ existing: Annotation[]; counts: AnnotationCounts }> {
  if (known) {
    const existing: Annotation[] = [];
    let recount: () => AnnotationCounts = () => ({});
    const counting: Job = {
      cost: { request: 2 * CALL_BYTES, response: 40 },
      queue() {
        recount = queueCounts(sheet, caps);
        return () => undefined;
      },
    };
    try {
      await runJobs(context, budget, [counting, ...annotationJobs(sheet, known, budget, existing)]);
      if (JSON.stringify(recount()) === JSON.stringify(known)) return { existing, counts: known };
    } catch (error) {
      if (!isOfficeError(error)) throw error;
    }
  }
  const counting = queueCounts(sheet, caps);
  await context.sync();
  const counts = counting();
  const existing: Annotation[] = [];
  await runJobs(context, budget, annotationJobs(sheet, counts, budget, existing));
  return { existing, counts };
}

/** A plan may replace or delete only our own annotations, and each one it writes must carry our marker. */
function checkNotes(plan: WritePlan, existing: readonly Annotation[]): void {
  const personal = new Set(existing.filter((a) => !isOurNote(a.text)).map((a) => cellAddress(a.row, a.col)));
  const written = [...plan.notes, ...plan.deleteNotes];
  for (const n of written) {
    const address = cellAddress(n.row, n.col);
    if (personal.has(address)) {
      throw new HostError("personsNote", `The plan would replace or delete a person's note at ${address}.`);
    }
  }
  for (const n of plan.notes) {
    if (!isOurNote(n.text)) {
      throw new HostError("unmarkedNote", `The note for ${cellAddress(n.row, n.col)} lacks our marker.`);
    }
  }
}
