import { isOurNote } from "../../sheet/marker";
import { cellAddress } from "../../sheet/address";
import type { CellValue, Rect, SheetComment, SheetSnapshot } from "../../sheet/types";
import { parseAreasAddress } from "./a1";
import { annotationsOf, queueAnnotationTexts, queueLocations } from "./annotations";
import { groupByBudget, READ_BYTES_PER_CELL, rowBlocks, type RowBlock } from "./budget";
import type { OfficeCapabilities } from "./capabilities";
import { inferHeaderMerges } from "./merges";

/** Excel's error values, as `Range.values` reports them (a string). */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function cellValueOf(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") return ERROR_VALUES.has(raw) ? { error: raw } : raw;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

interface LoadedBlock {
  block: RowBlock;
  range: Excel.Range;
}

/**
 * Reads the used range of one sheet (padded to start at A1) in a fixed number of syncs:
 * 1) size of the used range + annotation texts; 2) values/text/formats + annotation cells (one sync per
 * request budget — one for any sheet under ~4 MB); 3) merged areas (1.13) with a fallback on failure.
 */
export async function readWorksheet(
  context: Excel.RequestContext,
  name: string,
  caps: OfficeCapabilities,
  budget: number,
): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const annotations = annotationsOf(sheet, caps.notes);
  queueAnnotationTexts(annotations);
  await context.sync();

  const rowCount = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const colCount = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const located = queueLocations(annotations);
  const requests = groupByBudget(
    rowBlocks(rowCount, colCount, budget),
    (b) => b.rows * colCount * READ_BYTES_PER_CELL,
    budget,
  );
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const first = requests[0] ?? [];
  const loadBlocks = (blocks: RowBlock[]): LoadedBlock[] =>
    blocks.map((block) => {
      const range = sheet.getRangeByIndexes(block.top, 0, block.rows, colCount);
      range.load("values,text,numberFormat");
      return { block, range };
    });
  const collect = (loaded: LoadedBlock[]): void => {
    for (const { range } of loaded) {
      for (const row of range.values) values.push(row.map(cellValueOf));
      for (const row of range.text) text.push(row.map(String));
      for (const row of range.numberFormat) numberFormats.push(row.map(String));
    }
  };
  const firstLoaded = loadBlocks(first);
  await context.sync();
  collect(firstLoaded);
  for (const request of requests.slice(1)) {
    // Only for sheets past the 5 MB request limit of Excel on the web: one sync per budgeted request.
    const loaded = loadBlocks(request);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    collect(loaded);
  }

  const comments: Record<string, SheetComment> = {};
  for (const note of located())
    comments[cellAddress(note.row, note.col)] = { text: note.text, ours: isOurNote(note.text) };
  const merges = rowCount === 0 ? [] : await readMerges(context, used, caps, values);
  return { name, rowCount, colCount, values, text, numberFormats, merges, comments };
}

async function readMerges(
  context: Excel.RequestContext,
  used: Excel.Range,
  caps: OfficeCapabilities,
  values: CellValue[][],
): Promise<Rect[]> {
  if (!caps.mergedAreas) return inferHeaderMerges(values);
  const areas = used.getMergedAreasOrNullObject();
  areas.load("address");
  try {
    await context.sync();
  } catch (error) {
    // Excel refuses to list more than 512 merged areas: infer the header merges instead.
    if (isOfficeError(error)) return inferHeaderMerges(values);
    throw error;
  }
  return areas.isNullObject ? [] : parseAreasAddress(areas.address);
}

function isOfficeError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === "string";
}
