import { rectOf } from "./a1";

/**
 * Notes (ExcelApi 1.18) and threaded comments (1.10) behind one shape: the host reads and writes
 * "annotations" and never cares which kind the running Excel has.
 */
interface AnnotationItem {
  content: string;
  getLocation(): Excel.Range;
  delete(): void;
}

interface AnnotationCollection {
  items: AnnotationItem[];
  load(propertyNames: string): unknown;
  add(cellAddress: string, content: string): unknown;
}

export interface Annotation {
  row: number;
  col: number;
  text: string;
  item: AnnotationItem;
}

export function annotationsOf(sheet: Excel.Worksheet, useNotes: boolean): AnnotationCollection {
  return (useNotes ? sheet.notes : sheet.comments) as unknown as AnnotationCollection;
}

/** Queues loading every annotation's text (sync, then call `queueLocations`). */
export function queueAnnotationTexts(collection: AnnotationCollection): void {
  collection.load("items/content");
}

/** Queues loading each annotation's cell; returns a reader to call after the next sync. */
export function queueLocations(collection: AnnotationCollection): () => Annotation[] {
  const located = collection.items.map((item) => {
    const location = item.getLocation();
    location.load("address");
    return { item, location };
  });
  return () =>
    located.map(({ item, location }) => {
      const rect = rectOf(location.address);
      return { row: rect.top, col: rect.left, text: item.content, item };
    });
}
