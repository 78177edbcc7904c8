import { isOurNote } from "../../sheet/marker";
import { cellAddress } from "../../sheet/address";
import type { CellValue, Rect, SheetComment, SheetSnapshot } from "../../sheet/types";
import { parseAreasAddress } from "./a1";
import { annotationJobs, type Annotation } from "./annotations";
import { CALL_BYTES, runJobs, type Job } from "./batch";
import { READ_BYTES_PER_CELL, rowBlocks } from "./budget";
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

/**
 * Reads the used range of one sheet (padded to start at A1): 1) the size of the used range, counting
 * only cells with values (a stray format far below the data would make every read larger); 2) the
 * values, text and formats in row blocks and every note and threaded comment in pages, as many per sync
 * as the request budget allows (one sync for a sheet under ~4 MB); 3) merged areas (1.13) with a
 * fallback on failure.
 */
export async function readWorksheet(
  context: Excel.RequestContext,
  name: string,
  caps: OfficeCapabilities,
  budget: number,
): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const rowCount = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const colCount = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const collect = (block: Pick<Excel.Range, "values" | "text" | "numberFormat">): void => {
    for (const row of block.values) values.push(row.map(cellValueOf));
    for (const row of block.text) text.push(row.map(String));
    for (const row of block.numberFormat) numberFormats.push(row.map(String));
  };
  const blockJobs = rowBlocks(rowCount, colCount, budget).map((block): Job => ({
    cost: { request: CALL_BYTES, response: block.rows * colCount * READ_BYTES_PER_CELL },
    queue() {
      const range = sheet.getRangeByIndexes(block.top, 0, block.rows, colCount);
      range.load("values,text,numberFormat");
      return () => collect(range);
    },
  }));
  const annotations: Annotation[] = [];
  await runJobs(context, budget, [...blockJobs, ...annotationJobs(sheet, caps, budget, annotations)]);

  const comments: Record<string, SheetComment> = {};
  for (const note of annotations)
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
