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

/** The note body without the marker line (for display in the pane). */
export function noteBody(text: string): string {
  const t = text.trimStart();
  if (!t.startsWith(MARKER)) return text;
  return t.slice(MARKER.length).replace(/^\r?\n/, "");
}
