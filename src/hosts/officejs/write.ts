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
import { CALL_BYTES, callJob, isOfficeError, runJobs, type Job } from "./batch";
import { extrasJobs } from "./extras";
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

/** Bytes of the calls a slice queues beyond its data: the range, its values or formulas, its formats. */
const SLICE_CALLS = CALL_BYTES * 3;

/**
 * A block as jobs of at most `budget` bytes each (a formula row of a scoring sheet is ~11 KB). Each job
 * splits between rows, so the sync it starts in is filled before the next one opens.
 */
function blockJobs(sheet: Excel.Worksheet, block: Block, budget: number): Job[] {
  // upTo[i]: the bytes of rows 0..i-1, so that any run of rows is priced by one subtraction.
  const upTo = [0];
  block.values.forEach((row, i) => upTo.push(upTo[i] + rowBytes(row, block.numberFormats?.[i])));
  const jobs: Job[] = [];
  let start = 0;
  while (start < block.values.length) {
    const end = Math.max(start + 1, lastRowWithin(upTo, start, block.values.length, budget - SLICE_CALLS));
    jobs.push(sliceJob(sheet, block, upTo, start, end));
    start = end;
  }
  return jobs;
}

/** The largest end (up to `last`) whose rows start..end-1 cost at most `bytes`; `start` when none fits. */
function lastRowWithin(upTo: readonly number[], start: number, last: number, bytes: number): number {
  let low = start;
  let high = last;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (upTo[mid] - upTo[start] <= bytes) low = mid;
    else high = mid - 1;
  }
  return low;
}

function sliceJob(sheet: Excel.Worksheet, block: Block, upTo: number[], start: number, end: number): Job {
  return {
    cost: { request: upTo[end] - upTo[start] + SLICE_CALLS, response: 0 },
    split(room) {
      const cut = lastRowWithin(upTo, start, end, room - SLICE_CALLS);
      if (cut <= start || cut >= end) return null;
      return [sliceJob(sheet, block, upTo, start, cut), sliceJob(sheet, block, upTo, cut, end)];
    },
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
  for (const block of plan.blocks) jobs.push(...blockJobs(sheet, block, budget));
  for (const rect of plan.merges) jobs.push(callJob(2, 0, () => rangeOf(sheet, rect).merge(false)));
  for (const { rect, style } of plan.styles)
    jobs.push(callJob(1 + Object.keys(style).length, 0, () => applyStyle(rangeOf(sheet, rect), style)));
  const collection = annotationCollection(sheet, written);
  // A note's box is sized to its text whenever the text is written (a comment has no size).
  const sized = (kind: AnnotationKind) => kind === "note" && caps.noteSize;
  // New annotations go first: adding one fails where the cell holds one this build cannot read (a note,
  // before ExcelApi 1.18) or one added since the read, and then no cell has changed yet.
  const adds: Job[] = [];
  const unconfirmed = new Set<string>();
  let confirmed = 0;
  for (const n of plan.notes) {
    const mine = at.get(`${n.row},${n.col}`);
    const kind = mine?.kind ?? written;
    const bytes = textBytes(n.text) + textBytes(cell(n)) + (sized(kind) ? SIZE_NOTE_BYTES : 0);
    if (mine)
      jobs.push(
        callJob(2, bytes, () => {
          const item = annotationAt(sheet, kind, cell(n));
          item.content = n.text;
          if (sized(kind)) sizeNote(item, n.text);
        }),
      );
    else {
      after[written] = (after[written] ?? 0) + 1;
      adds.push({
        cost: { request: CALL_BYTES + bytes, response: 0 },
        queue() {
          const address = cellAddress(n.row, n.col);
          unconfirmed.add(address);
          const item = collection.add(cell(n), n.text);
          if (sized(kind)) sizeNote(item, n.text);
          return () => {
            unconfirmed.delete(address);
            confirmed++;
          };
        },
      });
    }
  }
  jobs.push(...extrasJobs(sheet, plan));
  try {
    await runJobs(context, budget, [...jobs.slice(0, 1), ...adds, ...jobs.slice(1)]);
  } catch (error) {
    if (unconfirmed.size === 0 || (error as { code?: unknown }).code !== "InvalidOperation") throw error;
    // A batch runs in order up to the call that fails: the adds that went in before it tell which it was.
    const recount = queueCounts(sheet, caps);
    await context.sync();
    const cells = [...unconfirmed];
    const failed = cells[(recount()[written] ?? 0) - (counts[written] ?? 0) - confirmed];
    throw new HostError(
      "personsNote",
      `${failed ?? cells.join(", ")} already holds a note or comment this Excel cannot read (notes need ` +
        "ExcelApi 1.18): no score was written.",
      failed ? [failed] : cells,
    );
  }
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
      throw new HostError("personsNote", `The plan would replace or delete a person's note at ${address}.`, [
        address,
      ]);
    }
  }
  for (const n of plan.notes) {
    if (!isOurNote(n.text)) {
      throw new HostError("unmarkedNote", `The note for ${cellAddress(n.row, n.col)} lacks our marker.`);
    }
  }
}
