import type { Rect, SheetSnapshot, WritePlan } from "../../sheet/types";
import type { CellRef, InteractiveHost, SettingsStore, Unsubscribe } from "../interactive";
import { HostError } from "../host-error";
import { DEFAULT_BUDGET_BYTES } from "./budget";
import {
  detectCapabilities,
  officeOnWeb,
  officeSetSupported,
  type OfficeCapabilities,
  type SetSupported,
} from "./capabilities";
import { parseEventAddress } from "./a1";
import { isRemoteEdit, isStructural, OwnWriteFilter, planRects } from "./events";
import { readWorksheet } from "./read";
import type { AnnotationCounts } from "./annotations";
import { applyPlan, type ApplyReport } from "./write";
import { ensureSheet } from "./extras";

/** The part of the `Excel` namespace the host uses (tests pass the strict Excel model here). */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

export interface OfficeJsHostOptions {
  excel?: ExcelApi;
  isSetSupported?: SetSupported;
  /** Whether this is Excel on the web (default: from `Office.context.platform`); null: not known. */
  onWeb?: boolean | null;
  /** Bytes per request before a read or write is split (Excel on the web rejects requests over 5 MB). */
  budgetBytes?: number;
  now?: () => number;
}

/** The workbook host inside Excel: Office.js in, SheetSnapshot out; WritePlan in, cells out. */
export class OfficeJsHost implements InteractiveHost {
  readonly capabilities: OfficeCapabilities;
  readonly settings: SettingsStore;
  readonly clearsUndo: boolean;
  private readonly excel: ExcelApi;
  private readonly budget: number;
  private readonly ownWrites: OwnWriteFilter;
  /** What the last apply left alone (our comments people replied to). */
  lastApply: ApplyReport = { keptThreads: [], counts: {} };
  /** Each sheet's annotations by kind as last read or written: an apply reads them without counting first. */
  private readonly counts = new Map<string, AnnotationCounts>();
  /** Before ExcelApi 1.17: who wants to know of a sheet's rename, by the name they know it by. */
  private readonly renameWatchers = new Map<string, Set<(name: string) => void>>();

  constructor(options: OfficeJsHostOptions = {}) {
    this.excel = options.excel ?? Excel;
    this.capabilities = detectCapabilities(
      options.isSetSupported ?? officeSetSupported(),
      options.onWeb === undefined ? officeOnWeb() : options.onWeb,
    );
    this.budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
    this.ownWrites = new OwnWriteFilter(this.capabilities.triggerSource, options.now);
    this.settings = new WorkbookSettings(this.excel);
    this.clearsUndo = !this.capabilities.undoKept;
  }

