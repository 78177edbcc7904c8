/** The marks on owned cells: lost points, negative scores, not scored, incomplete or provisional totals. */
import type { IndicatorResult, ManagerResult } from "../engine/types";
import type { CellStyle } from "./types";

export const STYLE = {
  belowWeight: { fill: "#FFF2CC" },
  negative: { fill: "#FCE4D6", fontColor: "#C00000", bold: true },
  notScored: { fontColor: "#808080", italic: true },
  incomplete: { fontColor: "#C00000", italic: true },
  provisional: { fill: "#FFF2CC", italic: true },
  header: { bold: true },
} as const satisfies Record<string, CellStyle>;

export function indicatorStyle(ind: IndicatorResult): CellStyle | null {
  if (ind.score === null) return STYLE.notScored;
  if (ind.score < 0) return STYLE.negative;
  if (!ind.bonus && ind.score < ind.weight) return STYLE.belowWeight;
  return null;
}

export function totalStyle(m: ManagerResult): CellStyle | null {
  if (!m.complete) return STYLE.incomplete;
  if (m.provisional) return STYLE.provisional;
  if (m.total < 0) return STYLE.negative;
  return null;
}
