/**
 * What a header text can mean, built once per rule set: a category, an indicator, one or more
 * fields (the same word 目标 names a field under several indicators), or a generic column.
 */
import type { RuleSetMeta } from "../engine/types";
import { headerKey, looseKey } from "./normalize";
import { GENERIC_HEADERS, headerVariants, type GenericHeader } from "./synonyms";

export interface HeaderMeaning {
  categories: string[];
  indicators: string[];
  fields: string[];
  generic: GenericHeader[];
}

export interface HeaderIndex {
  /** Meaning of a normalised key; exact keys first, then keys without bracketed parts. */
  lookup(key: string): HeaderMeaning | undefined;
  /** Field ids whose (exact) header keys name no other field: safe to match without the indicator. */
  uniqueFieldKeys: ReadonlySet<string>;
}

function emptyMeaning(): HeaderMeaning {
  return { categories: [], indicators: [], fields: [], generic: [] };
}

function addTo(map: Map<string, HeaderMeaning>, key: string, put: (m: HeaderMeaning) => void): void {
  if (key.length === 0) return;
  let m = map.get(key);
  if (!m) {
    m = emptyMeaning();
    map.set(key, m);
  }
  put(m);
}

function pushOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function build(rs: RuleSetMeta): HeaderIndex {
  const exact = new Map<string, HeaderMeaning>();
  const loose = new Map<string, HeaderMeaning>();
  const add = (text: string, put: (m: HeaderMeaning) => void): void => {
    const key = headerKey(text);
    addTo(exact, key, put);
    addTo(loose, looseKey(key), put);
  };
  for (const c of rs.categories)
    for (const h of [c.name["zh-CN"], ...c.headers]) add(h, (m) => pushOnce(m.categories, c.id));
  for (const i of rs.indicators)
    for (const h of [i.name["zh-CN"], ...i.headers]) add(h, (m) => pushOnce(m.indicators, i.id));
  for (const f of rs.fields) {
    for (const h of f.headers) for (const v of headerVariants(h)) add(v, (m) => pushOnce(m.fields, f.id));
  }
  for (const [kind, words] of Object.entries(GENERIC_HEADERS) as Array<[GenericHeader, readonly string[]]>) {
    for (const w of words) add(w, (m) => pushOnce(m.generic, kind));
  }
  const uniqueFieldKeys = new Set<string>();
  for (const [key, m] of exact) if (m.fields.length === 1) uniqueFieldKeys.add(key);
  return {
    lookup: (key) => exact.get(key) ?? loose.get(looseKey(key)),
    uniqueFieldKeys,
  };
}

const built = new WeakMap<RuleSetMeta, HeaderIndex>();

export function headerIndex(rs: RuleSetMeta): HeaderIndex {
  let idx = built.get(rs);
  if (!idx) {
    idx = build(rs);
    built.set(rs, idx);
  }
  return idx;
}
