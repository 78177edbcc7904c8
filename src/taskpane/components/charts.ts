/** Shared numbers for the pane's small SVG charts (no chart library). */
export const BAR_HEIGHT = 18;
export const BAR_GAP = 6;
export const LABEL_WIDTH = 96;
export const VALUE_WIDTH = 48;
export const CHART_WIDTH = 300;

export function plotWidth(): number {
  return CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
}

/** Rounds a score for a chart label the way the sheet shows it (2 decimals, no trailing zeros). */
export function shortNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
