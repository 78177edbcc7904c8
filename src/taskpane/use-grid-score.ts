/**
 * The one hook between the pane and a workbook: components get state and actions from here and never
 * touch Office.js. Works on any InteractiveHost (Excel, or the preview's grid).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RuleSet } from "../engine";
import type { InputProblem, Locale } from "../engine/types";
import type { InteractiveHost } from "../hosts/interactive";
import { parseCellAddress, rectAddress } from "../sheet/address";
import type { MappingOverride } from "../sheet/detection";
import { locateScoreCell, rescoreChanged, scoreWorkbook, type ScoreRun } from "../sheet/pipeline";
import { readMapping, writeMapping } from "./mapping-setting";
import { withProgress, type Phase } from "./progress-host";

export interface ScoreSelection {
  managerIndex: number;
  indicatorId: string | "total";
}

export interface GridScoreState {
  phase: Phase;
  /** The last detection/score: `scored` tells whether it was written to the sheet. */
  run: ScoreRun | null;
  scored: boolean;
  mapping: MappingOverride;
  /** Set when the workbook's saved mapping was damaged or foreign (and so ignored). */
  damagedSetting: string | null;
  auto: boolean;
  /** Formula mode: score cells hold live formulas compiled from the rule set. */
  formulas: boolean;
  selection: ScoreSelection | null;
  error: string | null;
}

export interface GridScore extends GridScoreState {
  /** Scores the sheet and writes scores and explanations (the Regenerate button). */
  score(): Promise<void>;
  /** Turns re-scoring of edited rows on or off. */
  setAuto(on: boolean): void;
  /** Turns formula mode on or off for the next scoring. */
  setFormulas(on: boolean): void;
  /** The user's correction of one field's column (null = back to detection); saved in the workbook. */
  setFieldColumn(field: string, column: string | null): Promise<void>;
  /** Shows an input problem's cell in the workbook. */
  showProblem(problem: InputProblem): Promise<void>;
  dismissError(): void;
}

export interface GridScoreOptions {
  ruleSet: RuleSet;
  locale: Locale;
}

const initial: GridScoreState = {
  phase: "idle",
  run: null,
  scored: false,
  mapping: {},
  damagedSetting: null,
  auto: false,
  formulas: false,
  selection: null,
  error: null,
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useGridScore(host: InteractiveHost, { ruleSet, locale }: GridScoreOptions): GridScore {
  const [state, setState] = useState<GridScoreState>(initial);
  const latest = useRef(state);
  latest.current = state;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const patch = useCallback((p: Partial<GridScoreState>) => setState((s) => ({ ...s, ...p })), []);
  const tracked = useRef(withProgress(host, (phase) => patch({ phase })));
  tracked.current = withProgress(host, (phase) => patch({ phase }));

  /** Runs workbook work one at a time; a failure shows in the pane, never only in the console. */
  const serial = useCallback(
    (work: () => Promise<void>): Promise<void> => {
      const next = queue.current
        .then(work)
        .catch((error: unknown) => patch({ error: message(error), phase: "idle" }));
      queue.current = next;
      return next;
    },
    [patch],
  );

  const detect = useCallback(
    (mapping: MappingOverride) =>
      serial(async () => {
        const run = await scoreWorkbook(tracked.current, { ruleSet, locale, mapping, apply: false });
        patch({ run, scored: false, mapping, phase: "ready", selection: null });
      }),
    [serial, patch, ruleSet, locale],
  );

  useEffect(() => {
    let cancelled = false;
    let mapping: MappingOverride = {};
    void serial(async () => {
      const saved = await readMapping(host.settings, ruleSet.id);
      mapping = saved.mapping;
      if (!cancelled) patch({ mapping, damagedSetting: saved.status === "damaged" ? saved.reason : null });
    }).then(() => {
      if (!cancelled) void detect(mapping);
    });
    return () => {
      cancelled = true;
    };
  }, [host, ruleSet, serial, patch, detect]);

  const score = useCallback(
    () =>
      serial(async () => {
        const { mapping, run, formulas } = latest.current;
        const options = { ruleSet, locale, mapping, formulas, sheet: run?.sheet };
        const next = await scoreWorkbook(tracked.current, options);
        patch({ run: next, scored: next.detection.ok, phase: "ready" });
      }),
    [serial, patch, ruleSet, locale],
  );

  const setFieldColumn = useCallback(
    async (field: string, column: string | null) => {
      const mapping: Record<string, string> = { ...latest.current.mapping };
      if (column === null) delete mapping[field];
      else mapping[field] = column;
      await serial(() => writeMapping(host.settings, ruleSet.id, mapping));
      patch({ damagedSetting: null });
      await detect(mapping);
    },
    [serial, patch, detect, host, ruleSet],
  );

  const showProblem = useCallback(
    (problem: InputProblem) =>
      serial(async () => {
        const cell = parseCellAddress(problem.cell);
        const sheet = latest.current.run?.sheet;
        if (cell && sheet) await host.selectCell(sheet, cell);
      }),
    [serial, host],
  );

  const sheet = state.run?.sheet;
  useEffect(() => {
    if (!sheet) return undefined;
    const off = host.onSelection(sheet, (cell) => {
      const run = latest.current.run;
      if (run && latest.current.scored) patch({ selection: locateScoreCell(run, cell.row, cell.col) });
    });
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [host, sheet, patch]);

  const auto = state.auto && state.scored;
  useEffect(() => {
    if (!auto || !sheet) return undefined;
    const off = host.onUserEdit(
      sheet,
      (changed) =>
        void serial(async () => {
          const run = latest.current.run;
          if (!run || !latest.current.auto) return;
          const { mapping, formulas } = latest.current;
          const options = { ruleSet, locale, mapping, formulas };
          const next = await rescoreChanged(tracked.current, run, changed.map(rectAddress), options);
          patch({ run: next, scored: next.detection.ok, phase: "ready" });
        }),
    );
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [auto, sheet, host, serial, patch, ruleSet, locale]);

  return {
    ...state,
    score,
    setAuto: (on) => patch({ auto: on }),
    setFormulas: (on) => patch({ formulas: on }),
    setFieldColumn,
    showProblem,
    dismissError: () => patch({ error: null }),
  };
}
