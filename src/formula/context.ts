/** What compiling one indicator needs: the fields' declarations, which have a column, and where we are. */
import type { FieldType } from "../engine/types";
import { FormulaCompileError } from "./errors";

export interface FieldInfo {
  type: FieldType;
  optional: boolean;
}

export interface CompileContext {
  readonly indicator: string;
  readonly fields: ReadonlyMap<string, FieldInfo>;
  /** Whether the sheet has a column for the field (a field without one is blank on every row). */
  readonly hasColumn: (fieldId: string) => boolean;
  /** Required fields checked once before the body (read plainly inside it). */
  readonly checkedUpFront: ReadonlySet<string>;
  /** Fields the compiled formula refers to (filled while compiling). */
  readonly used: Set<string>;
}

/** Throws the typed error naming the indicator and the place in its rule. */
export function cannot(ctx: CompileContext, path: string, reason: string): never {
  throw new FormulaCompileError(ctx.indicator, path, reason);
}
