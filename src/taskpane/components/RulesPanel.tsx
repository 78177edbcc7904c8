/**
 * The 规则 tab: the rule set in force and where it comes from, the weights and their sum, the findings
 * of the checker on the rules sheet (click one to select its cell), the rule book in plain words, and
 * two actions: write the rules sheet into this workbook, load a rule-set file (.json) into it.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import type { RuleSet } from "../../engine";
import type { Locale } from "../../engine/types";
import { ruleBook } from "../../rules/book";
import type { RulesProblem } from "../../rules/problems";
import { RULES_SHEET } from "../../rules/sheet-layout";
import { sourceText, type RuleSource } from "../../rules/workbook";
import { rulesTabLabel } from "../rules-actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  weights: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "right" },
  book: { display: "flex", flexDirection: "column", gap: "2px", fontSize: tokens.fontSizeBase200 },
  hidden: { display: "none" },
});

const WORDS = {
  "zh-CN": {
    inForce: "当前评分规则",
    notYet: "正在读取规则…",
    weights: "权重",
    sum: (n: number) => `计分指标合计 ${n}${n === 100 ? "" : "（应为 100）"}`,
    findings: "规则检查",
    noFindings: "规则检查未发现问题。",
    goTo: (cell: string) => `转到 ${cell}`,
    write: "写入规则表",
    load: "载入规则文件（.json）",
    book: "规则书",
  },
  en: {
    inForce: "Rules in force",
    notYet: "Reading the rules…",
    weights: "Weights",
    sum: (n: number) => `Scored indicators: ${n}${n === 100 ? "" : " (should be 100)"}`,
    findings: "Rule check",
    noFindings: "The rule check found no problems.",
    goTo: (cell: string) => `Go to ${cell}`,
    write: "Write the rules sheet",
    load: "Load a rule-set file (.json)",
    book: "Rule book",
  },
} as const;

export interface RulesPanelProps {
  rules: RuleSet | null;
  source: RuleSource | null;
  problems: readonly RulesProblem[];
  locale: Locale;
  busy: boolean;
  onShowCell(cell: string): void;
  onWrite(): void;
  onLoadFile(text: string): void;
}

/** A chosen file's text, with FileReader (every browser the add-in runs in, and jsdom). */
function fileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}

/**
 * The rule book's Markdown as plain pane text: headings, indented items, table rows as lines. Its
 * first section (the weights) is left out: the panel shows the weights above it.
 */
function BookLines({ markdown }: { markdown: string }) {
  const sections = markdown.split(/\n(?=## )/);
  const lines = [sections[0], ...sections.slice(2)]
    .join("\n")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("# ") && !/^\| -/.test(l));
  return (
    <>
      {lines.map((line, i) => {
        if (line.startsWith("## "))
          return (
            <Text key={i} block weight="semibold">
              {line.slice(3)}
            </Text>
          );
        const item = /^( *)- (.*)$/.exec(line);
        if (item)
          return (
            <Text key={i} block style={{ paddingLeft: `${(item[1].length / 2) * 12}px` }}>
              • {item[2]}
            </Text>
          );
        const text = line.startsWith("|")
          ? line
              .split("|")
              .slice(1, -1)
              .map((c) => c.trim().replace(/`/g, ""))
              .filter((c) => c !== "")
              .join(" · ")
          : line.replace(/`/g, "");
        return (
          <Text key={i} block>
            {text}
          </Text>
        );
      })}
    </>
  );
}

export function RulesPanel(props: RulesPanelProps) {
  const { rules, source, problems, locale, busy } = props;
  const styles = useStyles();
  const w = WORDS[locale];
  const file = useRef<HTMLInputElement>(null);
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = "";
    if (chosen) void fileText(chosen).then(props.onLoadFile);
  };
  const sum = rules?.indicators.filter((i) => !i.bonus).reduce((s, i) => s + i.weight, 0) ?? 0;
  return (
    <section className={styles.root} aria-label={rulesTabLabel(locale)}>
      <Text block>
        {w.inForce}
        {locale === "zh-CN" ? "：" : ": "}
        {source ? sourceText(source, locale) : w.notYet}
      </Text>
      <div className={styles.actions}>
        <Button size="small" disabled={busy || rules === null} onClick={props.onWrite}>
          {w.write}
        </Button>
        <Button size="small" disabled={busy} onClick={() => file.current?.click()}>
          {w.load}
        </Button>
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={w.load}
          onChange={onFile}
        />
      </div>
      <Text block weight="semibold">
        {w.findings}
      </Text>
      {problems.length === 0 ? (
        <Text block>{w.noFindings}</Text>
      ) : (
        <ul className={styles.list} aria-label={w.findings}>
          {problems.map((p, i) => (
            <li key={`${p.cell}-${p.code}-${i}`} className={styles.item}>
              <Text block>{p.message[locale]}</Text>
              {p.cell.startsWith(`${RULES_SHEET}!`) && (
                <Button size="small" appearance="subtle" onClick={() => props.onShowCell(p.cell)}>
                  {w.goTo(p.cell)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {rules && (
        <>
          <Text block weight="semibold">
            {w.weights}
          </Text>
          <table className={styles.weights} aria-label={w.weights}>
            <tbody>
              {rules.indicators.map((ind) => (
                <tr key={ind.id}>
                  <td>{ind.name[locale]}</td>
                  <td className={styles.number}>{ind.bonus ? `(${ind.weight})` : ind.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text block data-testid="weights-sum">
            {w.sum(sum)}
          </Text>
          <Text block weight="semibold">
            {w.book}
          </Text>
          <div className={styles.book}>
            <BookLines markdown={ruleBook(rules, locale)} />
          </div>
        </>
      )}
    </section>
  );
}
