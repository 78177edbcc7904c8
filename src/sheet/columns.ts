/**
 * Matching each column's header path (the header rows' texts, top to bottom) to a field, a score
 * column, a generic column (region, manager type) or nothing.
 */
import type { RuleSetMeta } from "../engine/types";
import type { HeaderReader } from "./header-scan";
import type { GenericHeader } from "./synonyms";

export interface FieldCandidate {
  field: string;
  col: number;
  confidence: number;
  matchedBy: "path" | "header";
  indicatorDepth: number;
  fieldDepth: number;
}

export type ColumnMatch =
  | { kind: "field"; candidate: FieldCandidate }
  | { kind: "score"; indicator: string }
  | { kind: "generic"; generic: GenericHeader }
  | { kind: "unknown" };

export interface ColumnPath {
  col: number;
  texts: string[];
  keys: string[];
}

export function columnPath(h: HeaderReader, headerRows: readonly number[], col: number): ColumnPath {
  return {
    col,
    texts: headerRows.map((r) => h.grid.text(r, col).trim()),
    keys: headerRows.map((r) => h.key(r, col)),
  };
}

/** The path as a person reads it: texts top to bottom, empty and repeated (merged) ones dropped. */
export function readablePath(p: ColumnPath): string[] {
  const out: string[] = [];
  for (const t of p.texts) if (t !== "" && out[out.length - 1] !== t) out.push(t);
  return out;
}

export class ColumnMatcher {
  private readonly groupOf = new Map<string, string>();
  constructor(
    rs: RuleSetMeta,
    private readonly h: HeaderReader,
    private readonly headerRows: readonly number[],
  ) {
    for (const f of rs.fields) this.groupOf.set(f.id, f.group);
  }

  match(col: number): ColumnMatch {
    const rows = this.headerRows;
    const indicatorDepth = new Map<string, number>();
    for (let d = 0; d < rows.length; d++) {
      for (const id of this.h.meaning(rows[d], col)?.indicators ?? [])
        if (!indicatorDepth.has(id)) indicatorDepth.set(id, d);
    }
    for (let d = rows.length - 1; d >= 0; d--) {
      const m = this.h.meaning(rows[d], col);
      if (!m) continue;
      for (const field of m.fields) {
        const group = this.groupOf.get(field) ?? "";
        const id = indicatorDepth.get(group);
        if (id !== undefined && id < d) {
          return {
            kind: "field",
            candidate: { field, col, confidence: 1, matchedBy: "path", indicatorDepth: id, fieldDepth: d },
          };
        }
      }
    }
    const deepest = this.deepestMeaning(col);
    if (deepest && indicatorDepth.size === 0 && deepest.meaning.fields.length === 1) {
      const key = this.h.key(rows[deepest.depth], col);
      if (this.h.index.uniqueFieldKeys.has(key)) {
        const field = deepest.meaning.fields[0];
        return {
          kind: "field",
          candidate: {
            field,
            col,
            confidence: 0.6,
            matchedBy: "header",
            indicatorDepth: -1,
            fieldDepth: deepest.depth,
          },
        };
      }
    }
    if (deepest && deepest.meaning.generic.includes("score")) {
      let best: string | null = null;
      let bestDepth = -1;
      for (const [id, d] of indicatorDepth)
        if (d < deepest.depth && d > bestDepth) [best, bestDepth] = [id, d];
      if (best !== null) return { kind: "score", indicator: best };
    }
    for (let d = 0; d < rows.length; d++) {
      const g = this.h.meaning(rows[d], col)?.generic[0];
      if (g && g !== "weights") return { kind: "generic", generic: g };
    }
    return { kind: "unknown" };
  }

  /** The generic role of the deepest header (our block's 总分 / 区域排名 / 总排名 / 得分). */
  deepestGeneric(col: number): GenericHeader | undefined {
    return this.deepestMeaning(col)?.meaning.generic[0];
  }

  /** The indicator a column headed 得分 scores (deepest indicator header above), even if it reads as a field. */
  scoreIndicator(col: number): string | undefined {
    const deepest = this.deepestMeaning(col);
    if (!deepest?.meaning.generic.includes("score")) return undefined;
    for (let d = deepest.depth - 1; d >= 0; d--) {
      const id = this.h.meaning(this.headerRows[d], col)?.indicators[0];
      if (id !== undefined) return id;
    }
    return undefined;
  }

  private deepestMeaning(col: number) {
    for (let d = this.headerRows.length - 1; d >= 0; d--) {
      const meaning = this.h.meaning(this.headerRows[d], col);
      if (meaning) return { meaning, depth: d };
      if (this.h.key(this.headerRows[d], col) !== "") return undefined;
    }
    return undefined;
  }
}
