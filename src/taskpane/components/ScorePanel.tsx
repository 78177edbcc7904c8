import { Text } from "@fluentui/react-components";
import type { ScoreRun } from "../../sheet/pipeline";
import type { Strings } from "../strings";
import { RegionChart, totalsByRegion } from "./RegionChart";

export interface ScorePanelProps {
  /** The scoring run; null while the sheet is only detected. */
  run: ScoreRun | null;
  scored: boolean;
  strings: Strings;
}

export function ScorePanel({ run, scored, strings }: ScorePanelProps) {
  if (!scored || !run) return <Text block>{strings.notScoredYet}</Text>;
  return (
    <section aria-label={strings.score}>
      <Text block weight="semibold" data-testid="scored-count">
        {strings.scored(run.results.length)}
      </Text>
      <Text block data-testid="problem-count">
        {strings.problemCount(run.problems.length)}
      </Text>
      <Text block size={200}>
        {strings.totalsByRegion}
      </Text>
      <RegionChart totals={totalsByRegion(run.results)} title={strings.totalsByRegion} />
    </section>
  );
}
