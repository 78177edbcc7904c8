import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RuleSet } from "../../engine";
import type { Locale } from "../../engine/types";
import type { InteractiveHost } from "../../hosts/interactive";
import { isRuleSetSource, loadedRuleSet, type RuleSetSource } from "../rule-set-source";
import { Pane } from "./Pane";

export interface PaneAppProps {
  host: InteractiveHost;
  /** A rule set, or a source that gives its metadata at once and loads it to score (the shipped one). */
  ruleSet: RuleSet | RuleSetSource;
  theme: Theme;
  /** zh-CN unless the user switches. */
  initialLocale?: Locale;
  onInteractive?: () => void;
  /** Called with the sheet the pane detected and scores (the preview shows that sheet). */
  onSheet?: (sheet: string) => void;
}

export function PaneApp({
  host,
  ruleSet,
  theme,
  initialLocale = "zh-CN",
  onInteractive,
  onSheet,
}: PaneAppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const source = useMemo(() => (isRuleSetSource(ruleSet) ? ruleSet : loadedRuleSet(ruleSet)), [ruleSet]);
  return (
    <FluentProvider theme={theme} lang={locale}>
      <Pane
        host={host}
        ruleSet={source}
        locale={locale}
        onLocale={setLocale}
        onInteractive={onInteractive}
        onSheet={onSheet}
      />
    </FluentProvider>
  );
}
