import { tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { BAR_GAP, BAR_HEIGHT, CHART_WIDTH } from "./charts";

/** Text on a bar row's baseline (labels and values of the pane's bar charts). */
export function RowText({
  x,
  y,
  size,
  children,
}: {
  x: number;
  y: number;
  size: number;
  children: ReactNode;
}) {
  return (
    <text x={x} y={y + BAR_HEIGHT - 5} fontSize={size} fill={tokens.colorNeutralForeground1}>
      {children}
    </text>
  );
}

/**
 * The frame of a horizontal bar chart: one row per item, each drawn by `row` at its top `y`. A list
 * to assistive technology: each row is a list item that reads out its whole label and values.
 */
export function BarChart<T>({
  title,
  items,
  row,
}: {
  title: string;
  items: readonly T[];
  row: (item: T, y: number) => ReactNode;
}) {
  const height = items.length * (BAR_HEIGHT + BAR_GAP);
  return (
    <svg
      role="list"
      aria-label={title}
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
    >
      {items.map((item, i) => row(item, i * (BAR_HEIGHT + BAR_GAP)))}
    </svg>
  );
}
