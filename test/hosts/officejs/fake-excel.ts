/**
 * A strict model of Excel for the Office.js host's tests and the `office` bench part. It is never kinder
 * than Excel; each rule names the behaviour it models and where that is documented:
 *
 * - Batches. Calls on proxies are queued and run at `context.sync()`, in order; a call that fails stops
 *   the batch, and what ran before it stays done (a batch is not a transaction). Docs: "Application-
 *   specific API model" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 * - Payload limits (profile `payloadLimit`, Excel on the web). A request or response over 5 MB fails with
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`; an oversized request runs
 *   nothing. Docs: "Resource limits and performance optimization for Office Add-ins", Excel add-ins. A
 *   request is counted as its JSON: ACTION_BYTES per queued call or property set plus its arguments
 *   (values, formulas, number formats, note texts, addresses); a response as the JSON of what was loaded.
 * - Loading. A property can be read only after it was named in `load()` and synced; a collection's
 *   `load()` returns only the properties named, and `{ top, skip }` pages it. `isNullObject` of an
 *   `*OrNullObject` proxy is known only after a sync. Docs: OfficeExtension.LoadOption; "Use *OrNullObject
 *   methods" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-advanced-concepts... null objects).
 * - `Range.values` / `formulas` / `numberFormat` set with a different shape than the range fail with
 *   `InvalidArgument`. Docs: Excel.Range.values ("must have the same dimensions as the range").
 * - A formula longer than 8,192 characters fails the request with `GeneralException` ("There was an
 *   internal error while processing the request"). Docs: "Excel specifications and limits" (length of
 *   formula contents); the error as reported for such a write in OfficeDev/office-js issue 3256.
 * - `getUsedRangeOrNullObject(valuesOnly)`: with `valuesOnly` only cells with values count; without it,
 *   formatted cells do too. Docs: Excel.Worksheet.getUsedRangeOrNullObject.
 * - Annotations. A cell holds one annotation, a note or a threaded comment: adding a second fails with
 *   `InvalidOperation`. Docs: "Insert comments and notes in Excel" (support.microsoft.com: a cell has
 *   either). Notes exist only from ExcelApi 1.18 (`worksheet.notes`; before, a call fails with
 *   `ApiNotFound`) though the workbook may hold notes another build wrote. Docs: ExcelApi 1.18
 *   requirement set. `getItemAt(i)` binds to the i-th item when its batch runs; `NoteCollection.getItem`
 *   and `CommentCollection.getItemByCell` find one by its cell, and fail with `ItemNotFound` where there is
 *   none (docs: Excel.NoteCollection, Excel.CommentCollection). `Comment.delete()` deletes the thread
 *   with its replies. Docs: Excel.Comment.delete, CommentThreaded.Delete ("and all replies"). `add()` wants a sheet-qualified single cell. Docs:
 *   Excel.CommentCollection.add, Excel.NoteCollection.add.
 *   A note's `width` and `height` (points, ExcelApi 1.18) are set on the note `add()` returns or on one
 *   found; Excel on the web refuses them, failing the batch with `NotImplemented` (docs: Excel.Note,
 *   "not supported in Excel on the web"; Excel.ErrorCodes). A threaded comment has no size (Excel.Comment):
 *   setting one is a bug of the caller and throws at once.
 * - Events. `onChanged` carries `address`, `source` ("Local" in the session that made the change,
 *   "Remote" in co-authors' sessions), `changeType` (RangeEdited, RowInserted, RowDeleted,
 *   ColumnInserted, ColumnDeleted, CellInserted, CellDeleted) and, from ExcelApi 1.14, `triggerSource`
 *   ("ThisLocalAddin" only for this add-in's own writes in this session); inserted rows or columns have
 *   whole-row or whole-column addresses ("6:6", "C:C"); every event names its sheet's `worksheetId`
 *   (1.7). Docs: Excel.WorksheetChangedEventArgs, Excel.EventSource, Excel.DataChangeType,
 *   Excel.EventTriggerSource. A rename fires `onNameChanged` (ExcelApi 1.17: `nameBefore`, `nameAfter`,
 *   `source`, `type` "WorksheetNameChanged", `worksheetId`) and no `onChanged`; registering it before 1.17
 *   fails with `ApiNotFound`. Handlers stay bound to their sheet through a rename; `worksheets.getItem`
 *   takes a name or an id. Docs: Excel.WorksheetNameChangedEventArgs, Excel.WorksheetCollection.getItem.
 *
 * Co-authoring: `coAuthor()` opens a second session on the same workbook (another person's Excel with its
 * own pane); its writes reach this session's handlers as "Remote" events.
 */
