/** The preview page: the sample workbook in a grid, the real task pane beside it, open and download. */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { startTransition, useCallback, useRef, useState, type ChangeEvent } from "react";
import { PaneApp } from "../taskpane/components/PaneApp";
import { shippedRuleSet } from "../taskpane/shipped-rule-set";
import { GridView } from "./GridView";
import { openWorkbook, type PreviewWorkbook } from "./workbook";
import { GRID_SHOWN_MARK, INTERACTIVE_MARK, markAfterPaint } from "./interactive-mark";

/** The pane's width beside the grid; the grid has the rest of the window. */
const PANE_WIDTH = 360;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", fontFamily: tokens.fontFamilyBase },
  bar: {
    display: "flex",
    gap: "8px",
    alignItems: "center",
    padding: "6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  body: { display: "flex", flex: 1, minHeight: 0 },
  sheet: { display: "flex", flexDirection: "column", flex: 1, minWidth: 0 },
  pane: { width: `${PANE_WIDTH}px`, overflow: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

function download(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name.replace(/\.xlsx$/i, "") + "-scored.xlsx";
  a.click();
  URL.revokeObjectURL(a.href);
}

export interface PreviewAppProps {
  /** The bundled sample, opened before the first render (or why it could not be). */
  sample: PreviewWorkbook | Error;
}

export function PreviewApp({ sample }: PreviewAppProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<PreviewWorkbook | null>(sample instanceof Error ? null : sample);
  // The grid shows the sheet the pane scores once the pane has detected it; the user may then switch.
  const [sheet, setSheet] = useState<string>("");
  // The pane first: the grid stands in for Excel's own grid, which the add-in's pane never draws, so the
  // detected sheet is shown in the grid only after the pane's detection result has been painted. Refs, not
  // state: noting what the pane did must not render the page again.
  const detected = useRef("");
  const panePainted = useRef(false);
  const showDetected = useCallback(() => {
    const scored = detected.current;
    if (!panePainted.current || scored === "") return;
    // A transition: React renders the grid's cells in slices and handles a click on the pane between them.
    startTransition(() => setSheet((shownNow) => (shownNow === "" ? scored : shownNow)));
  }, []);
  const onSheet = useCallback(
    (scored: string) => {
      detected.current = scored;
      showDetected();
    },
    [showDetected],
  );
  const onPaneReady = useCallback(
    () =>
      markAfterPaint(INTERACTIVE_MARK, () => {
        panePainted.current = true;
        showDetected();
      }),
    [showDetected],
  );
  const onGridShown = useCallback(() => markAfterPaint(GRID_SHOWN_MARK), []);
  const [error, setError] = useState<string | null>(sample instanceof Error ? sample.message : null);
  /** Counts the workbooks opened: each one gets a fresh pane. */
  const [opened, setOpened] = useState(0);

  const onOpen = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    file
      .arrayBuffer()
      .then((bytes) => openWorkbook(file.name, bytes, window.localStorage))
      .then((wb) => {
        detected.current = "";
        panePainted.current = false;
        setWorkbook(wb);
        setSheet("");
        setOpened((n) => n + 1);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <div className={styles.bar}>
        <strong>GridScore 预览 / Preview</strong>
        <input type="file" accept=".xlsx" aria-label="打开 .xlsx / Open .xlsx" onChange={onOpen} />
        <Button
          disabled={!workbook}
          onClick={() =>
            workbook &&
            void workbook.save().then(
              (bytes) => download(workbook.name, bytes),
              (e: Error) => setError(e.message),
            )
          }
        >
          下载评分后的副本 / Download scored copy
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {workbook && (
        <div className={styles.body}>
          <div className={styles.sheet}>
            <TabList size="small" selectedValue={sheet} onTabSelect={(_, d) => setSheet(String(d.value))}>
              {workbook.sheets.map((s) => (
                <Tab key={s} value={s}>
                  {s}
                </Tab>
              ))}
            </TabList>
            {sheet && (
              <GridView
                host={workbook.host}
                sheet={sheet}
                onShown={onGridShown}
                initialWidth={window.innerWidth - PANE_WIDTH}
              />
            )}
          </div>
          <aside className={styles.pane}>
            <PaneApp
              key={opened}
              host={workbook.host}
              ruleSet={shippedRuleSet}
              theme={webLightTheme}
              onInteractive={onPaneReady}
              onSheet={onSheet}
            />
          </aside>
        </div>
      )}
    </FluentProvider>
  );
}
