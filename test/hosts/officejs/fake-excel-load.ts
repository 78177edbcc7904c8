/**
 * Loading in the strict Excel model (fake-excel.ts, whose header lists the Excel behaviours each rule
 * models): a property can be read only after it was named in `load()` and synced; a collection's
 * `load()` answers only the properties named, paged by `top`/`skip`. Docs: OfficeExtension.LoadOption.
 */
import type { Queue } from "./fake-excel-proxies";

/** The bytes of one queued call in a request's JSON (its id, type, name and object path). */
export const ACTION = 120;

/** An error as Excel raises it: its `code` is Excel's error code. */
export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** UTF-8 bytes of a value's JSON (no Buffer or TextEncoder: the pane's tests run in jsdom). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "null";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 1 : 2;
  }
  return bytes;
}

function names(option: unknown): string[] {
  if (typeof option === "string") return option.split(",").map((p) => p.trim().replace(/^items\//, ""));
  if (Array.isArray(option)) return option.flatMap(names);
  const o = (option ?? {}) as { select?: unknown; expand?: unknown };
  return [...(o.select ? names(o.select) : []), ...(o.expand ? names(o.expand) : [])];
}

/** Values a proxy received from a load, readable only after the sync that answered it. */
export class Loaded {
  private readonly props = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  set(answer: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(answer)) this.props.set(k, v);
  }
  get<T>(prop: string): T {
    if (!this.props.has(prop))
      throw excelError("PropertyNotLoaded", `${this.what}.${prop} was not loaded and synced`);
    return this.props.get(prop) as T;
  }
}

/**
 * Whether a `…OrNullObject` answer is a null object: known only after the sync that answered it
 * (docs: OfficeExtension.ClientObject.isNullObject).
 */
export class Nullness {
  private known: boolean | undefined;
  constructor(q: Queue, isNull: () => boolean) {
    q.onSynced(() => (this.known = isNull()));
  }
  get isNullObject(): boolean {
    if (this.known === undefined) throw excelError("PropertyNotLoaded", "isNullObject is known after sync");
    return this.known;
  }
}

/** A loadable object: `load(props)` answers the named properties of `snapshot()` at the next sync. */
export function loader(q: Queue, loaded: Loaded, snapshot: () => Record<string, () => unknown>) {
  return (option?: unknown) => {
    const wanted = names(option);
    let answer: Record<string, unknown> = {};
    q.load(ACTION + jsonBytes(wanted), () => {
      const all = snapshot();
      answer = Object.fromEntries(wanted.filter((p) => p in all).map((p) => [p, all[p]()]));
      return answer;
    });
    q.onSynced(() => loaded.set(answer));
  };
}

/** A collection: `load` (with `top`/`skip`), then `items` after the sync, each with only what was named. */
export function collection<S, I>(
  q: Queue,
  list: () => S[],
  allowed: string[],
  view: (source: S) => I & Record<string, unknown>,
  item?: (source: S, answer: Record<string, unknown>) => unknown,
) {
  let items: unknown[] | null = null;
  return {
    load(option?: unknown) {
      const wanted = names(option).filter((p) => allowed.includes(p));
      const o = (typeof option === "object" && !Array.isArray(option) ? option : {}) as {
        top?: number;
        skip?: number;
      };
      let answer: Array<{ source: S; props: Record<string, unknown> }> = [];
      q.load(ACTION + jsonBytes(option ?? ""), () => {
        const all = list();
        const skip = o.skip ?? 0;
        const page = all.slice(skip, o.top === undefined ? undefined : skip + o.top);
        answer = page.map((source) => {
          const full = view(source);
          return { source, props: Object.fromEntries(wanted.map((p) => [p, full[p]])) };
        });
        return answer.map((a) => a.props);
      });
      q.onSynced(() => (items = answer.map((a) => (item ? item(a.source, a.props) : a.props))));
    },
    getCount() {
      const result = { loaded: false, count: 0 };
      q.load(ACTION, () => (result.count = list().length));
      q.onSynced(() => (result.loaded = true));
      return {
        get value() {
          if (!result.loaded) throw excelError("PropertyNotLoaded", "getCount() is known after sync");
          return result.count;
        },
      };
    },
    get items(): never[] {
      if (items === null) throw excelError("PropertyNotLoaded", "items were not loaded and synced");
      return items as never[];
    },
  };
}
