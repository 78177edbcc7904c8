import { Badge, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale, RuleSetMeta } from "../../engine/types";
import { columnLetter } from "../../sheet/address";
import type { DetectRun } from "../../sheet/detect-run";
import { ruleSourceLine, type RuleSource } from "../../rules/source";
import type { Strings } from "../strings";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: "8px" },
  issue: { color: tokens.colorPaletteRedForeground1, fontSize: "12px", display: "block" },
  heading: { marginTop: "8px", marginBottom: "4px" },
  // One field: its name above its column, both as wide as the pane (no horizontal scrolling at 320 px).
  field: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "4px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { fontSize: "12px", overflowWrap: "anywhere" },
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  // An indicator's fields, folded: the browser's own disclosure (keyboard and screen readers included).
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  groupName: { cursor: "pointer", padding: "6px 0", fontSize: "13px", overflowWrap: "anywhere" },
  groupBody: { paddingLeft: "12px" },
});

type FieldState = "sure" | "unsure" | "missing";

interface FieldRow {
  id: string;
  name: string;
  indicator: string;
  state: FieldState;
  current: { column: string; path: string[] } | null;
}

export interface DetectPanelProps {
  /** The detection (or a scoring run, which includes it). */
  run: DetectRun;
  ruleSet: RuleSetMeta;
  /** Which rule set the sheet was read with, once known (the workbook's rules sheet, or built in). */
  source: RuleSource | null;
  locale: Locale;
  strings: Strings;
  onFieldColumn(field: string, column: string | null): void;
}

/** Each field of the rule set with what detection made of it: found for sure, found but unsure, missing. */
function fieldRows(run: DetectRun, ruleSet: RuleSetMeta, locale: Locale): FieldRow[] {
  const d = run.detection;
  const uncertain = new Set(d.issues.filter((i) => i.kind === "uncertainField").map((i) => i.field));
  return ruleSet.fields.map((f) => {
    const found = d.fields[f.id];
    const indicator = ruleSet.indicators.find((i) => i.id === f.group)?.name[locale] ?? "";
    const state: FieldState = !found
      ? f.optional
        ? "sure"
        : "missing"
      : uncertain.has(f.id)
        ? "unsure"
        : "sure";
    return {
      id: f.id,
      name: f.name[locale],
      indicator,
      state,
      current: found ? { column: found.column, path: found.headerPath } : null,
    };
  });
}

/**
 * What was found on the sheet, for people: a summary first (sheet, managers, regions, how many fields
 * were found sure, unsure or missing), then the fields to check, then the others folded by indicator.
 * Every field's column can be corrected; the correction is remembered in the workbook.
 */
export function DetectPanel({ run, ruleSet, source, locale, strings, onFieldColumn }: DetectPanelProps) {
  const styles = useStyles();
  const d = run.detection;
  const columns = Array.from({ length: run.snapshot.colCount }, (_, c) => columnLetter(c));
  const rows = fieldRows(run, ruleSet, locale);
  const count = (state: FieldState) => rows.filter((r) => r.state === state).length;
  const toCheck = rows.filter((r) => r.state !== "sure");
  const byIndicator = new Map<string, FieldRow[]>();
  for (const r of rows) {
    if (r.state !== "sure") continue;
    byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  }
  const field = (r: FieldRow, withIndicator: boolean) => {
    const full = r.indicator !== "" ? `${r.indicator} › ${r.name}` : r.name;
    const name = withIndicator ? full : r.name;
    return (
      <div key={r.id} className={styles.field} data-field={r.id}>
        <Text className={styles.name}>
          {name}{" "}
          {r.state === "missing" && (
            <Badge color="danger" size="small">
              {strings.missing}
            </Badge>
          )}
          {r.state === "unsure" && (
            <Badge color="warning" size="small">
              {strings.uncertain}
            </Badge>
          )}
        </Text>
        <ColumnSelect
          label={strings.chooseColumn(full)}
          notFound={strings.notFound}
          columns={columns}
          current={r.current}
          className={styles.select}
          onChange={(column) => onFieldColumn(r.id, column)}
        />
      </div>
    );
  };
  return (
    <section aria-label={strings.detect}>
      <div className={styles.summary} data-testid="detect-summary">
        <Text block weight="semibold">
          {d.ok ? strings.sheetFound(run.sheet) : strings.notScoringSheet}
        </Text>
        <Text block>{strings.counted(d.managerCount, d.regionCount)}</Text>
        <Text block>{strings.fieldCounts(count("sure"), count("unsure"), count("missing"))}</Text>
        {source && (
          <Text block data-testid="detect-rules">
            {ruleSourceLine(source, locale)}
          </Text>
        )}
        {d.issues
          .filter((i) => i.fatal || i.kind === "ambiguousField" || i.kind === "badOverride")
          .map((i, n) => (
            <Text key={n} className={styles.issue}>
              {i.message[locale]}
            </Text>
          ))}
      </div>
      {toCheck.length > 0 && (
        <section aria-label={strings.fieldsToCheck} data-testid="fields-to-check">
          <Text block weight="semibold" className={styles.heading}>
            {strings.fieldsToCheck}
          </Text>
          {toCheck.map((r) => field(r, true))}
        </section>
      )}
      <Text block weight="semibold" className={styles.heading}>
        {strings.fieldsFound}
      </Text>
      {[...byIndicator].map(([indicator, list]) => (
        <Fold
          key={indicator}
          className={styles.group}
          summary={strings.fieldGroup(indicator || strings.otherFields, list.length)}
          summaryClassName={styles.groupName}
        >
          {() => <div className={styles.groupBody}>{list.map((r) => field(r, false))}</div>}
        </Fold>
      ))}
    </section>
  );
}

interface FoldProps {
  summary: string;
  className: string;
  summaryClassName: string;
  /** The folded content, rendered once the fold is first opened. */
  children: () => ReactNode;
}

/**
 * Content folded under a summary: the browser's own disclosure (keyboard and screen readers included).
 * What it folds is rendered only once opened: the 识别 tab starts with every group folded, and their
 * fields (a dropdown each) would otherwise be most of the pane's work before it is first shown.
 */
function Fold({ summary, className, summaryClassName, children }: FoldProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children()}
    </details>
  );
}

interface ColumnSelectProps {
  label: string;
  notFound: string;
  columns: string[];
  current: { column: string; path: string[] } | null;
  className: string;
  onChange(column: string | null): void;
}

/**
 * A field's column as a dropdown. Its options (every column of the sheet) are rendered only once the user
 * reaches for it: forty fields times sixty columns would otherwise be thousands of DOM nodes at start.
 */
function ColumnSelect({ label, notFound, columns, current, className, onChange }: ColumnSelectProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? columns : current ? [current.column] : [];
  return (
    <Select
      size="small"
      aria-label={label}
      className={className}
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
