/**
 * A small Excel for the Office.js host's tests. Ranges, merged areas, locations and settings are
 * office-addin-mock objects (reading a property that was not loaded gives "Error, property was not
 * loaded"); collections, which the mock does not model, are plain objects that throw when read unloaded.
 * Writes are queued and take effect at `context.sync()`, which is counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseRangeAddress, rectAddress } from "../../../src/sheet/address";
import { formatCellText } from "../../../src/hosts/format";
import type { ExcelApi } from "../../../src/hosts/officejs";
import type { CellStyle, CellValue, Rect, SheetSnapshot } from "../../../src/sheet/types";

export interface FakeAnnotation {
  row: number;
  col: number;
  text: string;
}

export interface FakeSheet {
  name: string;
  values: Map<string, CellValue>;
  formats: Map<string, string>;
  formulas: Map<string, string>;
  styles: Map<string, CellStyle>;
  merges: Rect[];
  /** Classic notes (ExcelApi 1.18). */
  notes: FakeAnnotation[];
  /** Threaded comments (ExcelApi 1.10). */
  comments: FakeAnnotation[];
}

type Handler = (event: Record<string, unknown>) => Promise<unknown>;

export interface FakeExcelOptions {
  /** "notes" = ExcelApi 1.18 present; "comments" = only threaded comments. */
  annotations: "notes" | "comments";
  /** Whether change events carry `triggerSource` (ExcelApi 1.14). */
  triggerSource: boolean;
}

const ERROR_TEXT = (v: CellValue): unknown => (v !== null && typeof v === "object" ? v.error : (v ?? ""));

export class FakeExcel {
  syncs = 0;
  readonly sheets = new Map<string, FakeSheet>();
  readonly settings = new Map<string, unknown>();
  selected: { sheet: string; address: string } | null = null;
  private readonly changeHandlers: Array<{ sheet: string; handler: Handler }> = [];
  private readonly selectionHandlers: Array<{ sheet: string; handler: Handler }> = [];
  private readonly pending: Array<() => void> = [];
  private readonly mocks: OfficeMockObject[] = [];
  private readonly deliveries: Promise<void>[] = [];

  constructor(readonly options: FakeExcelOptions) {}

