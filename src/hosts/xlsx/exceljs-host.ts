/**
 * The ExcelJS host: an .xlsx workbook in memory (bytes in, bytes out) as a WorkbookHost. No file
 * system here, so it runs in Node and in a browser bundle alike; the command line reads and
 * writes the files and passes Node's zlib as the codec.
 */
import ExcelJS from "exceljs";
import type { CellStyle, SheetSnapshot, WorkbookHost, WritePlan } from "../../sheet/types";
import { HostError } from "../host-error";
import { applyPlan } from "./apply-plan";
import { webCodec, type ZipCodec } from "./codec";
import type { Note, NoteOverlay } from "./notes-part";
import { readWorksheet } from "./read-sheet";
import { saveWorkbook } from "./save";

export interface ExcelJsHostOptions {
  /** Deflate and CRC for saving; defaults to the browser-compatible streams codec. */
  codec?: ZipCodec;
}

export class ExcelJsHost implements WorkbookHost {
  /** Our notes per sheet, kept out of ExcelJS's cells once a plan touched the sheet. */
  private readonly overlays = new Map<ExcelJS.Worksheet, NoteOverlay>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly codec: ZipCodec,
  ) {}

  static async load(bytes: Uint8Array | ArrayBuffer, options: ExcelJsHostOptions = {}): Promise<ExcelJsHost> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch (e) {
      throw new HostError("unreadableWorkbook", `Not a readable .xlsx workbook: ${(e as Error).message}`);
    }
    return new ExcelJsHost(workbook, options.codec ?? webCodec);
  }

  /** A host over a workbook built in code (the sample and bench generators). */
  static fromWorkbook(workbook: ExcelJS.Workbook, options: ExcelJsHostOptions = {}): ExcelJsHost {
    return new ExcelJsHost(workbook, options.codec ?? webCodec);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const ws = this.worksheet(name);
    return readWorksheet(ws, this.overlays.get(ws));
  }

  async apply(plan: WritePlan): Promise<void> {
    const ws = this.worksheet(plan.sheet);
    const overlay = this.overlays.get(ws) ?? new Map<number, Note>();
    applyPlan(ws, overlay, plan);
    this.overlays.set(ws, overlay);
  }

  /** The workbook as .xlsx bytes; `modified` fixes the zip's timestamps for reproducible files. */
  async save(modified: Date = new Date()): Promise<Uint8Array> {
    return saveWorkbook(this.workbook, this.overlays, { codec: this.codec, modified });
  }

  /** The fill and font a cell has, in the WritePlan's terms (for tests and the preview). */
  styleAt(sheet: string, row: number, col: number): CellStyle | undefined {
    const cell = this.worksheet(sheet).findCell(row + 1, col + 1);
    if (!cell) return undefined;
    const style: CellStyle = {};
    const fill = cell.fill;
    if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) {
      style.fill = "#" + fill.fgColor.argb.slice(2);
    }
    if (cell.font?.color?.argb) style.fontColor = "#" + cell.font.color.argb.slice(2);
    if (cell.font?.bold !== undefined) style.bold = cell.font.bold;
    if (cell.font?.italic !== undefined) style.italic = cell.font.italic;
    return style;
  }

  /** The formula of a cell, if it holds one (without the leading "="). */
  formulaAt(sheet: string, row: number, col: number): string | undefined {
    const cell = this.worksheet(sheet).findCell(row + 1, col + 1);
    return cell?.formula || undefined;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError("unknownSheet", `No sheet named "${name}" in this workbook.`);
    return ws;
  }
}