import { cellAddress, parseRangeAddress } from "../../../src/sheet/address";
import type { ExcelApi } from "../../../src/hosts/officejs";
import type { CellValue, Rect, SheetSnapshot } from "../../../src/sheet/types";
import {
  type Book,
  type EventKind,
  type FakeSheet,
  type Queue,
  ACTION,
  RangeProxy,
  collection,
  excelError,
  jsonBytes,
  sheetOf,
} from "./fake-excel-proxies";
import { WorksheetProxy, annotate, emptySheet, shiftSheet } from "./fake-excel-sheet";

export type { FakeAnnotation, FakeSheet } from "./fake-excel-proxies";
export { annotate, annotationsOf, removeAnnotation, styleAt } from "./fake-excel-sheet";
export { ACTION } from "./fake-excel-proxies";

/** A real build of Excel: what it supports and whether it has Excel on the web's payload limits. */
export interface ExcelProfile {
  name: string;
  /** The highest ExcelApi 1.x minor version it supports. */
  api: number;
  /** Bytes over which a request or a response fails (Excel on the web: 5 MB); null = none modelled. */
  payloadLimit: number | null;
  /** Excel on the web (`Office.context.platform` "OfficeOnline"): a note's size cannot be set. */
  onWeb: boolean;
}

const FIVE_MB = 5 * 1024 * 1024;
/** Excel on Windows and Mac: no payload limit modelled, a note's size can be set. */
const DESKTOP = { payloadLimit: null, onWeb: false } as const;
/** Microsoft 365 current channel (Windows 2501+, Mac 16.93+): notes, triggerSource, merged areas. */
export const M365_CURRENT: ExcelProfile = { name: "Microsoft 365 (current)", api: 18, ...DESKTOP };
/** Office 2024 / 2021 perpetual and Microsoft 365 before 2501: threaded comments, no notes. */
export const OFFICE_2021: ExcelProfile = {
  name: "Office 2021/2024",
  api: 14,
  payloadLimit: null,
  onWeb: false,
};
/** Excel on the web: notes, and requests and responses limited to 5 MB. */
export const EXCEL_WEB: ExcelProfile = {
  name: "Excel on the web",
  api: 18,
  payloadLimit: FIVE_MB,
  onWeb: true,
};
export const PROFILES = [M365_CURRENT, OFFICE_2021, EXCEL_WEB] as const;

type Handler = (event: Record<string, unknown>) => Promise<unknown>;

/** One person's Excel session on a (possibly shared) workbook. */
export class FakeExcel implements Queue {
  syncs = 0;
  /** Bytes of each sync's request and response, in order. */
  readonly payloads: Array<{ request: number; response: number }> = [];
  selected: { sheet: string; address: string } | null = null;
  readonly book: Book;
  /** Event handlers by the id of their sheet: a registration follows its sheet through a rename. */
  private readonly handlers: Array<{ sheetId: string; handler: Handler; kind: EventKind }> = [];
  private readonly ops: Array<() => void> = [];
  private readonly loads: Array<() => unknown> = [];
  private readonly afterSync: Array<() => void> = [];
  private requestBytes = 0;
  private readonly deliveries: Promise<void>[] = [];

  constructor(
    readonly profile: ExcelProfile,
    book?: Book,
  ) {
    this.book = book ?? { sheets: new Map(), settings: new Map(), sessions: [] };
    this.book.sessions.push(this);
  }

  /** Another person's Excel on the same workbook (co-authoring). */
  coAuthor(profile: ExcelProfile = this.profile): FakeExcel {
    return new FakeExcel(profile, this.book);
  }

  supports(minor: number): boolean {
    return minor <= this.profile.api;
  }

  /** For the host's `onWeb` option, as `Office.context.platform` tells it. */
  get onWeb(): boolean {
    return this.profile.onWeb;
  }

  /** `Office.context.requirements.isSetSupported("ExcelApi", v)` for this build. */
  isSetSupported = (version: string): boolean => this.supports(Number(version.split(".")[1]));

