import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { Locale } from "../../engine/types";
import type { InteractiveHost } from "../../hosts/interactive";
import type { RuleSetSource } from "../rule-set-source";
import { stringsFor } from "../strings";
import { isScoreRun, useGridScore } from "../use-grid-score";
import { DetectPanel } from "./DetectPanel";
import { ProblemsPanel } from "./ProblemsPanel";
import { ScorePanel } from "./ScorePanel";
import { rulesTabLabel } from "../rules-actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "8px", minWidth: "280px" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  toolbar: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  // The tabs wrap onto a second line rather than scroll sideways in a narrow pane (320 px, English).
  tabs: { flexWrap: "wrap" },
  panel: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
});

type TabId = "detect" | "score" | "explain" | "problems" | "rules";

/** Explanations need the engine: their panel loads with it, after something is scored. */
const ExplainPanel = lazy(() => import("./ExplainPanel").then((m) => ({ default: m.ExplainPanel })));
/** The rules tab loads with the rules code (reading and writing rules sheets, the rule book). */
const RulesPanel = lazy(() =>
  import(/* webpackChunkName: "rules" */ "./RulesPanel").then((m) => ({ default: m.RulesPanel })),
);

export interface PaneProps {
  host: InteractiveHost;
  ruleSet: RuleSetSource;
  locale: Locale;
  onLocale(locale: Locale): void;
  /** Called when the pane shows a detected sheet (the preview marks its time to interactive). */
  onInteractive?: () => void;
  /** Called with the sheet the pane detected and scores, each time it changes. */
  onSheet?: (sheet: string) => void;
}

/** The task pane: detect, score, explain, problems, regenerate — on any interactive host. */
export function Pane({ host, ruleSet, locale, onLocale, onInteractive, onSheet }: PaneProps) {
  const styles = useStyles();
  const strings = stringsFor(locale);
  const g = useGridScore(host, { ruleSet, locale });
  const [tab, setTab] = useState<TabId>("detect");
  const busy = g.phase === "reading" || g.phase === "scoring" || g.phase === "writing";

  useEffect(() => {
    if (g.selection) setTab("explain");
  }, [g.selection]);

  const sheet = g.run?.sheet;
  useEffect(() => {
    if (sheet !== undefined) onSheet?.(sheet);
  }, [sheet, onSheet]);

  const interactive = g.phase === "ready" && g.run !== null;
  useEffect(() => {
    if (interactive) onInteractive?.();
  }, [interactive, onInteractive]);

  // Before scoring the pane has only detected: the problems need a score (not written) first.
  const scoredRun = isScoreRun(g.run) ? g.run : null;
  const { findProblems } = g;
  const needProblems = tab === "problems" && g.run !== null && scoredRun === null;
  useEffect(() => {
    if (needProblems) void findProblems();
  }, [needProblems, findProblems]);

  const { inspectRules } = g;
  const onRulesTab = tab === "rules";
  useEffect(() => {
    if (onRulesTab) void inspectRules();
  }, [onRulesTab, inspectRules]);

  return (
    <main className={styles.root} aria-busy={busy} data-phase={g.phase} data-scored={g.scored}>
      <div className={styles.header}>
        <Text weight="semibold" size={400}>
          {strings.appTitle}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onLocale(locale === "zh-CN" ? "en" : "zh-CN")}
        >
          {strings.language}
        </Button>
      </div>
      {g.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.error}</MessageBarTitle>
            {g.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={g.dismissError}>
              {strings.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {g.damagedSetting && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.settingDamaged}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={busy || !g.run?.detection.ok} onClick={() => void g.score()}>
          {strings.regenerate}
        </Button>
        <Switch label={strings.auto} checked={g.auto} onChange={(_, data) => g.setAuto(data.checked)} />
        <Switch
          label={strings.formulas}
          checked={g.formulas}
          onChange={(_, data) => g.setFormulas(data.checked)}
        />
      </div>
      {g.auto && g.clearsUndo && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.autoClearsUndo}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <ProgressBar aria-label={strings.phase[g.phase]} />}
      {busy && <Text size={200}>{strings.phase[g.phase]}</Text>}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        size="small"
      >
        <Tab value="detect">{strings.detect}</Tab>
        <Tab value="score">{strings.score}</Tab>
        <Tab value="explain">{strings.explain}</Tab>
        <Tab value="problems">
          {strings.problems}
          {g.scored && scoredRun && scoredRun.problems.length > 0 ? ` (${scoredRun.problems.length})` : ""}
        </Tab>
        <Tab value="rules">{rulesTabLabel(locale)}</Tab>
      </TabList>
      <div className={styles.panel}>
        {g.run && tab === "detect" && (
          <DetectPanel
            run={g.run}
            ruleSet={g.meta}
            source={g.ruleSource}
            locale={locale}
            strings={strings}
            onFieldColumn={(field, column) => void g.setFieldColumn(field, column)}
          />
        )}
        {g.run && tab === "score" && (
          <ScorePanel
            run={scoredRun}
            scored={g.scored}
            strings={strings}
            keptThreads={g.keptThreads}
            onShowCell={(cell) => void g.showCell(cell)}
          />
        )}
        {g.run &&
          tab === "explain" &&
          (scoredRun && g.rules && g.selection ? (
            <Suspense fallback={null}>
              <ExplainPanel
                run={scoredRun}
                selection={g.selection}
                ruleSet={g.rules}
                ruleSource={g.ruleSource}
                locale={locale}
                strings={strings}
              />
            </Suspense>
          ) : (
            <Text block>{strings.selectScoreCell}</Text>
          ))}
        {scoredRun && tab === "problems" && (
          <ProblemsPanel
            problems={scoredRun.problems}
            ruleSet={g.meta}
            locale={locale}
            strings={strings}
            onShow={(p) => void g.showProblem(p)}
          />
        )}
        {tab === "rules" && (
          <Suspense fallback={null}>
            <RulesPanel
              rules={g.ruleSource ? g.rules : null}
              source={g.ruleSource}
              problems={g.rulesProblems}
              locale={locale}
              busy={busy}
              onShowCell={(cell) => void g.showRulesCell(cell)}
              onWrite={() => void g.writeRules()}
              onLoadFile={(text) => void g.loadRuleFile(text)}
            />
          </Suspense>
        )}
      </div>
    </main>
  );
}
