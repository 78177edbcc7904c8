/**
 * The pane's host outside Excel: the memory host plus what Excel's UI provides — a selection, a
 * person's edits and change events — driven by the preview's grid. Every plan is also applied to an
 * optional mirror (the replay mirror the scored copy is downloaded from).
 */
import type { CellRef, InteractiveHost, SettingsStore, Unsubscribe } from "../hosts/interactive";
import type { MemoryHost } from "../hosts/memory";
import type { CellStyle, CellValue, Rect, SheetSnapshot, WorkbookHost, WritePlan } from "../sheet/types";

type Listener<T> = { sheet: string; handler: (value: T) => void };

function emptyPlan(sheet: string): WritePlan {
  return { sheet, clear: [], blocks: [], merges: [], styles: [], notes: [], deleteNotes: [] };
}

/** What a person typed, as a spreadsheet stores it: a plain number becomes a number, the rest text. */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) && /^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(trimmed) ? n : text;
}

export class PreviewHost implements InteractiveHost {
  selected: { sheet: string; cell: CellRef } | null = null;
  private readonly edits: Listener<Rect[]>[] = [];
  private readonly selections: Listener<CellRef>[] = [];
  private readonly views = new Set<() => void>();

  constructor(
    private readonly memory: MemoryHost,
    readonly settings: SettingsStore,
    private readonly mirror?: Pick<WorkbookHost, "apply">,
  ) {}

  listSheets(): Promise<string[]> {
    return this.memory.listSheets();
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return this.memory.readSheet(name);
  }

  async apply(plan: WritePlan): Promise<void> {
    await this.memory.apply(plan);
    await this.mirror?.apply(plan);
    this.changed();
  }

  async selectCell(sheet: string, cell: CellRef): Promise<void> {
    this.selected = { sheet, cell };
    this.changed();
  }

  async onUserEdit(sheet: string, handler: (changed: Rect[]) => void): Promise<Unsubscribe> {
    return this.listen(this.edits, { sheet, handler });
  }

  async onSelection(sheet: string, handler: (cell: CellRef) => void): Promise<Unsubscribe> {
    return this.listen(this.selections, { sheet, handler });
  }

  /** The grid's edit: the cell changes, then the same change path as Excel's onChanged runs. */
  async editCell(sheet: string, cell: CellRef, text: string): Promise<void> {
    const plan = emptyPlan(sheet);
    plan.blocks.push({
      top: cell.row,
      left: cell.col,
      values: [[typedValue(text) as string | number | null]],
    });
    await this.memory.apply(plan);
    await this.mirror?.apply(plan);
    this.changed();
    const rect = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    for (const l of this.edits.filter((e) => e.sheet === sheet)) l.handler([rect]);
  }

  /** The grid's selection: what Excel's onSelectionChanged reports. */
  userSelect(sheet: string, cell: CellRef): void {
    this.selected = { sheet, cell };
    this.changed();
    for (const l of this.selections.filter((s) => s.sheet === sheet)) l.handler(cell);
  }

  /** A cell's fill and font, for the grid. */
  styleAt(sheet: string, row: number, col: number): CellStyle | undefined {
    return this.memory.styleAt(sheet, row, col);
  }

  /** The grid re-renders on every change of cells or selection. */
  subscribe(view: () => void): () => void {
    this.views.add(view);
    return () => this.views.delete(view);
  }

  private changed(): void {
    for (const view of this.views) view();
  }

  private listen<T>(list: Listener<T>[], listener: Listener<T>): Unsubscribe {
    list.push(listener);
    return async () => {
      const i = list.indexOf(listener);
      if (i >= 0) list.splice(i, 1);
    };
  }
}
