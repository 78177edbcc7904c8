/**
 * Navigation start → the pane is usable: it shows the detected sample, the browser has painted it and the
 * main thread is free again (read by bench/pane.ts). The grid is not waited for: it stands in for Excel's
 * own grid, which the add-in's pane never draws, and it renders after this mark.
 */
export const INTERACTIVE_MARK = "gridscore:interactive";

/** Navigation start → the grid shows the scored sheet, painted (bench/pane.ts prints it for context). */
export const GRID_SHOWN_MARK = "gridscore:grid-shown";

/**
 * Marks `name` once the browser has painted what is rendered now and the main thread is free (a task
 * after the next frame), unless it is marked already; then runs `then`.
 */
export function markAfterPaint(name: string, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(name).length === 0) performance.mark(name);
      then?.();
    }, 0),
  );
}
