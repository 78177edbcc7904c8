import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InputProblem, Locale, RuleSetMeta } from "../../engine/types";
import { problemMessage } from "../../sheet/report";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface ProblemsPanelProps {
  problems: readonly InputProblem[];
  ruleSet: RuleSetMeta;
  locale: Locale;
  strings: Strings;
  onShow(problem: InputProblem): void;
}

/** Each input problem with its cell; clicking selects the cell in the workbook. */
export function ProblemsPanel({ problems, ruleSet, locale, strings, onShow }: ProblemsPanelProps) {
  const styles = useStyles();
  if (problems.length === 0) return <Text block>{strings.noProblems}</Text>;
  return (
    <ul className={styles.list} aria-label={strings.problems}>
      {problems.map((p, i) => (
        <li key={`${p.cell}-${p.field}-${i}`} className={styles.item}>
          <Text block size={200}>
            {ruleSet.fields.find((f) => f.id === p.field)?.name[locale] ?? p.field}
          </Text>
          <Text block>{problemMessage(p, locale)}</Text>
          {p.cell !== "" && (
            <Button size="small" appearance="subtle" onClick={() => onShow(p)}>
              {strings.goToCell(p.cell)}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
