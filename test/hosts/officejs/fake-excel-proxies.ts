/**
 * The proxies of the strict Excel model (fake-excel.ts, whose header lists the Excel behaviours each rule
 * models and where they are documented): worksheets, ranges, annotation collections and their items.
 * Every call queues work on the session (`Queue`) and costs request bytes; every load answers after sync.
 */
import { cellAddress, parseRangeAddress, rectAddress } from "../../../src/sheet/address";
import { formatCellText } from "../../../src/hosts/format";
import type { CellStyle, CellValue, Rect } from "../../../src/sheet/types";
import { ACTION, Loaded, Nullness, excelError, jsonBytes, loader } from "./fake-excel-load";

export { ACTION, Loaded, collection, excelError, jsonBytes, loader } from "./fake-excel-load";

export interface FakeAnnotation {
  row: number;
  col: number;
  text: string;
  kind: "note" | "comment";
  /** Replies under a threaded comment (people's answers). */
  replies: string[];
  /** A note's box in points, once set (`Note.width` / `height`); unset, Excel's default. */
  width?: number;
  height?: number;
}

export interface FakeSheet {
  name: string;
  /** Stays the same when the sheet is renamed (Excel.Worksheet.id). */
  id: string;
  values: Map<string, CellValue>;
  formats: Map<string, string>;
  formulas: Map<string, string>;
  styles: Map<string, CellStyle>;
  merges: Rect[];
  /** At most one per cell (a note or a threaded comment), keyed by A1 address. */
  annotations: Map<string, FakeAnnotation>;
  /** List data validations (ExcelApi 1.8): the cells and the rule's source ("=$E$4:$F$4"). */
  validations: Array<{ rect: Rect; source: string }>;
  /** Column widths in points (RangeFormat.columnWidth). */
  columnWidths: Map<number, number>;
}

export interface Book {
  sheets: Map<string, FakeSheet>;
  settings: Map<string, unknown>;
  sessions: Queue[];
}

/** Worksheet events: onChanged, onSelectionChanged, onNameChanged (ExcelApi 1.17). */
export type EventKind = "changed" | "selection" | "nameChanged";

/** What a proxy needs of its session. */
export interface Queue {
  readonly book: Book;
  selected: { sheet: string; address: string } | null;
  /** Whether this session is Excel on the web. */
  readonly onWeb: boolean;
  supports(minor: number): boolean;
  queue(bytes: number, op: () => void): void;
  load(bytes: number, deliver: () => unknown): void;
  onSynced(mark: () => void): void;
  changed(sheet: string, address: string, changeType: string, byAddin: boolean): Promise<void>;
  subscribe(
    kind: EventKind,
    sheet: string,
    handler: (e: Record<string, unknown>) => Promise<unknown>,
  ): unknown;
}

// A1 addresses are built and parsed millions of times on a 5,000-manager sheet: kept cheap.
const letters: string[] = [];

/** cellAddress, memoized by column. */
export function addr(row: number, col: number): string {
  letters[col] ??= cellAddress(0, col).replace(/\d+$/, "");
  return `${letters[col]}${row + 1}`;
}

/** A cell key ("AB12") as a one-cell Rect; null for anything else. */
export function pos(address: string): Rect | null {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(match[2]) - 1;
  return { top: row, left: col - 1, bottom: row, right: col - 1 };
}

let mutations = 0;
const ordered = new WeakMap<
  Map<string, FakeAnnotation>,
  { stamp: number; byKind: Map<string, FakeAnnotation[]> }
>();

/** Call after adding, deleting or moving annotations: the cached order below is then rebuilt. */
export function annotationsChanged(): void {
  mutations++;
}

/** A sheet's annotations of one kind in order, cached until they change (each `getItemAt` reads them). */
export function annotationList(sheet: FakeSheet, kind: FakeAnnotation["kind"]): FakeAnnotation[] {
  let cached = ordered.get(sheet.annotations);
  if (!cached || cached.stamp !== mutations) {
    cached = { stamp: mutations, byKind: new Map() };
    ordered.set(sheet.annotations, cached);
  }
  let list = cached.byKind.get(kind);
  if (!list) {
    list = [...sheet.annotations.values()].filter((a) => a.kind === kind);
    cached.byKind.set(kind, list);
  }
  return list;
}

/** A sheet by its name or its id (`worksheets.getItem` takes either). */
export function sheetOf(q: Queue, key: string): FakeSheet {
  const sheet = q.book.sheets.get(key) ?? [...q.book.sheets.values()].find((s) => s.id === key);
  if (!sheet) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
  return sheet;
}

