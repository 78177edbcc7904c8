/**
 * The write plan: our score block (or the sheet's own 得分 columns), totals, ranks, number formats,
 * marks, and one note per score and total cell. Input cells and a person's notes are never in it.
 */
import type { ManagerResult, RuleSetMeta } from "../engine/types";
import { cellAddress, columnLetter, parseCellAddress } from "./address";
import { blockHeaders } from "./block-headers";
import type { CellWriter, IndicatorCellContext } from "./cell-writer";
import type { Detection } from "./detection";
import { SheetError } from "./errors";
import type { Explanations } from "./explanations";
import { blockRect, rowRuns, scoreLayout, type ScoreLayout } from "./layout";
import { MARKER, markNote } from "./marker";
import { formulaSafeText } from "./safe-text";
import { indicatorStyle, STYLE, totalStyle } from "./styles";
import type { CellStyle, Rect, SheetSnapshot, WritePlan, WriteValue } from "./types";

export interface PlanInput {
  snapshot: SheetSnapshot;
  detection: Detection;
  ruleSet: RuleSetMeta;
  /** All managers' results, in detection order. */
  results: readonly ManagerResult[];
  explanations: Explanations;
  writer: CellWriter;
  /** Re-score of changed rows: write only these managers (0-based rows) and everyone's ranks. */
  onlyRows?: ReadonlySet<number>;
  /** With `onlyRows`: further rows whose total cell (value, mark, note) is rewritten (their rank changed). */
  totalRows?: ReadonlySet<number>;
  /** Write explanation notes (default true); without, only our old notes are deleted. */
  notes?: boolean;
}

/** Columns in a worksheet (Excel's limit, A … XFD; LibreOffice's too since 7.4). */
export const SHEET_COLUMNS = 16_384;
const SCORE_FORMAT = "0.00";
const RANK_FORMAT = "0";

/** Cells collected per column (rows ascending, as planned), turned into rectangular blocks at the end. */
class CellSink {
  private readonly byCol = new Map<number, { rows: number[]; values: WriteValue[]; formats: string[] }>();
  put(row: number, col: number, value: WriteValue, format = "General"): void {
    let c = this.byCol.get(col);
    if (!c) this.byCol.set(col, (c = { rows: [], values: [], formats: [] }));
    const last = c.rows.length - 1;
    if (last >= 0 && c.rows[last] >= row)
      throw new RangeError(`CellSink: rows must ascend per column (${row} after ${c.rows[last]})`);
    c.rows.push(row);
    c.values.push(typeof value === "string" ? formulaSafeText(value) : value);
    c.formats.push(format);
  }
  /** One block per column and run of consecutive rows. */
  blocks(): WritePlan["blocks"] {
    const out: WritePlan["blocks"] = [];
    for (const col of [...this.byCol.keys()].sort((a, b) => a - b)) {
      const c = this.byCol.get(col)!;
      let start = 0;
      for (let i = 1; i <= c.rows.length; i++) {
        if (i < c.rows.length && c.rows[i] === c.rows[i - 1] + 1) continue;
        const values: WriteValue[][] = new Array(i - start);
        const numberFormats: string[][] = new Array(i - start);
        for (let k = start; k < i; k++) {
          values[k - start] = [c.values[k]];
          numberFormats[k - start] = [c.formats[k]];
        }
        out.push({ top: c.rows[start], left: col, values, numberFormats });
        start = i;
      }
    }
    return out;
  }
}

/**
 * Styles per column, consecutive equal styles merged into one rect. Each style is put with its
 * cell's value (CellSink), so its rows ascend per column too: no sorting.
 */
