import { tokens } from "@fluentui/react-components";
import type { ManagerResult } from "../../engine/types";
import { BAR_GAP, BAR_HEIGHT, CHART_WIDTH, LABEL_WIDTH, plotWidth, shortNumber } from "./charts";

export interface RegionTotal {
  region: string;
  average: number;
  managers: number;
}

/** Average total per region, in the sheet's order of regions. */
export function totalsByRegion(results: readonly ManagerResult[]): RegionTotal[] {
  const byRegion = new Map<string, { sum: number; managers: number }>();
  for (const m of results) {
    const entry = byRegion.get(m.input.region) ?? { sum: 0, managers: 0 };
    entry.sum += m.total;
    entry.managers += 1;
    byRegion.set(m.input.region, entry);
  }
  return [...byRegion].map(([region, { sum, managers }]) => ({ region, average: sum / managers, managers }));
}

export function RegionChart({ totals, title }: { totals: RegionTotal[]; title: string }) {
  const max = Math.max(1, ...totals.map((t) => t.average));
  const height = totals.length * (BAR_HEIGHT + BAR_GAP);
  return (
    <svg
      role="img"
      aria-label={title}
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
    >
      {totals.map((t, i) => {
        const y = i * (BAR_HEIGHT + BAR_GAP);
        const width = (Math.max(0, t.average) / max) * plotWidth();
        return (
          <g key={t.region} data-region={t.region}>
            <text x={0} y={y + BAR_HEIGHT - 5} fontSize={12} fill={tokens.colorNeutralForeground1}>
              {t.region}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={width}
              height={BAR_HEIGHT}
              fill={tokens.colorBrandBackground}
            />
            <text
              x={LABEL_WIDTH + width + 4}
              y={y + BAR_HEIGHT - 5}
              fontSize={12}
              fill={tokens.colorNeutralForeground1}
            >
              {shortNumber(t.average)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
