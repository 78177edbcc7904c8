/**
 * A simple spreadsheet view of one sheet of the preview's workbook: select, edit, see our notes. Only the
 * columns that can be in view are rendered (grid-window.ts); more as the grid scrolls right.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { flushSync } from "react-dom";
import { cellAddress, columnLetter, parseCellAddress } from "../sheet/address";
import type { SheetSnapshot } from "../sheet/types";
import { AHEAD, clippedSpan, columnsFor, estimatedWidths } from "./grid-window";
import type { PreviewHost } from "./preview-host";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flex: 1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: "12px", whiteSpace: "nowrap" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "1px 4px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    minWidth: "40px",
    position: "relative",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  note: {
    position: "absolute",
    top: 0,
    right: 0,
    width: "5px",
    height: "5px",
    backgroundColor: tokens.colorPaletteRedBorder2,
  },
  input: { width: "100%", fontSize: "12px", boxSizing: "border-box" },
});

interface Span {
  rows: number;
  cols: number;
}

/** Merged areas as spans at their top-left cell, and the cells they hide. */
function spans(snapshot: SheetSnapshot): { at: Map<string, Span>; hidden: Set<string> } {
  const at = new Map<string, Span>();
  const hidden = new Set<string>();
  for (const m of snapshot.merges) {
    at.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
  }
  return { at, hidden };
}

export interface GridViewProps {
  host: PreviewHost;
  sheet: string;
  /** Called once the sheet's cells are rendered. */
  onShown?: () => void;
  /** How wide the grid will be laid out (px), known before it is (default: the window's width). */
  initialWidth?: number;
}

/** The cell a click or double click landed in (cells carry their address; the table listens once). */
function cellOf(e: MouseEvent<HTMLElement>): { row: number; col: number } | null {
  const td = (e.target as HTMLElement).closest("td[data-cell]");
  return td ? parseCellAddress(td.getAttribute("data-cell") ?? "") : null;
}

export function GridView({ host, sheet, onShown, initialWidth }: GridViewProps) {
  const styles = useStyles();
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const [, setVersion] = useState(0);
  /**
   * How far right (px) the grid must be drawn: its expected width at first (no layout is read to
   * render), then as far as it has been scrolled or widened to, and a little beyond (`AHEAD`).
   */
  const [reach, setReach] = useState(() => (initialWidth ?? window.innerWidth) * (1 + AHEAD));
  const scroller = useRef<HTMLDivElement>(null);
  /** Whether every column is rendered (then scrolling renders nothing more). */
  const complete = useRef(false);
  const widths = useMemo(() => (snapshot ? estimatedWidths(snapshot) : []), [snapshot]);
  /** After a scroll or a resize: more columns once the view nears the table's right edge. */
  const extend = useCallback(() => {
    const el = scroller.current;
    const table = el?.firstElementChild;
    if (!el || !(table instanceof HTMLElement) || complete.current) return;
    const right = el.scrollLeft + el.clientWidth * (1 + AHEAD);
    if (right > table.offsetWidth) setReach((r) => Math.max(r, right + el.clientWidth));
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(extend);
    observer.observe(el);
    return () => observer.disconnect();
  }, [extend]);

  // Read as the grid is put on the page (not after its first paint).
  useLayoutEffect(() => {
    let live = true;
    // The sheet's first rendering is a transition: React renders its cells in slices and handles a click
    // (on the pane, say) between them.
    void host.readSheet(sheet).then((s) => live && startTransition(() => setSnapshot(s)));
    // A change (cells, selection) reads the sheet again and renders it and the selection at once.
    const unsubscribe = host.subscribe(() => {
      void host.readSheet(sheet).then((s) => live && flushSync(() => setSnapshot(s)));
      setVersion((v) => v + 1);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, sheet]);

  const loaded = snapshot !== null;
  useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded, onShown]);

  const selected = host.selected?.sheet === sheet ? host.selected.cell : null;
  const needed = Math.max(selected?.col ?? -1, editing?.col ?? -1) + 1;
  /** How many columns (from A) are rendered. */
  const shown = columnsFor(widths, reach, needed);
  complete.current = snapshot !== null && shown >= widths.length;

  if (!snapshot) return <div ref={scroller} className={styles.scroller} />;
  const { at, hidden } = spans(snapshot);
  const commit = () => {
    if (editing) void host.editCell(sheet, { row: editing.row, col: editing.col }, editing.text);
    setEditing(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") setEditing(null);
  };

  return (
    <div ref={scroller} className={styles.scroller} onScroll={extend}>
      <table
        className={styles.table}
        aria-label={sheet}
        data-columns={shown}
        data-column-count={snapshot.colCount}
        onClick={(e) => {
          const cell = cellOf(e);
          if (cell) host.userSelect(sheet, cell);
        }}
        onDoubleClick={(e) => {
          const cell = cellOf(e);
          if (cell) setEditing({ ...cell, text: snapshot.text[cell.row]?.[cell.col] ?? "" });
        }}
      >
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: shown }, (_, c) => (
              <th key={c} className={styles.head}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {snapshot.text.map((row, r) => (
            <tr key={r}>
              <th className={styles.head}>{r + 1}</th>
              {row.slice(0, shown).map((text, c) => {
                const key = `${r},${c}`;
                if (hidden.has(key)) return null;
                const address = cellAddress(r, c);
                const span = at.get(key);
                const note = snapshot.comments[address];
                const isSelected = selected?.row === r && selected.col === c;
                const isEditing = editing?.row === r && editing.col === c;
                const fill = host.styleAt(sheet, r, c)?.fill;
                return (
                  <td
                    key={c}
                    data-cell={address}
                    data-selected={isSelected ? "true" : undefined}
                    rowSpan={span?.rows}
                    colSpan={span && clippedSpan(c, span.cols, shown)}
                    title={note?.text}
                    className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    style={fill ? { backgroundColor: fill } : undefined}
                  >
                    {isEditing ? (
                      <input
                        autoFocus
                        aria-label={address}
                        className={styles.input}
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onKeyDown={onKey}
                        onBlur={commit}
                      />
                    ) : (
                      text
                    )}
                    {note && <span className={styles.note} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
