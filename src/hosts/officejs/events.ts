import { parseRangeAddress } from "../../sheet/address";
import type { Rect, WritePlan } from "../../sheet/types";
import { contains } from "./a1";

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

interface ChangeEvent {
  address: string;
  triggerSource?: string;
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
    const changed = parseRangeAddress(event.address);
    if (!changed) return false;
    const ours = this.now() <= this.recentUntil ? [...this.writing, ...this.recent] : this.writing;
    return ours.some((r) => contains(r, changed));
  }
}
