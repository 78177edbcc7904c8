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
  replies?: { items: unknown[] };
  getLocation(): Excel.Range;
  delete(): void;
}

interface AnnotationCollection {
  items: AnnotationItem[];
  load(option: OfficeExtension.LoadOption): unknown;
  add(cellAddress: string, content: string): unknown;
}

export interface Annotation {
  row: number;
  col: number;
  text: string;
  kind: AnnotationKind;
  /** Replies people wrote under a threaded comment (a note has none). */
  replies: number;
  item: AnnotationItem;
}

/** A first guess of one annotation's share of a response (text, JSON keys); later pages use what was read. */
const FIRST_GUESS_BYTES = 1000;
/** A location's share of a response: `{"address":"'Sheet'!AB1234"}` and framing. */
const LOCATION_BYTES = 60;

export function annotationCollection(sheet: Excel.Worksheet, kind: AnnotationKind): AnnotationCollection {
  return (kind === "note" ? sheet.notes : sheet.comments) as unknown as AnnotationCollection;
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
 * Jobs that read every annotation of the sheet into `found`, page by page (`top`/`skip`) within the
 * budget: a page's texts, then (after that sync) its cells, packed with the next page.
 */
export function annotationJobs(
  sheet: Excel.Worksheet,
  caps: OfficeCapabilities,
  budget: number,
  found: Annotation[],
): Job[] {
  // The first pages are small enough to share a sync with the first row blocks; later pages take most of
  // a budget each, leaving room for the previous page's cells, which are loaded with them.
  const first = { skip: 0, share: budget / 4, bytesEach: FIRST_GUESS_BYTES };
  return readableKinds(caps).map((kind) => pageJob(sheet, kind, first, budget, found));
}

interface Page {
  skip: number;
  /** The part of the budget this page may take. */
  share: number;
  /** Estimated response bytes per annotation. */
  bytesEach: number;
}

function pageJob(
  sheet: Excel.Worksheet,
  kind: AnnotationKind,
  page: Page,
  budget: number,
  found: Annotation[],
): Job {
  const top = Math.max(1, Math.floor(page.share / (page.bytesEach + LOCATION_BYTES)));
  return {
    cost: { request: CALL_BYTES, response: top * page.bytesEach },
    queue() {
      const collection = annotationCollection(sheet, kind);
      const select = kind === "comment" ? { select: "content", expand: "replies" } : { select: "content" };
      collection.load({ ...select, top, skip: page.skip });
      return () => {
        const items = collection.items;
        const jobs = items.length > 0 ? [locationJob(kind, items, found)] : [];
        if (items.length === top) {
          const bytes = items.reduce((sum, item) => sum + textBytes(item.content) + 20, 0);
          const next = {
            skip: page.skip + top,
            share: budget * 0.8,
            bytesEach: (bytes / items.length) * 1.1,
          };
          jobs.push(pageJob(sheet, kind, next, budget, found));
        }
        return jobs;
      };
    },
  };
}

function locationJob(kind: AnnotationKind, items: AnnotationItem[], found: Annotation[]): Job {
  return {
    cost: { request: items.length * CALL_BYTES * 2, response: items.length * LOCATION_BYTES },
    queue() {
      const located = items.map((item) => {
        const location = item.getLocation();
        location.load("address");
        return { item, location };
      });
      return () => {
        for (const { item, location } of located) {
          const rect = rectOf(location.address);
          const replies = kind === "comment" ? (item.replies?.items.length ?? 0) : 0;
          found.push({ row: rect.top, col: rect.left, text: item.content, kind, replies, item });
        }
      };
    },
  };
}