  /** Seeds a sheet from a snapshot (values, formats, merges, comments). */
  addSheet(snapshot: SheetSnapshot): FakeSheet {
    const sheet: FakeSheet = {
      name: snapshot.name,
      values: new Map(),
      formats: new Map(),
      formulas: new Map(),
      styles: new Map(),
      merges: snapshot.merges.map((m) => ({ ...m })),
      notes: [],
      comments: [],
    };
    const seeded = this.options.annotations === "notes" ? sheet.notes : sheet.comments;
    snapshot.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet.values.set(cellAddress(r, c), v);
        const format = snapshot.numberFormats[r]?.[c];
        if (format && format !== "General") sheet.formats.set(cellAddress(r, c), format);
      }),
    );
    for (const [address, comment] of Object.entries(snapshot.comments)) {
      const rect = parseRangeAddress(address);
      if (rect) seeded.push({ row: rect.top, col: rect.left, text: comment.text });
    }
    this.sheets.set(sheet.name, sheet);
    return sheet;
  }

  /** This fake as the `Excel` namespace the host expects (the fake's proxies are untyped). */
  get api(): ExcelApi {
    return this as unknown as ExcelApi;
  }

  /** `Excel.run`, both overloads. */
  run = async <T>(a: unknown, b?: (context: unknown) => Promise<T>): Promise<T> => {
    const batch = (b ?? a) as (context: unknown) => Promise<T>;
    return batch(this.context());
  };

  /** A person types into a cell: the value changes and change events fire (not from an add-in). */
  async userEdit(sheetName: string, address: string, value: CellValue): Promise<void> {
    const sheet = this.sheet(sheetName);
    sheet.values.set(address, value);
    await this.fire(this.changeHandlers, sheetName, { address, triggerSource: "Unknown" });
  }

  async userSelect(sheetName: string, address: string): Promise<void> {
    await this.fire(this.selectionHandlers, sheetName, { address });
  }

  /** Waits until change events of the last writes were delivered (Excel delivers them after the sync). */
  async settle(): Promise<void> {
    await Promise.all(this.deliveries.splice(0));
  }

  private emitOwnChange(sheet: string, rect: Rect): void {
    const event = { address: rectAddress(rect), triggerSource: "ThisLocalAddin" };
    this.deliveries.push(
      new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
        this.fire(this.changeHandlers, sheet, event),
      ),
    );
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }

  private async fire(
    list: Array<{ sheet: string; handler: Handler }>,
    sheet: string,
    event: Record<string, unknown>,
  ) {
    const args = this.options.triggerSource ? event : { address: event.address };
    for (const h of list) if (h.sheet === sheet) await h.handler(args);
  }

  private context() {
    const context = {
      workbook: {
        worksheets: this.worksheetCollection(),
        settings: this.settingCollection(),
        application: { suspendApiCalculationUntilNextSync: () => undefined },
      },
      sync: async () => {
        this.syncs++;
        const ops = this.pending.splice(0);
        for (const op of ops) op();
        for (const mock of this.mocks.splice(0)) await mock.sync();
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
    return context;
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  private worksheetCollection() {
    const collection = this.collection(() => [...this.sheets.values()].map((s) => ({ name: s.name })));
    return Object.assign(collection, {
      getItem: (name: string) => {
        const sheet = this.sheets.get(name);
        if (sheet) return this.worksheet(sheet);
        // Like Excel: the proxy is returned, and the request fails at sync without naming the sheet.
        this.pending.push(() => {
          throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
        });
        return this.worksheet(this.emptySheet(name));
      },
    });
  }

  private emptySheet(name: string): FakeSheet {
    const empty = { values: new Map(), formats: new Map(), formulas: new Map(), styles: new Map() };
    return { name, ...empty, merges: [], notes: [], comments: [] };
  }

  private settingCollection() {
    return {
      getItemOrNullObject: (key: string) =>
        nullable(
          this.track(new OfficeMockObject({ value: this.settings.get(key) ?? "" })),
          !this.settings.has(key),
        ),
      add: (key: string, value: unknown) => {
        if (typeof value === "object" && value !== null)
          throw new Error("the fake stores settings as text only");
        this.pending.push(() => this.settings.set(key, value));
      },
    };
  }

  /** A collection: `load` then `sync` before `items` can be read. */
  private collection<T>(items: () => T[]) {
    let state: "unloaded" | "queued" | "loaded" = "unloaded";
    let loaded: T[] = [];
    return {
      load: () => {
        state = "queued";
        this.pending.push(() => {
          loaded = items();
          state = "loaded";
        });
      },
      get items(): T[] {
        if (state !== "loaded") throw new Error("PropertyNotLoaded: items");
        return loaded;
      },
    };
  }

  private worksheet(sheet: FakeSheet) {
    const hasNotes = this.options.annotations === "notes";
    return {
      name: sheet.name,
      getUsedRangeOrNullObject: () => this.usedRange(sheet),
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) =>
        this.range(sheet, { top, left, bottom: top + rows - 1, right: left + cols - 1 }),
      activate: () => undefined,
      notes: hasNotes ? this.annotationCollection(sheet.notes, sheet.name) : undefined,
      comments: this.annotationCollection(sheet.comments, sheet.name),
      onChanged: this.eventSource(this.changeHandlers, sheet.name),
      onSelectionChanged: this.eventSource(this.selectionHandlers, sheet.name),
    };
  }

  private eventSource(list: Array<{ sheet: string; handler: Handler }>, sheet: string) {
    return {
      add: (handler: Handler) => {
        const entry = { sheet, handler };
        list.push(entry);
        return { context: {}, remove: () => this.pending.push(() => list.splice(list.indexOf(entry), 1)) };
      },
    };
  }

  private annotationCollection(list: FakeAnnotation[], sheetName: string) {
    const item = (a: FakeAnnotation) => ({
      content: a.text,
      getLocation: () =>
        this.track(new OfficeMockObject({ address: `${sheetName}!${cellAddress(a.row, a.col)}` })),
      delete: () =>
        this.pending.push(() => {
          list.splice(list.indexOf(a), 1);
          occupied.delete(cellAddress(a.row, a.col));
        }),
    });
    const collection = this.collection(() => list.map(item));
    const occupied = new Set(list.map((a) => cellAddress(a.row, a.col)));
    return Object.assign(collection, {
      add: (address: string, text: string) => {
        if (!address.includes("!")) throw new Error("InvalidArgument: the address must name the sheet");
        const rect = parseRangeAddress(address);
        if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new Error("InvalidArgument");
        this.pending.push(() => {
          const cell = cellAddress(rect.top, rect.left);
          if (occupied.has(cell))
            throw new Error(`InvalidOperation: ${address} already has a note or comment`);
          occupied.add(cell);
          list.push({ row: rect.top, col: rect.left, text });
        });
      },
    });
  }

  private usedRange(sheet: FakeSheet) {
    const cells = [...sheet.values.keys(), ...sheet.formats.keys(), ...sheet.styles.keys()]
      .map((a) => parseRangeAddress(a))
      .filter((r): r is Rect => r !== null);
    if (cells.length === 0) {
      const nothing = { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
      return nullable(this.track(new OfficeMockObject(nothing)), true);
    }
    const top = Math.min(...cells.map((c) => c.top));
    const left = Math.min(...cells.map((c) => c.left));
    const bottom = Math.max(...cells.map((c) => c.bottom));
    const right = Math.max(...cells.map((c) => c.right));
    return this.range(sheet, { top, left, bottom, right });
  }

  private range(sheet: FakeSheet, rect: Rect) {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const grid = <T>(at: (address: string) => T): T[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => at(cellAddress(rect.top + i, rect.left + j))),
      );
    const value = (a: string) => sheet.values.get(a) ?? null;
    const format = (a: string) => sheet.formats.get(a) ?? "General";
    const initial = { values: grid((a) => ERROR_TEXT(value(a))), numberFormat: grid(format) };
    const mock = this.track(
      new OfficeMockObject({
        rowIndex: rect.top,
        columnIndex: rect.left,
        rowCount: rows,
        columnCount: cols,
        address: `${sheet.name}!${rectAddress(rect)}`,
        values: initial.values,
        text: grid((a) => formatCellText(value(a), format(a))),
        numberFormat: initial.numberFormat,
        formulas: initial.values,
        format: { fill: { color: "#FFFFFF" }, font: { color: "#000000", bold: false, italic: false } },
        select: () =>
          this.pending.push(() => (this.selected = { sheet: sheet.name, address: rectAddress(rect) })),
        unmerge: () =>
          this.pending.push(() => (sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect)))),
        merge: () => this.pending.push(() => sheet.merges.push({ ...rect })),
        clear: (applyTo: string) => this.pending.push(() => clearRect(sheet, rect, applyTo)),
        getMergedAreasOrNullObject: () => {
          const inside = sheet.merges.filter((m) => overlaps(m, rect));
          if (inside.length > 512) {
            this.pending.push(() => {
              throw Object.assign(new Error("too many merged areas"), { code: "GeneralException" });
            });
          }
          const address = inside.map((m) => `${sheet.name}!${rectAddress(m)}`).join(", ");
          return nullable(this.track(new OfficeMockObject({ address })), inside.length === 0);
        },
      }),
    );
    nullable(mock, false);
    const before = snapshotOf(mock);
    this.pending.push(() => {
      if (writeRange(sheet, rect, mock, before)) this.emitOwnChange(sheet.name, rect);
    });
    return mock;
  }
}