  listSheets(): Promise<string[]> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const { snapshot, counts } = await naming(
      name,
      this.excel.run((context) => readWorksheet(context, name, this.capabilities, this.budget)),
    );
    this.counts.set(name, counts);
    return snapshot;
  }

  async apply(plan: WritePlan): Promise<void> {
    this.ownWrites.begin(planRects(plan));
    try {
      const known = this.counts.get(plan.sheet);
      this.lastApply = await naming(
        plan.sheet,
        this.excel.run(async (context) => {
          await ensureSheet(context, plan);
          return applyPlan(context, plan, this.capabilities, this.budget, known);
        }),
      );
      this.counts.set(plan.sheet, this.lastApply.counts);
    } finally {
      this.ownWrites.end();
    }
  }

  selectCell(sheet: string, cell: CellRef): Promise<void> {
    return this.excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(cell.row, cell.col, 1, 1).select();
      await context.sync();
    });
  }

  /** Cells of our explanations the last write left, out of date, because people replied under them. */
  get keptThreads(): readonly string[] {
    return this.lastApply.keptThreads;
  }

  onUserEdit(sheet: string, handler: (changed: Rect[], structural?: boolean) => void): Promise<Unsubscribe> {
    return this.subscribe(sheet, (worksheet) =>
      worksheet.onChanged.add(async (event) => {
        if (isRemoteEdit(event) || this.ownWrites.isOwn(event)) return;
        if (!this.capabilities.nameChanged && (await this.renamed(sheet, event.worksheetId))) {
          // Told to the rename's watchers, who score the sheet again by its new name; with none, the
          // edit goes on as structural: a full re-score, never a partial write by the old name.
          if (this.renameWatchers.get(sheet)?.size) return;
          handler([], true);
          return;
        }
        const rect = parseEventAddress(event.address);
        if (isStructural(event)) handler(rect ? [rect] : [], true);
        else if (rect) handler([rect], false);
      }),
    );
  }

  /**
   * Calls back with the sheet's new name when it is renamed, here or by a co-author. ExcelApi 1.17 says
   * so (`onNameChanged`); before, a rename is found at the sheet's next edit (see onUserEdit), before
   * anything is written by the old name.
   */
  onSheetRenamed(sheet: string, handler: (name: string) => void): Promise<Unsubscribe> {
    if (this.capabilities.nameChanged)
      return this.subscribe(sheet, (worksheet) =>
        worksheet.onNameChanged.add(async (event) => handler(event.nameAfter)),
      );
    const watchers = this.renameWatchers.get(sheet) ?? new Set();
    this.renameWatchers.set(sheet, watchers.add(handler));
    return Promise.resolve(async () => void watchers.delete(handler));
  }

  /** True, and the sheet's rename watchers told, when the sheet of `worksheetId` is no longer named `sheet`. */
  private async renamed(sheet: string, worksheetId: string): Promise<boolean> {
    const name = await this.excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(worksheetId);
      worksheet.load("name");
      await context.sync();
      return worksheet.name;
    });
    if (name === sheet) return false;
    for (const watcher of this.renameWatchers.get(sheet) ?? []) watcher(name);
    return true;
  }

  onSelection(sheet: string, handler: (cell: CellRef) => void): Promise<Unsubscribe> {
    return this.subscribe(sheet, (worksheet) =>
      worksheet.onSelectionChanged.add(async (event) => {
        const rect = parseEventAddress(event.address);
        if (rect) handler({ row: rect.top, col: rect.left });
      }),
    );
  }

  private subscribe(
    sheet: string,
    add: (worksheet: Excel.Worksheet) => OfficeExtension.EventHandlerResult<unknown>,
  ): Promise<Unsubscribe> {
    return this.excel.run(async (context) => {
      const registration = add(context.workbook.worksheets.getItem(sheet));
      await context.sync();
      return () =>
        this.excel.run(registration.context, async (again) => {
          registration.remove();
          await again.sync();
        });
    });
  }
}

/** Excel says "ItemNotFound" without the name; the pane and the contract want to know which sheet. */
async function naming<T>(sheet: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "ItemNotFound") {
      throw new HostError("unknownSheet", `No sheet named "${sheet}" in this workbook.`, [], sheet);
    }
    throw error;
  }
}

/**
 * `workbook.settings` (ExcelApi 1.4): saved in the file, per add-in, invisible to the user. Values are kept
 * as JSON text; text that does not parse is handed back as it is, for the caller's validation to reject.
 */
class WorkbookSettings implements SettingsStore {
  constructor(private readonly excel: ExcelApi) {}

  read(key: string): Promise<unknown> {
    return this.excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load("value");
      await context.sync();
      return setting.isNullObject ? undefined : parseSetting(setting.value);
    });
  }

  write(key: string, value: unknown): Promise<void> {
    return this.excel.run(async (context) => {
      context.workbook.settings.add(key, JSON.stringify(value));
      await context.sync();
    });
  }
}

function parseSetting(stored: unknown): unknown {
  if (typeof stored !== "string") return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored; // not JSON: returned as found, so validation reports it as damaged
  }
}
