/** The result of layout detection: what was found on a sheet, and what was not (with reasons). */
import type { Localized } from "../engine/types";

/** A user's correction: field id → column letter ("F"). Wins over detection. */
export type MappingOverride = Readonly<Record<string, string>>;

export interface FieldMapping {
  field: string;
  /** 0-based column. */
  col: number;
  /** Column letter ("F"). */
  column: string;
  /** The header texts of the column, top to bottom, as found (merged cells resolved). */
  headerPath: string[];
  /** path = indicator header + own header; header = own header only; override = the user's choice. */
  matchedBy: "path" | "header" | "override";
  /** 1 for a full path or an override; lower when only the field's own header matched. */
  confidence: number;
  uncertain: boolean;
}

export type DetectionIssueKind =
  | "noNameColumn"
  | "noManagers"
  | "noFields"
  | "missingField"
  | "ambiguousField"
  | "uncertainField"
  | "badOverride";

export interface DetectionIssue {
  kind: DetectionIssueKind;
  /** False for issues that keep the whole sheet from being scored. */
  fatal: boolean;
  field?: string;
  columns?: string[];
  message: Localized;
}

export interface SkippedRow {
  /** 0-based row. */
  row: number;
  reason: "blank" | "subtotal" | "noName";
  /** What the row's name/region cells held (for the listing). */
  text: string;
}

export interface ManagerRow {
  /** 0-based row. */
  row: number;
  name: string;
  region: string;
  /** A1 address of the name cell. */
  nameCell: string;
}

/** Our own score block from an earlier run (columns inclusive), recognised by notes and headers. */
export interface OwnedBlock {
  left: number;
  right: number;
}

export interface Detection {
  ok: boolean;
  sheet: string;
  /** 0-based header rows, top to bottom (2–4 on the sheet family; weights row excluded). */
  headerRows: number[];
  categoryRow: number | null;
  indicatorRow: number | null;
  fieldRow: number | null;
  weightsRow: number | null;
  firstManagerRow: number | null;
  lastManagerRow: number | null;
  nameCol: number | null;
  regionCol: number | null;
  managerTypeCol: number | null;
  managers: ManagerRow[];
  managerCount: number;
  regionCount: number;
  skippedRows: SkippedRow[];
  /** By field id. */
  fields: Record<string, FieldMapping>;
  /** Existing `得分` columns by indicator id (the sheet's own ones and our block's). */
  scoreColumns: Record<string, number>;
  /** Our previous block, if any. */
  ownedBlock: OwnedBlock | null;
  /** Rightmost column holding anything that is not our block. */
  lastInputCol: number;
  /** Columns matched to nothing (kept untouched). */
  unknownColumns: number[];
  /** The header text of each indicator as the sheet writes it (for our block's headers). */
  indicatorHeaders: Record<string, string>;
  categoryHeaders: Record<string, string>;
  issues: DetectionIssue[];
  /** How well the sheet matched (to choose among sheets): higher is better. */
  quality: number;
}
