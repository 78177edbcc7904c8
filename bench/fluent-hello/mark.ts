/** The performance mark of the bench's minimal Fluent page (read by bench/pane.ts). */
export const HELLO_MARK = "fluent-hello:interactive";