/** What Excel does with a value set through the API: "'x" is the text x, "=…" a formula. */
/** Excel's longest formula, "=" included (Excel specifications and limits: length of formula contents). */
const MAX_FORMULA_CHARS = 8192;

function entered(raw: unknown): { value: CellValue; formula?: string } {
  if (typeof raw !== "string") return { value: (raw as number | boolean | null) ?? null };
  if (raw === "") return { value: null };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=")) return { value: 0, formula: raw };
  const n = Number(raw);
  return Number.isFinite(n) && raw.trim() !== "" ? { value: n } : { value: raw };
}

function forEachCell(rect: Rect, visit: (address: string, i: number, j: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) visit(addr(r, c), r - rect.top, c - rect.left);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameShape(grid: unknown, rect: Rect): boolean {
  return (
    Array.isArray(grid) &&
    grid.length === rect.bottom - rect.top + 1 &&
    grid.every((row) => Array.isArray(row) && row.length === rect.right - rect.left + 1)
  );
}

export class RangeProxy {
  readonly load: (option?: unknown) => void;
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
  private readonly loaded = new Loaded("Range");
  /** Only a range asked for as `…OrNullObject` (`where` a function) knows whether it is null. */
  private readonly nullness: Nullness | null;

  /** `where` is computed when the batch runs (a used range), null for a null object. */
  constructor(
    private readonly q: Queue,
    private readonly sheetName: string,
    private readonly where: Rect | (() => Rect | null),
  ) {
    this.load = loader(q, this.loaded, () => this.snapshot());
    const style = (key: keyof CellStyle) => (v: unknown) =>
      this.write(ACTION + jsonBytes(v), (sheet, rect) =>
        forEachCell(rect, (a) => sheet.styles.set(a, { ...sheet.styles.get(a), [key]: v })),
      );
    const setter = <T>(set: (v: T) => void) => ({ set, get: () => undefined as never });
    this.format = {
      fill: Object.defineProperties({}, { color: setter(style("fill")) }),
      font: Object.defineProperties(
        {},
        { color: setter(style("fontColor")), bold: setter(style("bold")), italic: setter(style("italic")) },
      ),
    } as RangeProxy["format"];
    this.nullness = typeof where === "function" ? new Nullness(q, () => where() === null) : null;
  }

  get isNullObject(): boolean {
    if (this.nullness === null) throw excelError("PropertyNotLoaded", "isNullObject is known after sync");
    return this.nullness.isNullObject;
  }

  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(grid: unknown[][]) {
    this.setCells(grid);
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.setCells(grid);
  }
  get text(): string[][] {
    return this.loaded.get("text");
  }
  get numberFormat(): string[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.write(ACTION + jsonBytes(grid), (sheet, rect) => {
      if (!sameShape(grid, rect)) throw excelError("InvalidArgument", "numberFormat has the wrong shape");
      forEachCell(rect, (a, i, j) => sheet.formats.set(a, grid[i][j]));
    });
  }

  select(): void {
    this.write(
      ACTION,
      (_, rect) => (this.q.selected = { sheet: this.sheetName, address: rectAddress(rect) }),
    );
  }
  merge(): void {
    this.write(ACTION, (sheet, rect) => {
      if (sheet.merges.some((m) => overlaps(m, rect))) throw excelError("InvalidOperation", "already merged");
      sheet.merges.push({ ...rect });
    });
  }
  unmerge(): void {
    this.write(ACTION, (sheet, rect) => (sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect))));
  }
  clear(applyTo: string): void {
    this.write(ACTION, (sheet, rect) => {
      forEachCell(rect, (a) => {
        if (applyTo === "Contents" || applyTo === "All") {
          sheet.values.delete(a);
          sheet.formulas.delete(a);
        }
        if (applyTo === "Formats" || applyTo === "All") {
          sheet.formats.delete(a);
          sheet.styles.delete(a);
        }
      });
      if (applyTo === "Contents" || applyTo === "All")
        void this.q.changed(sheet.name, rectAddress(rect), "RangeEdited", true);
    });
  }

  /**
   * Data validation (ExcelApi 1.8): `dataValidation.clear()` removes the rules of the range's cells;
   * setting `dataValidation.rule` to a list rule whose source is a range formula puts a drop-down on
   * them (any other rule is refused here: only list rules are modelled). Docs: Excel.DataValidation.
   */
  get dataValidation() {
    const write = this.write.bind(this);
    return {
      clear: () =>
        write(ACTION, (sheet, rect) => {
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, rect));
        }),
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        const list = rule.list;
        if (!list || typeof list.source !== "string")
          throw excelError("InvalidArgument", "only list rules are modelled");
        if (list.source.startsWith("=") && !parseRangeAddress(list.source.slice(1).replace(/\$/g, "")))
          throw excelError("InvalidArgument", `${list.source} is not a range`);
        write(ACTION + jsonBytes(list.source), (sheet, rect) => {
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, rect));
          sheet.validations.push({ rect: { ...rect }, source: list.source });
        });
      },
    };
  }

  /** `getEntireColumn().format.columnWidth = points` sets the width of the range's columns. */
  getEntireColumn() {
    const write = this.write.bind(this);
    return {
      format: {
        set columnWidth(points: number) {
          write(ACTION, (sheet, rect) => {
            for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
          });
        },
      },
    };
  }

  /** Fails (at sync) past 512 merged areas, like Excel. */
  getMergedAreasOrNullObject(): RangeProxy & { address: string } {
    let areas: Rect[] = [];
    const result = new AreasProxy(this.q, this.sheetName, () => areas);
    this.q.queue(ACTION, () => {
      const sheet = sheetOf(this.q, this.sheetName);
      const rect = this.rect();
      areas = rect ? sheet.merges.filter((m) => overlaps(m, rect)) : [];
      if (areas.length > 512) throw excelError("GeneralException", "too many merged areas");
    });
    return result as unknown as RangeProxy & { address: string };
  }

  private rect(): Rect | null {
    return typeof this.where === "function" ? this.where() : this.where;
  }

  private write(bytes: number, op: (sheet: FakeSheet, rect: Rect) => void): void {
    this.q.queue(bytes, () => {
      const sheet = sheetOf(this.q, this.sheetName);
      const rect = this.rect();
      if (!rect) throw excelError("InvalidOperation", "a null object cannot be changed");
      op(sheet, rect);
    });
  }

  private setCells(grid: unknown[][]): void {
    this.write(ACTION + jsonBytes(grid), (sheet, rect) => {
      if (!sameShape(grid, rect)) throw excelError("InvalidArgument", "the values have the wrong shape");
      for (const row of grid)
        for (const raw of row)
          if (typeof raw === "string" && raw.startsWith("=") && raw.length > MAX_FORMULA_CHARS)
            throw excelError("GeneralException", "There was an internal error while processing the request.");
      forEachCell(rect, (a, i, j) => {
        const cell = entered(grid[i][j]);
        if (cell.value === null) sheet.values.delete(a);
        else sheet.values.set(a, cell.value);
        if (cell.formula) sheet.formulas.set(a, cell.formula);
        else sheet.formulas.delete(a);
      });
      void this.q.changed(sheet.name, rectAddress(rect), "RangeEdited", true);
    });
  }

  /** Each loadable property, computed only when named. */
  private snapshot(): Record<string, () => unknown> {
    const sheet = sheetOf(this.q, this.sheetName);
    const rect = this.rect();
    if (!rect) return {};
    const grid = <T>(at: (address: string) => T): T[][] =>
      Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => at(addr(rect.top + i, rect.left + j))),
      );
    const value = (a: string) => sheet.values.get(a) ?? null;
    const format = (a: string) => sheet.formats.get(a) ?? "General";
    const raw = (a: string) => {
      const v = value(a);
      return v !== null && typeof v === "object" ? v.error : (v ?? "");
    };
    return {
      address: () => `${sheet.name}!${rectAddress(rect)}`,
      rowIndex: () => rect.top,
      columnIndex: () => rect.left,
      rowCount: () => rect.bottom - rect.top + 1,
      columnCount: () => rect.right - rect.left + 1,
      values: () => grid(raw),
      formulas: () => grid((a) => sheet.formulas.get(a) ?? raw(a)),
      numberFormat: () => grid(format),
      text: () => grid((a) => formatCellText(value(a), format(a))),
    };
  }
}

/** `getMergedAreasOrNullObject()`'s answer: a RangeAreas with an address, or a null object. */
class AreasProxy {
  private readonly loaded = new Loaded("RangeAreas");
  private readonly nullness: Nullness;
  readonly load: (option?: unknown) => void;
  constructor(q: Queue, sheet: string, areas: () => Rect[]) {
    this.load = loader(q, this.loaded, () => ({
      address: () =>
        areas()
          .map((m) => `${sheet}!${rectAddress(m)}`)
          .join(", "),
    }));
    this.nullness = new Nullness(q, () => areas().length === 0);
  }
  get isNullObject(): boolean {
    return this.nullness.isNullObject;
  }
  get address(): string {
    return this.loaded.get("address");
  }
}
