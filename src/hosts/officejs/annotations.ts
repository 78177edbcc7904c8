import { noteBox } from "../note-box";
import { rectOf } from "./a1";
import { CALL_BYTES, type Job } from "./batch";
import { textBytes } from "./budget";
import type { OfficeCapabilities } from "./capabilities";

/**
 * Notes (ExcelApi 1.18) and threaded comments (1.10): a cell holds one or the other, and a workbook may
 * hold both (written by different builds, or by people). Both kinds are always read where the build has
 * them; GridScore writes the kind the build has (notes, else comments).
 */
export type AnnotationKind = "note" | "comment";

interface AnnotationItem {
  content: string;
  /** A note's box in points (ExcelApi 1.18; Excel on the web refuses them); a comment has no size. */
  width?: number;
  height?: number;
  replies: { getCount(): OfficeExtension.ClientResult<number> };
  load(propertyNames: string): unknown;
  getLocation(): Excel.Range;
  delete(): void;
}

interface AnnotationCollection {
  getCount(): OfficeExtension.ClientResult<number>;
  getItemAt(index: number): AnnotationItem;
  add(cellAddress: string, content: string): AnnotationItem;
}

/** Calls and argument bytes `sizeNote` adds to a request: two property sets, each with a number. */
export const SIZE_NOTE_BYTES = 2 * (CALL_BYTES + 8);

/**
 * Sizes a note's box to its text, as the .xlsx writer sizes its notes (../note-box.ts), so that the
 * note opens showing its whole text. Only where the build can (`OfficeCapabilities.noteSize`).
 */
export function sizeNote(note: AnnotationItem, text: string): void {
  const box = noteBox(text);
  note.width = box.width;
  note.height = box.height;
}

/** How many annotations of each kind the sheet holds. */
export type AnnotationCounts = Partial<Record<AnnotationKind, number>>;

export interface Annotation {
  row: number;
  col: number;
  text: string;
  kind: AnnotationKind;
  /** Replies people wrote under a threaded comment (a note has none). */
  replies: number;
}

/** A first guess of one annotation's share of a response (text, JSON keys); later pages use what was read. */
const FIRST_GUESS_BYTES = 1000;
/** A location's share of a response: `{"address":"'Sheet'!AB1234"}` and framing. */
const LOCATION_BYTES = 60;

export function annotationCollection(sheet: Excel.Worksheet, kind: AnnotationKind): AnnotationCollection {
  return (kind === "note" ? sheet.notes : sheet.comments) as unknown as AnnotationCollection;
}

/** One of our annotations by its cell, to update or delete (stable, unlike an index). */
export function annotationAt(sheet: Excel.Worksheet, kind: AnnotationKind, address: string): AnnotationItem {
  const found = kind === "note" ? sheet.notes.getItem(address) : sheet.comments.getItemByCell(address);
  return found as unknown as AnnotationItem;
}

/** Queues counting each kind this build can read; the counts are there after the next sync. */
export function queueCounts(sheet: Excel.Worksheet, caps: OfficeCapabilities): () => AnnotationCounts {
  const results = readableKinds(caps).map((kind) => ({
    kind,
    count: annotationCollection(sheet, kind).getCount(),
  }));
  return () => Object.fromEntries(results.map(({ kind, count }) => [kind, count.value]));
}

/** The kinds this build can read: threaded comments always, notes from ExcelApi 1.18. */
export function readableKinds(caps: OfficeCapabilities): AnnotationKind[] {
  return caps.notes ? ["note", "comment"] : ["comment"];
}

/** The kind GridScore writes on this build. */
export function writtenKind(caps: OfficeCapabilities): AnnotationKind {
  return caps.notes ? "note" : "comment";
}

/**
 * Jobs that read every annotation of the sheet into `found`, page by page within the budget: each item's
 * text, its cell and (a comment) its number of replies, all in the page's own sync. The first pages are
 * small enough to share a sync with the first row blocks; later pages are sized by what was read.
 */
export function annotationJobs(
  sheet: Excel.Worksheet,
  counts: AnnotationCounts,
  budget: number,
  found: Annotation[],
): Job[] {
  return (Object.entries(counts) as Array<[AnnotationKind, number]>)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) =>
      pageJob(
        sheet,
        kind,
        { skip: 0, count, share: budget / 4, bytesEach: FIRST_GUESS_BYTES },
        budget,
        found,
      ),
    );
}

interface Page {
  skip: number;
  count: number;
  /** The part of the budget this page may take. */
  share: number;
  /** Estimated response bytes per annotation. */
  bytesEach: number;
}

/** Calls per item in a request: getItemAt, load, getLocation, load (and a comment's replies count). */
const ITEM_CALLS: Record<AnnotationKind, number> = { note: 4, comment: 5 };

function pageJob(
  sheet: Excel.Worksheet,
  kind: AnnotationKind,
  page: Page,
  budget: number,
  found: Annotation[],
): Job {
  const fit = Math.floor(
    Math.min(page.share / (page.bytesEach + LOCATION_BYTES), budget / (ITEM_CALLS[kind] * CALL_BYTES)),
  );
  const top = Math.max(1, Math.min(fit, page.count - page.skip));
  return {
    cost: { request: top * ITEM_CALLS[kind] * CALL_BYTES, response: top * (page.bytesEach + LOCATION_BYTES) },
    queue() {
      const collection = annotationCollection(sheet, kind);
      const queued = Array.from({ length: top }, (_, i) => {
        const item = collection.getItemAt(page.skip + i);
        item.load("content");
        const location = item.getLocation();
        location.load("address");
        const replies = kind === "comment" ? item.replies.getCount() : null;
        return { item, location, replies };
      });
      return () => {
        let bytes = 0;
        for (const { item, location, replies } of queued) {
          const rect = rectOf(location.address);
          const text = item.content;
          bytes += textBytes(text) + 20;
          found.push({ row: rect.top, col: rect.left, text, kind, replies: replies?.value ?? 0 });
        }
        const skip = page.skip + top;
        if (skip >= page.count) return [];
        const next = { skip, count: page.count, share: budget * 0.9, bytesEach: (bytes / top) * 1.1 };
        return [pageJob(sheet, kind, next, budget, found)];
      };
    },
  };
}
