/**
 * Problems of a rules sheet: each names the cell (规则!E12) and says what was found and what was
 * expected, in both product languages. `CellMap` maps the rule set's JSON paths (the ones zod and the
 * checker report) to the cells they were read from.
 */
import type { Localized } from "../engine/types";
import { cellAddress } from "../sheet/address";
import { RULES_SHEET } from "./sheet-layout";

export interface RulesProblem {
  severity: "error" | "warning";
  /** "规则!E12". */
  cell: string;
  code: string;
  /** The whole sentence, starting with the cell. */
  message: Localized;
}

export function sheetCell(row: number, col: number): string {
  return `${RULES_SHEET}!${cellAddress(row, col)}`;
}

export function problem(
  cell: string,
  code: string,
  zh: string,
  en: string,
  severity: RulesProblem["severity"] = "error",
): RulesProblem {
  return { severity, cell, code, message: { "zh-CN": `${cell}：${zh}`, en: `${cell}: ${en}` } };
}

/** JSON path → the cell it was read from. */
export class CellMap {
  private readonly cells = new Map<string, string>();

  set(path: string, cell: string): void {
    if (!this.cells.has(path)) this.cells.set(path, cell);
  }

  /**
   * The cell of a path: its own; else the first cell read under it (a band → its lower edge); else
   * the cell of the nearest path above it; else the sheet's first cell.
   */
  find(path: string): string {
    const own = this.cells.get(path);
    if (own !== undefined) return own;
    for (const [p, cell] of this.cells) if (p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) return cell;
    const up = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    return up === path || up === "" ? sheetCell(0, 0) : this.find(up);
  }
}
