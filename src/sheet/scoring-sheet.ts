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
    throw new SheetError("noSheets", {
      "zh-CN": "工作簿中没有工作表（可能只有图表页）。请打开它确认考核表在其中，另存后再评分。",
      en: "The workbook has no worksheets (perhaps only chart sheets). Open it, check the scoring sheet is in it, save it and score again.",
    });
  if (opts.sheet !== undefined) {
    const named = snapshots.find((s) => s.name === opts.sheet);
    if (!named) {
      const names = snapshots.map((s) => s.name).join(", ");
      throw new SheetError("sheetNotFound", {
        "zh-CN": `没有名为“${opts.sheet}”的工作表（有：${names}）。请用 --sheet 给出其中一个名称。`,
        en: `No sheet named "${opts.sheet}" (found: ${names}). Give one of these names to --sheet.`,
      });
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
