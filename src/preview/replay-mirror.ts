/**
 * The .xlsx behind the preview's workbook, built only when it is downloaded: every plan applied to the
 * preview is kept, and saving opens the original bytes with the ExcelJS host, replays the plans in order
 * and saves. So ExcelJS (a lazy chunk) is never on the way to the preview's first paint.
 */
import type { WorkbookHost, WritePlan } from "../sheet/types";

/** A host that can write itself out as .xlsx bytes (the ExcelJS host). */
export interface SavableHost extends WorkbookHost {
  save(): Promise<Uint8Array>;
}

export class ReplayMirror {
  private readonly plans: WritePlan[] = [];

  /** `open` gives a fresh host on the workbook's original bytes, each time it is called. */
  constructor(private readonly open: () => Promise<SavableHost>) {}

  async apply(plan: WritePlan): Promise<void> {
    this.plans.push(plan);
  }

  /** The original workbook with every plan so far applied, as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const plans = [...this.plans];
    const host = await this.open();
    for (const plan of plans) await host.apply(plan);
    return host.save();
  }
}
