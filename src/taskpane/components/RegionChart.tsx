import { tokens } from "@fluentui/react-components";
import type { ManagerResult } from "../../engine/types";
import { BarChart, RowText } from "./BarChart";
import { BAR_HEIGHT, LABEL_WIDTH, plotWidth, shortNumber } from "./charts";

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
  return (
    <BarChart
      title={title}
      items={totals}
      row={(t, y) => {
        const width = (Math.max(0, t.average) / max) * plotWidth();
        return (
          <g
            key={t.region}
            data-region={t.region}
            role="listitem"
            aria-label={`${t.region}: ${shortNumber(t.average)}`}
          >
            <RowText x={0} y={y} size={12}>
              {t.region}
            </RowText>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={width}
              height={BAR_HEIGHT}
              fill={tokens.colorBrandBackground}
            />
            <RowText x={LABEL_WIDTH + width + 4} y={y} size={12}>
              {shortNumber(t.average)}
            </RowText>
          </g>
        );
      }}
    />
  );
}