class StyleSink {
  private readonly byCol = new Map<number, { rows: number[]; styles: CellStyle[] }>();
  put(row: number, col: number, style: CellStyle | null): void {
    if (!style) return;
    let c = this.byCol.get(col);
    if (!c) this.byCol.set(col, (c = { rows: [], styles: [] }));
    c.rows.push(row);
    c.styles.push(style);
  }
  styles(): WritePlan["styles"] {
    const out: WritePlan["styles"] = [];
    for (const col of [...this.byCol.keys()].sort((a, b) => a - b)) {
      const { rows, styles } = this.byCol.get(col)!;
      let last: WritePlan["styles"][number] | undefined;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const style = styles[i];
        if (last && last.style === style && last.rect.bottom === row - 1) last.rect.bottom = row;
        else out.push((last = { rect: { top: row, left: col, bottom: row, right: col }, style }));
      }
    }
    return out;
  }
}

function ownScoreColumnRects(layout: ScoreLayout, rows: readonly number[]): Rect[] {
  const rects: Rect[] = [];
  for (const col of Object.values(layout.indicatorCols)) {
    if (col >= layout.blockLeft) continue;
    for (const [top, bottom] of rowRuns(rows)) rects.push({ top, left: col, bottom, right: col });
  }
  return rects;
}

function clearRects(input: PlanInput, layout: ScoreLayout, rows: readonly number[]): Rect[] {
  const { snapshot, detection, onlyRows } = input;
  if (onlyRows) {
    const rects: Rect[] = [];
    for (const [top, bottom] of rowRuns(rows))
      rects.push({ top, left: layout.blockLeft, bottom, right: layout.totalCol });
    return [...rects, ...ownScoreColumnRects(layout, rows)];
  }
  const block = blockRect(layout, Math.max(snapshot.rowCount - 1, layout.fieldRow));
  const old = detection.ownedBlock;
  if (old) {
    block.left = Math.min(block.left, old.left);
    block.right = Math.max(block.right, old.right);
  }
  return [block, ...ownScoreColumnRects(layout, rows)];
}

function noRoomForScores(sheet: string, layout: ScoreLayout): SheetError {
  const width = layout.blockRight - layout.blockLeft + 1;
  const rightmost = columnLetter(layout.blockLeft - 1);
  const last = columnLetter(SHEET_COLUMNS - 1);
  return new SheetError("noRoomForScores", {
    "zh-CN": `工作表“${sheet}”右侧没有空间写评分列：评分需要右侧 ${width} 个空列，但最右边有内容的列是 ${rightmost} 列，而工作表最多到 ${last} 列。若是误填在远处的内容，请删除后再评分。`,
    en: `Sheet "${sheet}" has no room on the right for the score columns: they need ${width} empty columns, but the rightmost column holding something is ${rightmost} and a sheet ends at column ${last}. If something was typed there by mistake, delete it and score again.`,
  });
}

/**
 * Our block from an earlier run can need more columns now (formula mode's 评分项数, an indicator
 * scored that was not): a person's column right of it (备注) is never written over.
 */
function refuseToCover(snapshot: SheetSnapshot, detection: Detection, layout: ScoreLayout): void {
  const old = detection.ownedBlock;
  if (!old || layout.blockRight <= old.right) return;
  for (let r = 0; r < snapshot.rowCount; r++) {
    const row = snapshot.values[r];
    for (let c = old.right + 1; c <= layout.blockRight; c++) {
      const v = row?.[c];
      if (v === null || v === undefined || v === "") continue;
      const at = cellAddress(r, c);
      const extra = layout.blockRight - old.right;
      const end = columnLetter(old.right);
      throw new SheetError("noRoomForScores", {
        "zh-CN": `工作表“${snapshot.name}”的评分列（到 ${end} 列）这次需要多占 ${extra} 列，但 ${at} 有他人填写的内容，不能覆盖。若这一列插在评分列之间，请把它移到评分列右侧（总排名之后）；否则在它前面插入 ${extra} 个空列。然后再评分。`,
        en: `The score columns of sheet "${snapshot.name}" (up to column ${end}) need ${extra} more column(s) this time, but ${at} holds someone's content, which is never written over. If that column was inserted among the score columns, move it to their right (after 总排名); otherwise insert ${extra} empty column(s) before it. Then score again.`,
      });
    }
  }
}

