import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useState } from "react";
import type { RuleSet } from "../../engine";
import type { Locale } from "../../engine/types";
import type { InteractiveHost } from "../../hosts/interactive";
import { Pane } from "./Pane";

export interface PaneAppProps {
  host: InteractiveHost;
  ruleSet: RuleSet;
  theme: Theme;
  /** zh-CN unless the user switches. */
  initialLocale?: Locale;
  onInteractive?: () => void;
}

export function PaneApp({ host, ruleSet, theme, initialLocale = "zh-CN", onInteractive }: PaneAppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  return (
    <FluentProvider theme={theme} lang={locale}>
      <Pane
        host={host}
        ruleSet={ruleSet}
        locale={locale}
        onLocale={setLocale}
        onInteractive={onInteractive}
      />
    </FluentProvider>
  );
}
