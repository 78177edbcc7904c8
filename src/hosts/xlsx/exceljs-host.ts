/**
 * The ExcelJS host: an .xlsx workbook in memory (bytes in, bytes out) as a WorkbookHost. No file
 * system here, so it runs in Node and in a browser bundle alike; the command line reads and
 * writes the files and passes Node's zlib as the codec.
 */
import ExcelJS from "exceljs";
import { cellAddress } from "../../sheet/address";
import type { CellStyle, SheetComment, SheetSnapshot, WorkbookHost, WritePlan } from "../../sheet/types";
import { HostError } from "../host-error";
import { applyExtras } from "./apply-extras";
import { applyPlan } from "./apply-plan";
import { webCodec, type ZipCodec } from "./codec";
import { noteText, removeNote } from "./exceljs-internals";
import { escapeXml, readFileNotes, type FileNote } from "./file-notes";
import {
  addNotes,
  noSheetNotes,
  packNotes,
  unpackNotes,
  type PackedNotes,
  type SheetNotes,
} from "./notes-part";
import { eachExistingCell, readWorksheet } from "./read-sheet";
import { saveWorkbook } from "./save";

export interface ExcelJsHostOptions {
  /** Deflate and CRC for saving; defaults to the browser-compatible streams codec. */
  codec?: ZipCodec;
}

export class ExcelJsHost implements WorkbookHost {
  /**
   * Every sheet's notes, held here and not in ExcelJS's cells: read from the file ourselves (see
   * file-notes.ts), written whole at the save and kept packed until they are needed again (see
   * notes-part.ts).
   */
  private readonly notes = new Map<ExcelJS.Worksheet, SheetNotes | PackedNotes>();

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
    let notes: Map<string, FileNote[]>;
    try {
      notes = readFileNotes(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    } catch (e) {
      if (e instanceof HostError) throw e;
      throw new HostError(
        "unreadableWorkbook",
        `The workbook's notes are unreadable: ${(e as Error).message}`,
      );
    }
    const host = new ExcelJsHost(workbook, options.codec ?? webCodec);
    for (const ws of workbook.worksheets) host.takeNotes(ws, notes.get(ws.name) ?? []);
    return host;
  }

  /** A host over a workbook built in code (the sample and bench generators); notes as plain text. */
  static fromWorkbook(workbook: ExcelJS.Workbook, options: ExcelJsHostOptions = {}): ExcelJsHost {
    const host = new ExcelJsHost(workbook, options.codec ?? webCodec);
    for (const ws of workbook.worksheets) host.takeNotes(ws, notesInCells(ws));
    return host;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const ws = this.worksheet(name);
    const comments: Record<string, SheetComment> = {};
    const notes = this.notesOf(ws);
    for (const n of notes.persons.values())
      comments[cellAddress(n.row, n.col)] = { text: n.text, ours: false };
    for (const n of notes.ours.values()) comments[cellAddress(n.row, n.col)] = { text: n.text, ours: true };
    return { ...readWorksheet(ws, undefined), comments };
  }

  async apply(plan: WritePlan): Promise<void> {
    if (plan.createSheet && !this.workbook.getWorksheet(plan.sheet)) this.workbook.addWorksheet(plan.sheet);
    const ws = this.worksheet(plan.sheet);
    applyPlan(ws, this.notesOf(ws), plan);
    applyExtras(ws, plan);
  }

  /** The workbook as .xlsx bytes; `modified` fixes the zip's timestamps for reproducible files. */
  async save(modified: Date = new Date()): Promise<Uint8Array> {
    return saveWorkbook(this.workbook, await this.packAllNotes(), { codec: this.codec, modified });
  }

  /**
   * Every sheet's notes packed, and held so from now on. A function of its own: a frame keeps what
   * its variables last held while it runs, and the texts (a hundred megabytes on a large sheet)
   * must be garbage by the time ExcelJS writes the workbook.
   */
  private async packAllNotes(): Promise<Map<ExcelJS.Worksheet, PackedNotes>> {
    const packed = new Map<ExcelJS.Worksheet, PackedNotes>();
    for (const [ws, notes] of this.notes) {
      if ("persons" in notes && notes.persons.size + notes.ours.size === 0) continue;
      const p = "persons" in notes ? await packNotes(notes, this.codec) : notes;
      this.notes.set(ws, p);
      packed.set(ws, p);
    }
    return packed;
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

  /** The notes found on `ws` move here: GridScore's (by their marker) and a person's. */
  private takeNotes(ws: ExcelJS.Worksheet, found: readonly FileNote[]): void {
    addNotes(this.notesOf(ws), found);
    for (const note of found) {
      const cell = ws.findCell(note.row + 1, note.col + 1);
      if (cell) removeNote(cell);
    }
  }

  private notesOf(ws: ExcelJS.Worksheet): SheetNotes {
    const held = this.notes.get(ws);
    if (held && "persons" in held) return held;
    const notes = held ? unpackNotes(held) : noSheetNotes();
    this.notes.set(ws, notes);
    return notes;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError("unknownSheet", `No sheet named "${name}" in this workbook.`, [], name);
    return ws;
  }
}

/** The notes of a sheet built in code, as plain text (no author). */
function notesInCells(ws: ExcelJS.Worksheet): FileNote[] {
  const found: FileNote[] = [];
  eachExistingCell(ws, (cell, row, col) => {
    const text = noteText(cell);
    if (text === undefined) return;
    const textXml = `<r><t xml:space="preserve">${escapeXml(text, false)}</t></r>`;
    found.push({ row, col, text, author: "", textXml });
  });
  return found;
}
