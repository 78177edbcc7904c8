/** Choosing the scoring sheet of a workbook: the one that detects best, or the one named. */
import type { RuleSetMeta } from "../engine/types";
import type { Detection, MappingOverride } from "./detection";
import { detectLayout } from "./detect";
import { SheetError } from "./errors";
import type { SheetSnapshot } from "./types";

export interface SheetChoice {
  snapshot: SheetSnapshot;
  detection: Detection;
  /** Every sheet looked at, with how well it matched. */
  candidates: Array<{ sheet: string; ok: boolean; quality: number }>;
}

export function chooseScoringSheet(
  snapshots: readonly SheetSnapshot[],
  rs: RuleSetMeta,
  opts: { sheet?: string; mapping?: MappingOverride } = {},
): SheetChoice {
  if (snapshots.length === 0)
    throw new SheetError("noSheets", "The workbook has no worksheets. / 工作簿中没有工作表。");
  if (opts.sheet !== undefined) {
    const named = snapshots.find((s) => s.name === opts.sheet);
    if (!named) {
      const names = snapshots.map((s) => s.name).join(", ");
      throw new SheetError(
        "sheetNotFound",
        `没有名为“${opts.sheet}”的工作表（有：${names}）。 / No sheet named "${opts.sheet}" (found: ${names}).`,
      );
    }
    const detection = detectLayout(named, rs, opts.mapping);
    return {
      snapshot: named,
      detection,
      candidates: [{ sheet: named.name, ok: detection.ok, quality: detection.quality }],
    };
  }
  const detections = snapshots.map((s) => detectLayout(s, rs));
  let best = 0;
  for (let i = 1; i < detections.length; i++) {
    const a = detections[i];
    const b = detections[best];
    if (Number(a.ok) > Number(b.ok) || (a.ok === b.ok && a.quality > b.quality)) best = i;
  }
  const snapshot = snapshots[best];
  const detection = opts.mapping ? detectLayout(snapshot, rs, opts.mapping) : detections[best];
  return {
    snapshot,
    detection,
    candidates: detections.map((d) => ({ sheet: d.sheet, ok: d.ok, quality: d.quality })),
  };
}
