/**
 * The one hook between the pane and a workbook: components get state and actions from here and never
 * touch Office.js. Works on any InteractiveHost (Excel, or the preview's grid). Its state, actions and
 * failure messages are declared in grid-score-state.ts.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { RuleSet } from "../engine";
import type { RuleSetMeta } from "../engine/types";
import type { InteractiveHost } from "../hosts/interactive";
import { withoutRulesSheet } from "../rules/hide-rules-sheet";
import { RULES_SHEET } from "../rules/sheet-name";
import type { RuleSource } from "../rules/workbook";
import { parseCellAddress, rectAddress } from "../sheet/address";
import { detectWorkbook } from "../sheet/detect-run";
import type { MappingOverride } from "../sheet/detection";
import type { SheetSnapshot, WorkbookHost } from "../sheet/types";
import {
  Stopped,
  initial,
  isScoreRun,
  message,
  type GridScore,
  type GridScoreOptions,
  type GridScoreState,
} from "./grid-score-state";
import { sameLayout } from "./layout-check";
import { listedOnce } from "./listed-once";
import { loadScoring, type Scoring } from "./load-scoring";
import { readMapping, writeMapping } from "./mapping-setting";
import { withProgress } from "./progress-host";
import { builtInSource, loadRulesCode, rulesSheetStopped } from "./rules-actions";

export {
  isScoreRun,
  type GridScore,
  type GridScoreOptions,
  type GridScoreState,
  type PaneRun,
  type ScoreSelection,
} from "./grid-score-state";

export function useGridScore(host: InteractiveHost, { ruleSet, locale }: GridScoreOptions): GridScore {
  const [state, setState] = useState<GridScoreState>(() => ({ ...initial, meta: ruleSet.meta }));
  const latest = useRef(state);
  latest.current = state;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const language = useRef(locale);
  language.current = locale;
  const patch = useCallback((p: Partial<GridScoreState>) => setState((s) => ({ ...s, ...p })), []);
  // The pipeline never sees the rules sheet (规则): it is read on its own, never taken for the scoring sheet.
  const tracked = useRef(withProgress(withoutRulesSheet(host), (phase) => patch({ phase })));
  tracked.current = withProgress(withoutRulesSheet(host), (phase) => patch({ phase }));
  /** The scoring code, once loaded (selections are located with it synchronously). */
  const scoring = useRef<Scoring | null>(null);
  /** What detection reads the sheet with (`state.meta`, kept here too for the work queued before a render). */
  const meta = useRef<RuleSetMeta>(ruleSet.meta);
  const adoptMeta = useCallback(
    (m: RuleSetMeta) => {
      if (meta.current === m) return;
      meta.current = m;
      patch({ meta: m });
    },
    [patch],
  );

  /**
   * Scoring needs its code and the whole rule set: both load on first use. The rule set is the
   * workbook's rules sheet when it has one (read again each time: it may have been edited), else the
   * pane's; a rules sheet with problems stops here (never the pane's rule set instead).
   */
  const prepare = useCallback(async (): Promise<Scoring & { rules: RuleSet; source: RuleSource }> => {
    const [code, builtIn] = await Promise.all([loadScoring(), ruleSet.load()]);
    scoring.current = code;
    if (!(await host.listSheets()).includes(RULES_SHEET)) {
      const source = builtInSource(builtIn);
      patch({ rulesProblems: [], ruleSource: source });
      if (latest.current.rules !== builtIn) patch({ rules: builtIn });
      adoptMeta(builtIn);
      return { ...code, rules: builtIn, source };
    }
    const inForce = await (await loadRulesCode()).rulesInForce(host, builtIn);
    if (!inForce.ok) {
      patch({ rulesProblems: inForce.problems, ruleSource: null });
      throw new Stopped(rulesSheetStopped(locale, inForce.problems.length));
    }
    const rules = inForce.ruleSet;
    patch({ rulesProblems: inForce.warnings, ruleSource: inForce.source });
    if (latest.current.rules !== rules) patch({ rules });
    adoptMeta(rules);
    return { ...code, rules, source: inForce.source };
  }, [ruleSet, patch, adoptMeta, host, locale]);

  /** Runs workbook work one at a time; a failure shows in the pane, never only in the console. */
  const serial = useCallback(
    (work: () => Promise<void>): Promise<void> => {
      const next = queue.current
        .then(work)
        .catch((error: unknown) => patch({ error: message(error, language.current), phase: "idle" }));
      queue.current = next;
      return next;
    },
    [patch],
  );

  const detect = useCallback(
    (mapping: MappingOverride, via: WorkbookHost = tracked.current) =>
      serial(async () => {
        // Detection only: scoring (and explaining) waits until the user scores or opens the problems.
        const run = await detectWorkbook(via, { ruleSet: meta.current, locale, mapping });
        // Shown at once (not in a later task): a quick host's first detection is then laid out and
        // painted together with the rest of the pane, not a frame after it.
        flushSync(() => patch({ run, scored: false, mapping, phase: "ready", selection: null }));
      }),
    [serial, patch, locale],
  );

  // A layout effect: reading starts as the pane is put on the page, not after the browser has first laid
  // it out and painted it (the detection is what the pane is for). A workbook with a rules sheet is
  // detected with its own rules (their fields' header synonyms): the rules sheet is read, with the
  // engine, only then. The sheets are listed once, for this and for the detection.
  useLayoutEffect(() => {
    let cancelled = false;
    let mapping: MappingOverride = {};
    let via: WorkbookHost = tracked.current;
    adoptMeta(ruleSet.meta);
    void serial(async () => {
      const sheets = host.listSheets();
      via = withProgress(withoutRulesSheet(listedOnce(host, sheets)), (phase) => patch({ phase }));
      if ((await sheets).includes(RULES_SHEET)) await prepare();
    })
      .then(() =>
        serial(async () => {
          const saved = await readMapping(host.settings, meta.current.id);
          mapping = saved.mapping;
          if (!cancelled)
            patch({ mapping, damagedSetting: saved.status === "damaged" ? saved.reason : null });
        }),
      )
      .then(() => {
        if (!cancelled) void detect(mapping, via);
      });
    return () => {
      cancelled = true;
    };
  }, [host, ruleSet, serial, patch, detect, prepare, adoptMeta]);

  /** Scores the whole sheet (the one shown, or `sheet`) and writes it; not queued (callers are). */
  const scoreAll = useCallback(
    async (sheet = latest.current.run?.sheet) => {
      const { scoreWorkbook, writerWithRuleSource, rules, source } = await prepare();
      const { mapping, formulas } = latest.current;
      const writer = writerWithRuleSource(rules, locale, formulas, source);
      const next = await scoreWorkbook(tracked.current, { ruleSet: rules, locale, mapping, writer, sheet });
      patch({ run: next, scored: next.detection.ok, phase: "ready", keptThreads: host.keptThreads ?? [] });
    },
    [patch, prepare, locale, host],
  );

  const score = useCallback(() => serial(() => scoreAll()), [serial, scoreAll]);

  /** Detects the sheet (`name`) again, as it now is: nothing scored is known of it any more. */
  const redetect = useCallback(
    async (name: string) => {
      const { mapping } = latest.current;
      const next = await detectWorkbook(tracked.current, {
        ruleSet: meta.current,
        locale,
        mapping,
        sheet: name,
      });
      patch({ run: next, scored: false, phase: "ready", selection: null });
    },
    [patch, locale],
  );

  const findProblems = useCallback(
    () =>
      serial(async () => {
        if (latest.current.run === null || isScoreRun(latest.current.run)) return;
        const { scoreWorkbook, rules } = await prepare();
        const { mapping, run } = latest.current;
        if (run === null || isScoreRun(run)) return;
        const options = { ruleSet: rules, locale, mapping, sheet: run.sheet, apply: false };
        const next = await scoreWorkbook(tracked.current, options);
        patch({ run: next, scored: false, phase: "ready" });
      }),
    [serial, patch, prepare, locale],
  );

  const setFieldColumn = useCallback(
    async (field: string, column: string | null) => {
      const mapping: Record<string, string> = { ...latest.current.mapping };
      if (column === null) delete mapping[field];
      else mapping[field] = column;
      await serial(() => writeMapping(host.settings, meta.current.id, mapping));
      patch({ damagedSetting: null });
      await detect(mapping);
    },
    [serial, patch, detect, host],
  );

  const showCell = useCallback(
    (address: string) =>
      serial(async () => {
        const cell = parseCellAddress(address);
        const sheet = latest.current.run?.sheet;
        if (cell && sheet) await host.selectCell(sheet, cell);
      }),
    [serial, host],
  );

  const inspectRules = useCallback(() => serial(async () => void (await prepare())), [serial, prepare]);

  const writeRules = useCallback(
    () =>
      serial(async () => {
        const { rules } = await prepare();
        await (await loadRulesCode()).writeRulesSheet(host, rules, locale);
        await prepare();
      }),
    [serial, prepare, host, locale],
  );

  const loadRuleFile = useCallback(
    (text: string) =>
      serial(async () => {
        const code = await loadRulesCode();
        const file = code.parseRuleFile(text);
        if (!file.ok) {
          patch({ rulesProblems: file.problems });
          throw new Stopped(rulesSheetStopped(locale, file.problems.length, "file"));
        }
        await code.writeRulesSheet(host, file.ruleSet, locale);
        await prepare();
      }),
    [serial, patch, prepare, host, locale],
  );

  const showRulesCell = useCallback(
    (cell: string) =>
      serial(async () => {
        const [sheetName, address] = cell.split("!");
        const at = address === undefined ? null : parseCellAddress(address);
        if (sheetName === RULES_SHEET && at) await host.selectCell(RULES_SHEET, at);
      }),
    [serial, host],
  );

  const sheet = state.run?.sheet;
  useEffect(() => {
    if (!sheet) return undefined;
    const off = host.onSelection(sheet, (cell) => {
      const run = latest.current.run;
      const code = scoring.current;
      if (isScoreRun(run) && latest.current.scored && code)
        patch({ selection: code.locateScoreCell(run, cell.row, cell.col) });
    });
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [host, sheet, patch]);

  const auto = state.auto && state.scored;
  useEffect(() => {
    if (!auto || !sheet) return undefined;
    const off = host.onUserEdit(
      sheet,
      (changed, structural) =>
        void serial(async () => {
          if (!isScoreRun(latest.current.run) || !latest.current.auto) return;
          const { rescoreChanged, writerWithRuleSource, rules, source } = await prepare();
          const { mapping, formulas, run, keptThreads } = latest.current;
          if (!isScoreRun(run)) return;
          // Rows or columns moved, or the sheet no longer reads as it was scored: the cached layout is
          // stale, so the whole sheet is detected and scored again, never written by old row numbers.
          const snapshot = structural ? null : await tracked.current.readSheet(run.sheet);
          if (snapshot === null || !sameLayout(run, snapshot)) return scoreAll(run.sheet);
          const writer = writerWithRuleSource(rules, locale, formulas, source);
          const options = { ruleSet: rules, locale, mapping, writer };
          const changedCells = changed.map(rectAddress);
          const next = await rescoreChanged(readOnce(tracked.current, snapshot), run, changedCells, options);
          // A partial write looks only at its own rows: threads left before, elsewhere, are still there.
          const kept = [...new Set([...keptThreads, ...(host.keptThreads ?? [])])];
          patch({ run: next, scored: next.detection.ok, phase: "ready", keptThreads: kept });
        }),
    );
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [auto, sheet, host, serial, patch, prepare, locale, scoreAll]);

  // A renamed sheet is detected again by its new name (and, with auto re-score on, scored again): the
  // pane never reads or writes it by a name it no longer has.
  useEffect(() => {
    if (!sheet || !host.onSheetRenamed) return undefined;
    const off = host.onSheetRenamed(
      sheet,
      (name) =>
        void serial(async () => {
          const { run, auto: on, scored } = latest.current;
          if (run?.sheet !== sheet) return;
          if (on && scored) return scoreAll(name);
          return redetect(name);
        }),
    );
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [sheet, host, serial, scoreAll, redetect]);

  // With auto off, rows, columns or cells inserted or deleted leave the scored layout stale: the
  // sheet is detected again, so that a selected score is never explained by the row it used to be in.
  const watchLayout = state.scored && !state.auto;
  useEffect(() => {
    if (!watchLayout || !sheet) return undefined;
    const off = host.onUserEdit(sheet, (_changed, structural) => {
      if (structural) void serial(() => redetect(sheet));
    });
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [watchLayout, sheet, host, serial, redetect]);

  // Auto re-score watches the rules sheet too: an edited rule re-scores every manager.
  const watchRules = auto && state.ruleSource?.origin === "workbook";
  useEffect(() => {
    if (!watchRules) return undefined;
    const off = host.onUserEdit(RULES_SHEET, () => {
      if (latest.current.auto) void score();
    });
    return () => void off.then((unsubscribe) => unsubscribe());
  }, [watchRules, host, score]);

  return {
    ...state,
    score,
    findProblems,
    setAuto: (on) => patch({ auto: on }),
    setFormulas: (on) => patch({ formulas: on }),
    setFieldColumn,
    showProblem: (problem) => showCell(problem.cell),
    showCell,
    inspectRules,
    writeRules,
    loadRuleFile,
    showRulesCell,
    dismissError: () => patch({ error: null }),
    clearsUndo: host.clearsUndo === true,
  };
}

/** The host, answering the next read of `snapshot`'s sheet with the snapshot just read (one read, not two). */
function readOnce(host: WorkbookHost, snapshot: SheetSnapshot): WorkbookHost {
  let unread = true;
  return Object.assign(Object.create(host) as WorkbookHost, {
    readSheet: (name: string) => {
      if (unread && name === snapshot.name) {
        unread = false;
        return Promise.resolve(snapshot);
      }
      return host.readSheet(name);
    },
  });
}