  /** Seeds a sheet from a snapshot; its comments become notes (`as`: or threaded comments). */
  addSheet(snapshot: SheetSnapshot, as: "note" | "comment" = "note"): FakeSheet {
    const sheet = emptySheet(snapshot.name);
    sheet.merges = snapshot.merges.map((m) => ({ ...m }));
    snapshot.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet.values.set(cellAddress(r, c), v);
        const format = snapshot.numberFormats[r]?.[c];
        if (format && format !== "General") sheet.formats.set(cellAddress(r, c), format);
      }),
    );
    for (const [address, comment] of Object.entries(snapshot.comments)) {
      const rect = parseRangeAddress(address);
      if (rect) annotate(sheet, rect.top, rect.left, comment.text, as);
    }
    this.book.sheets.set(sheet.name, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.book.sheets.get(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** This fake as the `Excel` namespace the host expects. */
  get api(): ExcelApi {
    return this as unknown as ExcelApi;
  }

  /** The largest request or response so far, in bytes. */
  get maxPayload(): number {
    return Math.max(0, ...this.payloads.map((p) => Math.max(p.request, p.response)));
  }

  /** `Excel.run`, both overloads. */
  run = async <T>(a: unknown, b?: (context: unknown) => Promise<T>): Promise<T> => {
    const batch = (b ?? a) as (context: unknown) => Promise<T>;
    return batch(this.context());
  };

  queue(bytes: number, op: () => void): void {
    this.requestBytes += bytes;
    this.ops.push(op);
  }

  /** Registers a load: `deliver` runs after the sync's operations and returns the JSON it answers. */
  load(bytes: number, deliver: () => unknown): void {
    this.requestBytes += bytes;
    this.loads.push(deliver);
  }

  onSynced(mark: () => void): void {
    this.afterSync.push(mark);
  }

  /** A person types into cells of this session: values change, change events fire everywhere. */
  async userEdit(sheetName: string, address: string, value: CellValue): Promise<void> {
    const rect = parseRangeAddress(address);
    if (!rect) throw new Error(`bad address ${address}`);
    const sheet = this.sheet(sheetName);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        if (value === null) sheet.values.delete(cellAddress(r, c));
        else sheet.values.set(cellAddress(r, c), value);
      }
    await this.changed(sheetName, address, "RangeEdited", false);
  }

  /** A person inserts (count > 0) or deletes (count < 0) whole rows at `row` (0-based). */
  async userShiftRows(sheetName: string, row: number, count: number): Promise<void> {
    shiftSheet(this.sheet(sheetName), "row", row, count);
    const rows = `${row + 1}:${row + Math.abs(count)}`;
    await this.changed(sheetName, rows, count > 0 ? "RowInserted" : "RowDeleted", false);
  }

  async userSelect(sheetName: string, address: string): Promise<void> {
    await this.fire("selection", this.sheet(sheetName).id, { address });
  }

  /** A person renames a sheet: every session with ExcelApi 1.17 gets `onNameChanged`, none `onChanged`. */
  async userRenameSheet(from: string, to: string): Promise<void> {
    const sheet = this.sheet(from);
    if (this.book.sheets.has(to)) throw new Error(`a sheet named ${to} exists`);
    sheet.name = to;
    const tabs = [...this.book.sheets.values()];
    this.book.sheets.clear();
    for (const s of tabs) this.book.sheets.set(s.name, s);
    const renames = (this.book.sessions as FakeExcel[]).map((session) =>
      session.fire("nameChanged", sheet.id, {
        type: "WorksheetNameChanged",
        nameBefore: from,
        nameAfter: to,
        source: session === this ? "Local" : "Remote",
        worksheetId: sheet.id,
      }),
    );
    await Promise.all(renames);
  }

  /** Waits until the change events of every session's writes were delivered (Excel delivers after sync). */
  async settle(): Promise<void> {
    for (const session of this.book.sessions as FakeExcel[]) await Promise.all(session.deliveries.splice(0));
  }

  /** An edit made in this session reaches every session: "Local" here, "Remote" in the others. */
  changed(sheet: string, address: string, changeType: string, byAddin: boolean): Promise<void> {
    const deliveries = (this.book.sessions as FakeExcel[]).map((session) => {
      const event: Record<string, unknown> = {
        address,
        changeType,
        source: session === this ? "Local" : "Remote",
        type: "WorksheetChanged",
        worksheetId: this.sheet(sheet).id,
      };
      if (session.supports(14))
        event.triggerSource = session === this && byAddin ? "ThisLocalAddin" : "Unknown";
      return session.deliver(sheet, event, byAddin);
    });
    return Promise.all(deliveries).then(() => undefined);
  }

  private deliver(sheet: string, event: Record<string, unknown>, later: boolean): Promise<void> {
    const fire = () => this.fire("changed", this.sheet(sheet).id, event);
    if (!later) return fire();
    this.deliveries.push(new Promise((resolve) => setTimeout(resolve, 0)).then(fire));
    return Promise.resolve();
  }

  private async fire(kind: EventKind, sheetId: string, event: Record<string, unknown>): Promise<void> {
    for (const h of this.handlers.filter((h) => h.kind === kind && h.sheetId === sheetId))
      await h.handler(event);
  }

  /** Registers a handler when the batch runs; `onNameChanged` needs ExcelApi 1.17. */
  subscribe(kind: EventKind, sheet: string, handler: Handler) {
    const entry = { sheetId: "", handler, kind };
    this.queue(ACTION, () => {
      if (kind === "nameChanged" && !this.supports(17))
        throw excelError("ApiNotFound", "Worksheet.onNameChanged needs ExcelApi 1.17");
      entry.sheetId = sheetOf(this, sheet).id;
      this.handlers.push(entry);
    });
    return {
      context: {},
      remove: () =>
        this.queue(0, () => {
          const at = this.handlers.indexOf(entry);
          if (at >= 0) this.handlers.splice(at, 1);
        }),
    };
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    const loads = this.loads.splice(0);
    const marks = this.afterSync.splice(0);
    const request = this.requestBytes;
    this.requestBytes = 0;
    const limit = this.profile.payloadLimit;
    if (limit !== null && request > limit) {
      this.payloads.push({ request, response: 0 });
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${request} bytes) is too large.`,
      );
    }
    try {
      for (const op of ops) op();
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const answers = loads.map((deliver) => deliver());
    const response = answers.reduce<number>((sum, a) => sum + jsonBytes(a), 0);
    this.payloads.push({ request, response });
    if (limit !== null && response > limit)
      throw excelError("ResponsePayloadSizeLimitExceeded", `The response (${response} bytes) is too large.`);
    for (const mark of marks) mark();
  }

  private context() {
    const worksheets = collection(
      this,
      () => [...this.book.sheets.values()],
      ["name"],
      (s) => ({ name: s.name }),
    );
    return {
      workbook: {
        worksheets: Object.assign(worksheets, {
          getItem: (name: string) => new WorksheetProxy(this, name),
          // A null object (isNullObject known after sync) when there is no such sheet. Docs:
          // WorksheetCollection.getItemOrNullObject.
          getItemOrNullObject: (name: string) => {
            let isNull: boolean | undefined;
            this.load(ACTION, () => (isNull = !this.book.sheets.has(name)));
            return Object.defineProperty(new WorksheetProxy(this, name), "isNullObject", {
              get: () => {
                if (isNull === undefined)
                  throw excelError("PropertyNotLoaded", "isNullObject is known after sync");
                return isNull;
              },
            });
          },
          // Adds a sheet at sync; a name already taken fails the request. Docs: WorksheetCollection.add.
          add: (name: string) => {
            this.queue(ACTION + jsonBytes(name), () => {
              if (this.book.sheets.has(name))
                throw excelError("ItemAlreadyExists", `A sheet named ${name} exists.`);
              this.book.sheets.set(name, emptySheet(name));
            });
            return new WorksheetProxy(this, name);
          },
        }),
        settings: this.settings(),
        application: { suspendApiCalculationUntilNextSync: () => this.queue(ACTION, () => undefined) },
      },
      sync: () => this.sync(),
    };
  }

  private settings() {
    const settings = this.book.settings;
    return {
      getItemOrNullObject: (key: string) => {
        const item = { loaded: false, isNull: true, value: undefined as unknown };
        this.load(ACTION, () => settings.get(key) ?? null);
        this.onSynced(() =>
          Object.assign(item, { loaded: true, isNull: !settings.has(key), value: settings.get(key) }),
        );
        const known = <T>(value: T): T => {
          if (!item.loaded) throw excelError("PropertyNotLoaded", "a setting is known after sync");
          return value;
        };
        return {
          load: () => undefined,
          get isNullObject() {
            return known(item.isNull);
          },
          get value() {
            return known(item.value);
          },
        };
      },
      add: (key: string, value: unknown) => {
        if (typeof value !== "string") throw new Error("the fake stores settings as text only");
        this.queue(ACTION + jsonBytes(value), () => settings.set(key, value));
      },
    };
  }

  /** For the proxies: the range proxy of a sheet's rectangle in this session. */
  range(sheet: string, rect: Rect): RangeProxy {
    return new RangeProxy(this, sheet, rect);
  }
}
