/**
 * The parts of a WritePlan beyond cells, for the Office.js host: creating the plan's sheet when the
 * workbook lacks it (`worksheets.getItemOrNullObject`, then `worksheets.add`), and, after the cells,
 * in-cell drop-down lists (`Range.dataValidation`, ExcelApi 1.8: a list rule whose source is a range
 * formula such as "=$E$40:$F$40") and column widths (`RangeFormat.columnWidth`, in points).
 * A plan that carries drop-downs first clears the old ones inside its cleared rectangles
 * (`DataValidation.clear`), so that a rewritten sheet keeps none that point at moved cells.
 */
import { absoluteRange } from "../absolute-range";
import { callJob, type Job } from "./batch";
import { textBytes } from "./budget";
import type { Rect, WritePlan } from "../../sheet/types";

/** Points per character of column width: Excel's default column, 8.43 characters, is 48 points. */
const POINTS_PER_CHARACTER = 48 / 8.43;

function rangeOf(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

/** Adds the plan's sheet when the workbook has none of that name (one sync to find out). */
export async function ensureSheet(context: Excel.RequestContext, plan: WritePlan): Promise<void> {
  if (!plan.createSheet) return;
  const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheet);
  await context.sync();
  if (existing.isNullObject) {
    context.workbook.worksheets.add(plan.sheet);
    await context.sync();
  }
}

/**
 * Drop-down lists and column widths as jobs for the write's last sync (after the cells, so the old
 * drop-downs of the cleared rectangles go before the new ones are set); none when the plan has neither.
 */
export function extrasJobs(sheet: Excel.Worksheet, plan: WritePlan): Job[] {
  const jobs: Job[] = [];
  if (plan.validations !== undefined) {
    for (const rect of plan.clear)
      jobs.push(callJob(2, 0, () => rangeOf(sheet, rect).dataValidation.clear()));
    for (const { rect, source } of plan.validations) {
      const rule = { list: { inCellDropDown: true, source: `=${absoluteRange(source)}` } };
      jobs.push(
        callJob(2, textBytes(rule.list.source), () => (rangeOf(sheet, rect).dataValidation.rule = rule)),
      );
    }
  }
  for (const { col, width } of plan.columnWidths ?? []) {
    const points = width * POINTS_PER_CHARACTER;
    jobs.push(
      callJob(3, 0, () => {
        sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = points;
      }),
    );
  }
  return jobs;
}
