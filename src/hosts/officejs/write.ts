import { cellAddress } from "../../sheet/address";
import { isOurNote } from "../../sheet/marker";
import { HostError } from "../host-error";
import type { CellStyle, Rect, WritePlan, WriteValue } from "../../sheet/types";
import { contains, qualifiedAddress } from "./a1";
import { annotationsOf, queueAnnotationTexts, queueLocations, type Annotation } from "./annotations";
import { groupByBudget, textBytes } from "./budget";
import type { OfficeCapabilities } from "./capabilities";

type Block = WritePlan["blocks"][number];
type Note = WritePlan["notes"][number];

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

function blockBytes(block: Block): number {
  let bytes = 0;
  for (const row of block.values) {
    for (const v of row) bytes += 12 + (typeof v === "string" ? textBytes(v) : 0);
  }
  return bytes;
}

function writeBlock(sheet: Excel.Worksheet, block: Block): void {
  const rows = block.values.length;
  const cols = rows === 0 ? 0 : block.values[0].length;
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRangeByIndexes(block.top, block.left, rows, cols);
  if (block.numberFormats) range.numberFormat = block.numberFormats;
  const hasFormula = block.values.some((row) => row.some((v) => v !== null && typeof v === "object"));
  const cells = block.values.map((row) => row.map(officeValue));
  if (hasFormula) range.formulas = cells;
  else range.values = cells;
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

/** Cells whose annotation, when ours, goes: the cleared block, cells no longer explained, cells re-explained. */
function ownedNoteCells(plan: WritePlan): (row: number, col: number) => boolean {
  const cells = new Set<string>();
  for (const n of plan.notes) cells.add(`${n.row},${n.col}`);
  for (const n of plan.deleteNotes) cells.add(`${n.row},${n.col}`);
  return (row, col) =>
    cells.has(`${row},${col}`) ||
    plan.clear.some((r) => contains(r, { top: row, left: col, bottom: row, right: col }));
}

/**
 * Applies a plan in a fixed number of syncs: 1) annotation texts; 2) annotation cells — then the plan is
 * checked against a person's notes before anything changes; 3) clear, values, formats, merges, styles,
 * our old annotations deleted and the new ones added, with calculation suspended. Only a plan past the
 * request budget (Excel on the web: 5 MB) is split into more write requests.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  caps: OfficeCapabilities,
  budget: number,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const annotations = annotationsOf(sheet, caps.notes);
  queueAnnotationTexts(annotations);
  await context.sync();
  const located = queueLocations(annotations);
  await context.sync();
  const existing = located();
  checkNotes(plan, existing);

  const [firstBlocks = [], ...moreBlocks] = groupByBudget(plan.blocks, blockBytes, budget);
  const [firstNotes = [], ...moreNotes] = groupByBudget(
    plan.notes,
    (n: Note) => textBytes(n.text) + 40,
    budget,
  );
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const rect of plan.clear) {
    const range = rangeOf(sheet, rect);
    range.unmerge();
    range.clear("Contents");
    range.clear("Formats");
  }
  const owned = ownedNoteCells(plan);
  for (const a of existing) if (isOurNote(a.text) && owned(a.row, a.col)) a.item.delete();
  for (const block of firstBlocks) writeBlock(sheet, block);
  for (const rect of plan.merges) rangeOf(sheet, rect).merge(false);
  for (const { rect, style } of plan.styles) applyStyle(rangeOf(sheet, rect), style);
  addNotes(annotations, plan.sheet, firstNotes);
  await context.sync();

  const more = [
    ...moreBlocks.map((blocks) => ({ blocks, notes: [] as Note[] })),
    ...moreNotes.map((notes) => ({ blocks: [] as Block[], notes })),
  ];
  for (const request of more) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const block of request.blocks) writeBlock(sheet, block);
    addNotes(annotations, plan.sheet, request.notes);
    // Only past the 5 MB request limit of Excel on the web: one sync per budgeted request.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

type AnnotationCollection = ReturnType<typeof annotationsOf>;

function addNotes(collection: AnnotationCollection, sheetName: string, notes: readonly Note[]): void {
  for (const n of notes) collection.add(qualifiedAddress(sheetName, n.row, n.col), n.text);
}

/** A plan may replace or delete only our own annotations, and each one it writes must carry our marker. */
function checkNotes(plan: WritePlan, existing: readonly Annotation[]): void {
  const personal = new Set(existing.filter((a) => !isOurNote(a.text)).map((a) => cellAddress(a.row, a.col)));
  for (const n of [...plan.notes, ...plan.deleteNotes]) {
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