/** Excel sets `isNullObject` on *OrNullObject proxies without a load; so does the fake. */
function nullable<T extends OfficeMockObject>(mock: T, isNull: boolean): T {
  return Object.assign(mock, { isNullObject: isNull });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function forEachCell(rect: Rect, visit: (address: string, i: number, j: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) visit(cellAddress(r, c), r - rect.top, c - rect.left);
}

function clearRect(sheet: FakeSheet, rect: Rect, applyTo: string): void {
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
}

/** What Excel does with a value typed or set through the API: "'x" is the text x, "=…" a formula. */
function entered(raw: unknown): { value: CellValue; formula?: string } {
  if (typeof raw !== "string") return { value: (raw as number | boolean | null) ?? null };
  if (raw === "") return { value: null };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=")) return { value: 0, formula: raw };
  const n = Number(raw);
  return Number.isFinite(n) && raw.trim() !== "" ? { value: n } : { value: raw };
}

type RangeProps = ReturnType<typeof snapshotOf>;

function snapshotOf(mock: OfficeMockObject) {
  const { fill, font } = mock.format;
  return {
    values: mock.values as unknown,
    numberFormat: mock.numberFormat as unknown,
    formulas: mock.formulas as unknown,
    fill: fill.color as unknown,
    fontColor: font.color as unknown,
    bold: font.bold as unknown,
    italic: font.italic as unknown,
  };
}

/** Applies what the code set on a range proxy; true when cell values changed (Excel raises onChanged). */
/** A property the code assigned (not the mock's "Error, property was not loaded/synchronized" text). */
function assigned(now: unknown, before: unknown): boolean {
  return now !== before && !(typeof now === "string" && now.startsWith("Error,"));
}

function writeRange(sheet: FakeSheet, rect: Rect, mock: OfficeMockObject, before: RangeProps): boolean {
  if (assigned(mock.numberFormat, before.numberFormat)) {
    forEachCell(rect, (a, i, j) => sheet.formats.set(a, (mock.numberFormat as string[][])[i][j]));
  }
  const written = assigned(mock.formulas, before.formulas)
    ? mock.formulas
    : assigned(mock.values, before.values)
      ? mock.values
      : null;
  if (written) {
    forEachCell(rect, (a, i, j) => {
      const cell = entered((written as unknown[][])[i][j]);
      if (cell.value === null) sheet.values.delete(a);
      else sheet.values.set(a, cell.value);
      if (cell.formula) sheet.formulas.set(a, cell.formula);
      else sheet.formulas.delete(a);
    });
  }
  const now = snapshotOf(mock);
  const style: CellStyle = {};
  if (assigned(now.fill, before.fill)) style.fill = now.fill as string;
  if (assigned(now.fontColor, before.fontColor)) style.fontColor = now.fontColor as string;
  if (assigned(now.bold, before.bold)) style.bold = now.bold as boolean;
  if (assigned(now.italic, before.italic)) style.italic = now.italic as boolean;
  if (Object.keys(style).length > 0)
    forEachCell(rect, (a) => sheet.styles.set(a, { ...sheet.styles.get(a), ...style }));
  return written !== null;
}