export function planWrite(input: PlanInput): WritePlan {
  const { snapshot, detection, ruleSet, results, explanations, writer, onlyRows } = input;
  const layout = scoreLayout(ruleSet, detection, writer.scoredCount !== undefined);
  if (layout.blockRight >= SHEET_COLUMNS) throw noRoomForScores(snapshot.name, layout);
  refuseToCover(snapshot, detection, layout);
  const values = new CellSink();
  const styles = new StyleSink();
  const notes: WritePlan["notes"] = [];
  const merges: Rect[] = [];
  const hasComments = Object.keys(snapshot.comments).length > 0;
  const withNotes = input.notes !== false;
  const addNote = (row: number, col: number, text: string): void => {
    const c = hasComments ? snapshot.comments[cellAddress(row, col)] : undefined;
    // Explanations come marked (explanations.ts `noteOf`); other texts are marked here.
    if (c === undefined || c.ours)
      notes.push({ row, col, text: text.startsWith(MARKER) ? text : markNote(text) });
  };

  if (!onlyRows) {
    const headers = blockHeaders(ruleSet, detection, layout);
    for (const h of [...headers.cells].sort((a, b) => a.row - b.row)) {
      values.put(h.row, h.col, h.value, typeof h.value === "number" ? SCORE_FORMAT : "General");
      if (h.row !== detection.weightsRow) styles.put(h.row, h.col, STYLE.header);
    }
    merges.push(...headers.merges);
  }

  const written: number[] = [];
  // One context per manager, updated per cell: writers must not keep it (it is reused).
  const ctx: IndicatorCellContext = {
    result: results[0],
    indicator: results[0]?.indicators[0],
    row: 0,
    col: 0,
    layout,
    detection,
    all: results,
    snapshot,
  };
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const row = result.input.row - 1;
    ctx.result = result;
    ctx.row = row;
    const full = !onlyRows || onlyRows.has(row);
    if (full) {
      written.push(row);
      const texts = explanations.indicators[i];
      for (let k = 0; k < result.indicators.length; k++) {
        const indicator = result.indicators[k];
        const col = layout.indicatorCols[indicator.id];
        if (col === undefined) continue;
        ctx.indicator = indicator;
        ctx.col = col;
        values.put(row, col, writer.indicator(ctx), SCORE_FORMAT);
        styles.put(row, col, indicatorStyle(indicator));
        if (withNotes)
          addNote(row, col, writer.indicatorNote ? writer.indicatorNote(ctx, texts[k]) : texts[k]);
      }
    }
    if (full || input.totalRows?.has(row)) {
      ctx.col = layout.totalCol;
      values.put(row, layout.totalCol, writer.total(ctx), SCORE_FORMAT);
      styles.put(row, layout.totalCol, totalStyle(result));
      const total = explanations.totals[i];
      if (withNotes) addNote(row, layout.totalCol, writer.totalNote ? writer.totalNote(ctx, total) : total);
    }
    ctx.col = layout.rankInRegionCol;
    values.put(row, layout.rankInRegionCol, writer.rankInRegion(ctx), RANK_FORMAT);
    ctx.col = layout.rankCol;
    values.put(row, layout.rankCol, writer.rank(ctx), RANK_FORMAT);
    if (full && writer.scoredCount && layout.scoredCountCol !== undefined) {
      ctx.col = layout.scoredCountCol;
      values.put(row, layout.scoredCountCol, writer.scoredCount(ctx), RANK_FORMAT);
    }
  }

  const deleteNotes: WritePlan["deleteNotes"] = [];
  if (!onlyRows && hasComments) {
    const noteAt = new Set(notes.map((n) => n.row * 16384 + n.col));
    for (const [addr, c] of Object.entries(snapshot.comments)) {
      const at = parseCellAddress(addr);
      if (c.ours && at && !noteAt.has(at.row * 16384 + at.col)) deleteNotes.push(at);
    }
    deleteNotes.sort((a, b) => a.row - b.row || a.col - b.col);
  }
  return {
    sheet: snapshot.name,
    clear: clearRects(input, layout, written),
    blocks: values.blocks(),
    merges,
    styles: styles.styles(),
    notes,
    deleteNotes,
  };
}
