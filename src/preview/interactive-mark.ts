/**
 * Navigation start → the preview is usable: the pane shows the detected sample, the grid shows its sheet,
 * and the browser has painted both (read by bench/pane.ts).
 */
export const INTERACTIVE_MARK = "gridscore:interactive";
