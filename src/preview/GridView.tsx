/** A simple spreadsheet view of one sheet of the preview's workbook: select, edit, see our notes. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetter } from "../sheet/address";
import type { SheetSnapshot } from "../sheet/types";
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
}

export function GridView({ host, sheet, onShown }: GridViewProps) {
  const styles = useStyles();
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const [, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      void host.readSheet(sheet).then((s) => live && setSnapshot(s));
      setVersion((v) => v + 1);
    };
    refresh();
    const unsubscribe = host.subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, sheet]);

  const shown = snapshot !== null;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  if (!snapshot) return null;
  const { at, hidden } = spans(snapshot);
  const selected = host.selected?.sheet === sheet ? host.selected.cell : null;
  const commit = () => {
    if (editing) void host.editCell(sheet, { row: editing.row, col: editing.col }, editing.text);
    setEditing(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") setEditing(null);
  };

  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={sheet}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: snapshot.colCount }, (_, c) => (
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
              {row.map((text, c) => {
                const key = `${r},${c}`;
                if (hidden.has(key)) return null;
                const address = cellAddress(r, c);
                const span = at.get(key);
                const note = snapshot.comments[address];
                const isSelected = selected?.row === r && selected.col === c;
                const isEditing = editing?.row === r && editing.col === c;
                return (
                  <td
                    key={c}
                    data-cell={address}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    title={note?.text}
                    className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    style={{ backgroundColor: host.styleAt(sheet, r, c)?.fill }}
                    onClick={() => host.userSelect(sheet, { row: r, col: c })}
                    onDoubleClick={() => setEditing({ row: r, col: c, text })}
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
