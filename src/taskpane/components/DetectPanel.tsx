import { Badge, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale, RuleSetMeta } from "../../engine/types";
import { columnLetter } from "../../sheet/address";
import type { DetectRun } from "../../sheet/detect-run";
import type { Strings } from "../strings";
import { useState } from "react";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: "12px" },
  issue: { color: tokens.colorPaletteRedForeground1, fontSize: "12px", display: "block" },
});

export interface DetectPanelProps {
  /** The detection (or a scoring run, which includes it). */
  run: DetectRun;
  ruleSet: RuleSetMeta;
  locale: Locale;
  strings: Strings;
  onFieldColumn(field: string, column: string | null): void;
}

/** What was found on the sheet, and the field → column mapping the user can correct. */
export function DetectPanel({ run, ruleSet, locale, strings, onFieldColumn }: DetectPanelProps) {
  const styles = useStyles();
  const d = run.detection;
  const columns = Array.from({ length: run.snapshot.colCount }, (_, c) => columnLetter(c));
  const uncertain = new Set(d.issues.filter((i) => i.kind === "uncertainField").map((i) => i.field));
  return (
    <section aria-label={strings.detect}>
      <Text block weight="semibold">
        {d.ok ? strings.sheetFound(run.sheet) : strings.notScoringSheet}
      </Text>
      <Text block>{strings.counted(d.managerCount, d.regionCount)}</Text>
      {d.issues
        .filter(
          (i) =>
            i.fatal || i.kind === "missingField" || i.kind === "ambiguousField" || i.kind === "badOverride",
        )
        .map((i, n) => (
          <Text key={n} className={styles.issue}>
            {i.message[locale]}
          </Text>
        ))}
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{strings.field}</th>
            <th className={styles.cell}>{strings.column}</th>
          </tr>
        </thead>
        <tbody>
          {ruleSet.fields.map((f) => {
            const found = d.fields[f.id];
            const indicator = ruleSet.indicators.find((i) => i.id === f.group)?.name[locale];
            const name = indicator ? `${indicator} › ${f.name[locale]}` : f.name[locale];
            return (
              <tr key={f.id} data-field={f.id}>
                <td className={styles.cell}>
                  {name}{" "}
                  {!found && !f.optional && (
                    <Badge color="danger" size="small">
                      {strings.missing}
                    </Badge>
                  )}
                  {found && uncertain.has(f.id) && (
                    <Badge color="warning" size="small">
                      {strings.uncertain}
                    </Badge>
                  )}
                </td>
                <td className={styles.cell}>
                  <ColumnSelect
                    label={strings.chooseColumn(name)}
                    notFound={strings.notFound}
                    columns={columns}
                    current={found ? { column: found.column, path: found.headerPath } : null}
                    onChange={(column) => onFieldColumn(f.id, column)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

interface ColumnSelectProps {
  label: string;
  notFound: string;
  columns: string[];
  current: { column: string; path: string[] } | null;
  onChange(column: string | null): void;
}

/**
 * A field's column as a dropdown. Its options (every column of the sheet) are rendered only once the user
 * reaches for it: forty fields times sixty columns would otherwise be thousands of DOM nodes at start.
 */
function ColumnSelect({ label, notFound, columns, current, onChange }: ColumnSelectProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? columns : current ? [current.column] : [];
  return (
    <Select
      size="small"
      aria-label={label}
      value={current?.column ?? ""}
      onFocus={() => setExpanded(true)}
      onPointerDown={() => setExpanded(true)}
      onChange={(_, data) => onChange(data.value === "" ? null : data.value)}
    >
      <option value="">{notFound}</option>
      {shown.map((c) => (
        <option key={c} value={c}>
          {c}
          {current?.column === c ? ` · ${current.path.filter(Boolean).join(" › ")}` : ""}
        </option>
      ))}
    </Select>
  );
}
