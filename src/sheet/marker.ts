/**
 * How GridScore recognises what it wrote. Every note we write starts with MARKER on its own first
 * line: short, visible to users (it tells them the note is generated and will be rewritten), and
 * unlikely in a note a person types. Hosts set `SheetComment.ours` with `isOurNote`.
 */
export const MARKER = "【GridScore】";

export function isOurNote(text: string): boolean {
  return text.trimStart().startsWith(MARKER);
}

/** Prefix a note body with the marker line. */
export function markNote(body: string): string {
  return `${MARKER}\n${body}`;
}

const MARK_LINE = MARKER + "\n";

/**
 * The note body without the marker line (for the pane and the report). A note as we write it gives
 * a view of its text, not a copy.
 */
export function noteBody(text: string): string {
  if (text.startsWith(MARK_LINE)) return text.slice(MARK_LINE.length);
  const t = text.trimStart();
  if (!t.startsWith(MARKER)) return text;
  return t.slice(MARKER.length).replace(/^\r?\n/, "");
}
