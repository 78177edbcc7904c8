import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { ScoreRun } from "../../sheet/pipeline";
import type { Strings } from "../strings";
import { RegionChart, totalsByRegion } from "./RegionChart";

const useStyles = makeStyles({ notice: { margin: "6px 0" } });

export interface ScorePanelProps {
  /** The scoring run; null while the sheet is only detected. */
  run: ScoreRun | null;
  scored: boolean;
  strings: Strings;
  /** Cells whose old explanation was kept, out of date, because people replied under it. */
  keptThreads: readonly string[];
  onShowCell(cell: string): void;
}

export function ScorePanel({ run, scored, strings, keptThreads, onShowCell }: ScorePanelProps) {
  const styles = useStyles();
  if (!scored || !run) return <Text block>{strings.notScoredYet}</Text>;
  return (
    <section aria-label={strings.score}>
      <Text block weight="semibold" data-testid="scored-count">
        {strings.scored(run.results.length)}
      </Text>
      <Text block data-testid="problem-count">
        {strings.problemCount(run.problems.length)}
      </Text>
      {keptThreads.length > 0 && (
        <MessageBar className={styles.notice} intent="warning" layout="multiline" data-testid="kept-threads">
          <MessageBarBody>
            <MessageBarTitle>{strings.keptThreadsTitle}</MessageBarTitle>
            {strings.keptThreads(keptThreads)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onShowCell(keptThreads[0])}>
              {strings.goToCell(keptThreads[0])}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text block size={200}>
        {strings.totalsByRegion}
      </Text>
      <RegionChart totals={totalsByRegion(run.results)} title={strings.totalsByRegion} />
    </section>
  );
}
