// First: zod's jitless mode is set before any engine schema is built (scoring.ts does the same).
import "../zod-jitless";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { explainIndicator, explainTotal, type RuleSet } from "../../engine";
import type { Locale } from "../../engine/types";
import { ruleSourceLine, type RuleSource } from "../../rules/source";
import type { ScoreRun } from "../../sheet/pipeline";
import type { Strings } from "../strings";
import type { ScoreSelection } from "../use-grid-score";
import { PointsChart, pointsOf } from "./PointsChart";

const useStyles = makeStyles({
  explanation: {
    whiteSpace: "pre-wrap",
    fontSize: "12px",
    backgroundColor: tokens.colorNeutralBackground2,
    padding: "6px",
    margin: "6px 0",
  },
});

export interface ExplainPanelProps {
  run: ScoreRun;
  selection: ScoreSelection | null;
  ruleSet: RuleSet;
  /** Which rule set scored: the panel ends with the same line as the cell's note. */
  ruleSource: RuleSource | null;
  locale: Locale;
  strings: Strings;
}

/** The selected score cell's explanation, and the manager's points earned and lost per indicator. */
export function ExplainPanel({ run, selection, ruleSet, ruleSource, locale, strings }: ExplainPanelProps) {
  const styles = useStyles();
  const manager = selection ? run.results[selection.managerIndex] : undefined;
  if (!selection || !manager) return <Text block>{strings.selectScoreCell}</Text>;
  const explanation =
    selection.indicatorId === "total"
      ? explainTotal(ruleSet, manager, locale)
      : explainIndicator(ruleSet, manager, selection.indicatorId, locale);
  const text = ruleSource ? `${explanation}\n${ruleSourceLine(ruleSource, locale)}` : explanation;
  return (
    <section aria-label={strings.explain}>
      <Text block weight="semibold">
        {manager.input.region} · {manager.input.name}
      </Text>
      <pre className={styles.explanation} data-testid="explanation">
        {text}
      </pre>
      <Text block size={200}>
        {strings.pointsChart}
      </Text>
      <PointsChart
        points={pointsOf(ruleSet, manager, locale)}
        labels={{ title: strings.pointsChart, notScored: strings.notScored, row: strings.pointsRow }}
      />
    </section>
  );
}
