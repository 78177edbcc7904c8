import type { Rect, WritePlan } from "../../sheet/types";
import { parseEventAddress } from "./a1";
import { inside } from "../rect";

/** After our last write ends, change events for our cells may still arrive for this long (fallback only). */
export const OWN_WRITE_GRACE_MS = 2000;

/** Every cell a plan may touch: its cleared block, value blocks, merges and styles. */
export function planRects(plan: WritePlan): Rect[] {
  const rects: Rect[] = [...plan.clear, ...plan.merges, ...plan.styles.map((s) => s.rect)];
  for (const b of plan.blocks) {
    const rows = b.values.length;
    const cols = rows === 0 ? 0 : b.values[0].length;
    if (rows > 0 && cols > 0)
      rects.push({ top: b.top, left: b.left, bottom: b.top + rows - 1, right: b.left + cols - 1 });
  }
  return rects;
}

export interface ChangeEvent {
  address: string;
  triggerSource?: string;
  /** "Local" or "Remote" (a co-author's session), ExcelApi 1.7. */
  source?: string;
  /** How the change came about (Excel.DataChangeType), ExcelApi 1.7. */
  changeType?: string;
}

/** Changes that move cells: every row and column number the pane holds may now point elsewhere. */
const STRUCTURAL = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

export function isStructural(event: ChangeEvent): boolean {
  return event.changeType !== undefined && STRUCTURAL.has(event.changeType);
}

/**
 * A co-author's edit of cells is theirs to score: their pane (if auto) re-scores it, and answering their
 * pane's writes with ours would make the two panes write each other's cells for ever. A co-author's
 * inserted or deleted rows still move this pane's cells, so those are not ignored.
 */
export function isRemoteEdit(event: ChangeEvent): boolean {
  return event.source === "Remote" && !isStructural(event);
}

/**
 * Tells our own writes' change events from a person's edits. With ExcelApi 1.14 Excel says so itself
 * (`triggerSource === "ThisLocalAddin"`); before that, an event is ours when it falls wholly inside cells we
 * are writing, or wrote less than OWN_WRITE_GRACE_MS ago. The plan never writes input cells, so a person's
 * edit of an input is never mistaken for ours.
 */
export class OwnWriteFilter {
  private writing: Rect[] = [];
  private recent: Rect[] = [];
  private recentUntil = 0;

  constructor(
    private readonly hasTriggerSource: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  begin(rects: Rect[]): void {
    this.writing = rects;
  }

  end(): void {
    this.recent = this.writing;
    this.recentUntil = this.now() + OWN_WRITE_GRACE_MS;
    this.writing = [];
  }

  isOwn(event: ChangeEvent): boolean {
    if (this.hasTriggerSource && event.triggerSource !== undefined)
      return event.triggerSource === "ThisLocalAddin";
    const changed = parseEventAddress(event.address);
    if (!changed) return false;
    const ours = this.now() <= this.recentUntil ? [...this.writing, ...this.recent] : this.writing;
    return ours.some((r) => inside(changed, r));
  }
}
