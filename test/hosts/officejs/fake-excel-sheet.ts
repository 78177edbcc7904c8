/**
 * The worksheet and annotation proxies of the strict Excel model (fake-excel.ts, whose header lists the
 * Excel behaviours each rule models and where they are documented).
 */
import { cellAddress, parseRangeAddress } from "../../../src/sheet/address";
import type { CellStyle } from "../../../src/sheet/types";
import {
  ACTION,
  Loaded,
  annotationList,
  loader,
  type EventKind,
  annotationsChanged,
  RangeProxy,
  addr,
  collection,
  excelError,
  jsonBytes,
  pos,
  sheetOf,
  type FakeAnnotation,
  type FakeSheet,
  type Queue,
} from "./fake-excel-proxies";

/**
 * A note or a threaded comment as the API shows it. `resolve` finds it when the batch runs (by index, by
 * cell, or as loaded); the proxy stays bound to what it found first, like an Excel object once synced.
 */
function annotationItem(
  q: Queue,
  sheetName: string,
  kind: FakeAnnotation["kind"],
  resolve: () => FakeAnnotation,
  answer: Record<string, unknown> = {},
) {
  let bound: FakeAnnotation | null = null;
  const target = () => (bound ??= resolve());
  const alive = () => {
    const a = target();
    const sheet = sheetOf(q, sheetName);
    if (sheet.annotations.get(addr(a.row, a.col)) !== a)
      throw excelError("ItemNotFound", "the note or comment no longer exists");
    return { a, sheet };
  };
  const loaded = new Loaded("Note or Comment");
  loaded.set(answer);
  /** Note.width / Note.height: not on Excel on the web; a comment has none. */
  const setSize = (property: "width" | "height", points: number) => {
    if (kind !== "note") throw new Error(`a threaded comment has no ${property}`);
    q.queue(ACTION + jsonBytes(points), () => {
      if (q.onWeb)
        throw excelError("NotImplemented", `Note.${property} is not supported in Excel on the web`);
      alive().a[property] = points;
    });
  };
  return {
    load(option?: unknown) {
      let content = "";
      q.load(ACTION + jsonBytes(option ?? ""), () => (content = alive().a.text));
      q.onSynced(() => loaded.set({ content }));
    },
    get content(): string {
      return loaded.get("content");
    },
    set content(text: string) {
      q.queue(ACTION + jsonBytes(text), () => (alive().a.text = text));
    },
    set width(points: number) {
      setSize("width", points);
    },
    set height(points: number) {
      setSize("height", points);
    },
    get replies() {
      return {
        get items(): unknown[] {
          return loaded.get<string[]>("replies").map((content) => ({ content }));
        },
        getCount() {
          const result = { loaded: false, count: 0 };
          q.load(ACTION, () => (result.count = alive().a.replies.length));
          q.onSynced(() => (result.loaded = true));
          return {
            get value() {
              if (!result.loaded) throw excelError("PropertyNotLoaded", "getCount() is known after sync");
              return result.count;
            },
          };
        },
      };
    },
    getLocation: () => {
      q.queue(ACTION, () => alive());
      return new RangeProxy(q, sheetName, () => {
        const a = target();
        return q.book.sheets.get(sheetName)?.annotations.get(addr(a.row, a.col)) === a
          ? { top: a.row, left: a.col, bottom: a.row, right: a.col }
          : null;
      });
    },
    /** A comment's delete() takes its replies with it (the whole thread goes). */
    delete: () =>
      q.queue(ACTION, () => {
        const { a, sheet } = alive();
        sheet.annotations.delete(addr(a.row, a.col));
        annotationsChanged();
      }),
  };
}

function annotationCollection(q: Queue, sheetName: string, kind: "note" | "comment") {
  const guard = () => {
    if (kind === "note" && !q.supports(18))
      throw excelError("ApiNotFound", "worksheet.notes needs ExcelApi 1.18");
  };
  const list = () => {
    guard();
    return annotationList(sheetOf(q, sheetName), kind);
  };
  const allowed = kind === "comment" ? ["content", "replies"] : ["content"];
  const base = collection(
    q,
    list,
    allowed,
    (a) => ({ content: a.text, replies: a.replies }),
    (a, answer) => annotationItem(q, sheetName, kind, () => a, answer),
  );
  const atCell = (address: string) => () => {
    const rect = parseRangeAddress(address.replace(/^.*!/, ""));
    const found = rect && sheetOf(q, sheetName).annotations.get(addr(rect.top, rect.left));
    if (!found || found.kind !== kind) throw excelError("ItemNotFound", `no ${kind} at ${address}`);
    return found;
  };
  // Getting an item (by index or by cell) adds its object path to the request.
  const byCell = (address: string) => {
    guard();
    q.queue(ACTION + jsonBytes(address), () => undefined);
    return annotationItem(q, sheetName, kind, atCell(address));
  };
  return Object.assign(base, {
    getItemAt(index: number) {
      q.queue(ACTION, () => undefined);
      return annotationItem(q, sheetName, kind, () => {
        const found = list()[index];
        if (!found) throw excelError("ItemNotFound", `no ${kind} at index ${index}`);
        return found;
      });
    },
    /** NoteCollection.getItem(cellAddress) (1.18). */
    getItem: byCell,
    /** CommentCollection.getItemByCell(cellAddress) (1.10). */
    getItemByCell: byCell,
    /** Returns the new note or comment (its size may be set in the same batch). */
    add(address: string, content: string) {
      let added: FakeAnnotation | null = null;
      q.queue(ACTION + jsonBytes(address) + jsonBytes(content), () => {
        guard();
        const rect = parseRangeAddress(address);
        if (!address.includes("!") || !rect || rect.top !== rect.bottom || rect.left !== rect.right)
          throw excelError("InvalidArgument", `${address} is not one sheet-qualified cell`);
        const sheet = sheetOf(q, sheetName);
        const cell = addr(rect.top, rect.left);
        if (sheet.annotations.has(cell))
          throw excelError("InvalidOperation", `${address} already has a note or a comment`);
        added = { row: rect.top, col: rect.left, text: content, kind, replies: [] };
        sheet.annotations.set(cell, added);
        annotationsChanged();
      });
      return annotationItem(q, sheetName, kind, () => {
        if (!added) throw new Error("the added note or comment is used before its batch ran");
        return added;
      });
    },
  });
}

