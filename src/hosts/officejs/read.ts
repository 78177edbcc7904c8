import { isOurNote } from "../../sheet/marker";
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetComment, SheetSnapshot } from "../../sheet/types";
import { parseAreasAddress } from "./a1";
import { annotationJobs, queueCounts, type Annotation, type AnnotationCounts } from "./annotations";
import { CALL_BYTES, isOfficeError, runJobs, type Job } from "./batch";
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
 * only cells with values (a stray format far below the data would make every read larger), and its
 * merged areas (1.13; else the header merges are inferred); 2) the values, text and formats in row
 * blocks and every note and threaded comment in pages, as many per sync as the request budget allows
 * (one sync for a sheet under ~4 MB).
 */
export async function readWorksheet(
  context: Excel.RequestContext,
  name: string,
  caps: OfficeCapabilities,
  budget: number,
): Promise<{ snapshot: SheetSnapshot; counts: AnnotationCounts }> {
  const sheet = context.workbook.worksheets.getItem(name);
  let measured: Measured;
  try {
    measured = await measure(context, sheet, caps, caps.mergedAreas);
  } catch (error) {
    // Excel refuses to list more than 512 merged areas: measure again without, and infer the header merges.
    if (!caps.mergedAreas || !isOfficeError(error)) throw error;
    measured = await measure(context, sheet, caps, false);
  }
  const { used, areas, counts } = measured;

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
  await runJobs(context, budget, [...blockJobs, ...annotationJobs(sheet, counts, budget, annotations)]);

  const comments: Record<string, SheetComment> = {};
  for (const note of annotations)
    comments[cellAddress(note.row, note.col)] = { text: note.text, ours: isOurNote(note.text) };
  const merges =
    rowCount === 0
      ? []
      : areas
        ? areas.isNullObject
          ? []
          : parseAreasAddress(areas.address)
        : inferHeaderMerges(values);
  return { snapshot: { name, rowCount, colCount, values, text, numberFormats, merges, comments }, counts };
}

interface Measured {
  used: Excel.Range;
  /** Null where merged areas cannot be listed (before ExcelApi 1.13, or past 512 areas). */
  areas: Excel.RangeAreas | null;
  counts: AnnotationCounts;
}

/** The used range, counting only cells with values, its annotations and (where asked) its merged areas: one sync. */
async function measure(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: OfficeCapabilities,
  merges: boolean,
): Promise<Measured> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const areas = merges ? used.getMergedAreasOrNullObject() : null;
  areas?.load("address");
  const counts = queueCounts(sheet, caps);
  await context.sync();
  return { used, areas, counts: counts() };
}