export class WorksheetProxy {
  /** `load("name,id")`: the sheet's name and its id (ExcelApi 1.1), known after sync. */
  readonly load: (option?: unknown) => void;
  private readonly loaded = new Loaded("Worksheet");

  /** `key`: the name or the id the proxy was got by (`worksheets.getItem` takes either). */
  constructor(
    private readonly q: Queue,
    private readonly key: string,
  ) {
    this.load = loader(q, this.loaded, () => {
      const sheet = sheetOf(q, key);
      return { name: () => sheet.name, id: () => sheet.id };
    });
  }

  get name(): string {
    return this.loaded.get("name");
  }
  get id(): string {
    return this.loaded.get("id");
  }
  get notes() {
    return annotationCollection(this.q, this.key, "note");
  }
  get comments() {
    return annotationCollection(this.q, this.key, "comment");
  }
  get onChanged() {
    return this.event("changed");
  }
  get onSelectionChanged() {
    return this.event("selection");
  }
  /** ExcelApi 1.17; a build without it fails the registration's sync with `ApiNotFound`. */
  get onNameChanged() {
    return this.event("nameChanged");
  }

  private event(kind: EventKind) {
    return {
      add: (h: (e: Record<string, unknown>) => Promise<unknown>) => this.q.subscribe(kind, this.key, h),
    };
  }

  activate(): void {
    this.q.queue(ACTION, () => sheetOf(this.q, this.key));
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.q, this.key, { top, left, bottom: top + rows - 1, right: left + cols - 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.q, this.key, () => {
      const sheet = sheetOf(this.q, this.key);
      const keys = valuesOnly
        ? [...sheet.values.keys()]
        : [...sheet.values.keys(), ...sheet.formats.keys(), ...sheet.styles.keys()];
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const key of keys) {
        const r = pos(key);
        if (!r) continue;
        top = Math.min(top, r.top);
        left = Math.min(left, r.left);
        bottom = Math.max(bottom, r.bottom);
        right = Math.max(right, r.right);
      }
      return bottom < 0 ? null : { top, left, bottom, right };
    });
  }
}

/** Inserts (count > 0) or deletes (count < 0) whole rows or columns at `at`, moving everything after. */
export function shiftSheet(sheet: FakeSheet, axis: "row" | "col", at: number, count: number): void {
  const move = (r: number, c: number): [number, number] | null => {
    const pos = axis === "row" ? r : c;
    if (pos < at) return [r, c];
    if (count < 0 && pos < at - count) return null;
    return axis === "row" ? [r + count, c] : [r, c + count];
  };
  const remap = <T>(map: Map<string, T>, update?: (v: T, r: number, c: number) => void) => {
    const entries = [...map.entries()];
    map.clear();
    for (const [key, v] of entries) {
      const rect = pos(key);
      const to = rect && move(rect.top, rect.left);
      if (!to) continue;
      update?.(v, to[0], to[1]);
      map.set(addr(to[0], to[1]), v);
    }
  };
  remap(sheet.values);
  remap(sheet.formats);
  remap(sheet.formulas);
  remap(sheet.styles);
  annotationsChanged();
  remap(sheet.annotations, (a, r, c) => {
    a.row = r;
    a.col = c;
  });
  sheet.merges = sheet.merges.flatMap((m) => {
    const from = move(m.top, m.left);
    const to = move(m.bottom, m.right);
    return from && to ? [{ top: from[0], left: from[1], bottom: to[0], right: to[1] }] : [];
  });
}

let sheetIds = 0;

/** A new, empty sheet with an id of Excel's shape ("{…}"). */
export function emptySheet(name: string): FakeSheet {
  sheetIds++;
  return {
    name,
    id: `{00000000-0001-0000-${String(sheetIds).padStart(4, "0")}-000000000000}`,
    values: new Map(),
    formats: new Map(),
    formulas: new Map(),
    styles: new Map(),
    merges: [],
    annotations: new Map(),
    validations: [],
    columnWidths: new Map(),
  };
}

export function annotate(
  sheet: FakeSheet,
  row: number,
  col: number,
  text: string,
  kind: "note" | "comment",
  replies: string[] = [],
): FakeAnnotation {
  const annotation: FakeAnnotation = { row, col, text, kind, replies };
  sheet.annotations.set(cellAddress(row, col), annotation);
  annotationsChanged();
  return annotation;
}

/** A person deletes the note or comment thread of a cell (replies and all). */
export function removeAnnotation(sheet: FakeSheet, address: string): void {
  sheet.annotations.delete(address);
  annotationsChanged();
}

/** The annotations of one kind on a sheet, in order. */
export function annotationsOf(sheet: FakeSheet, kind: "note" | "comment"): FakeAnnotation[] {
  return [...sheet.annotations.values()].filter((a) => a.kind === kind);
}

export function styleAt(sheet: FakeSheet, address: string): CellStyle | undefined {
  return sheet.styles.get(address);
}
