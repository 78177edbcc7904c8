import { tokens } from "@fluentui/react-components";
import type { Locale, ManagerResult, RuleSetMeta } from "../../engine/types";
import { BarChart, RowText } from "./BarChart";
import { BAR_HEIGHT, LABEL_WIDTH, plotWidth, shortNumber } from "./charts";

export interface IndicatorPoints {
  id: string;
  name: string;
  earned: number;
  lost: number;
}

/** Per indicator: points earned (a negative score counts as lost) and points lost against the weight. */
export function pointsOf(rs: RuleSetMeta, m: ManagerResult, locale: Locale): IndicatorPoints[] {
  return m.indicators.map((ind) => {
    const name = rs.indicators.find((i) => i.id === ind.id)?.name[locale] ?? ind.id;
    const score = ind.score ?? 0;
    const lost = ind.score === null ? (ind.bonus ? 0 : ind.weight) : ind.lost + Math.max(0, -score);
    return { id: ind.id, name, earned: Math.max(0, score), lost };
  });
}

export function PointsChart({ points, title }: { points: IndicatorPoints[]; title: string }) {
  const max = Math.max(1, ...points.map((p) => p.earned + p.lost));
  const scale = plotWidth() / max;
  return (
    <BarChart
      title={title}
      items={points}
      row={(p, y) => {
        const earned = p.earned * scale;
        const lost = p.lost * scale;
        return (
          <g key={p.id} data-indicator={p.id}>
            <RowText x={0} y={y} size={11}>
              {p.name.length > 8 ? `${p.name.slice(0, 8)}…` : p.name}
            </RowText>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={earned}
              height={BAR_HEIGHT}
              fill={tokens.colorPaletteGreenBackground3}
            >
              <title>{shortNumber(p.earned)}</title>
            </rect>
            <rect
              x={LABEL_WIDTH + earned}
              y={y}
              width={lost}
              height={BAR_HEIGHT}
              fill={tokens.colorPaletteRedBackground3}
            >
              <title>{shortNumber(p.lost)}</title>
            </rect>
            <RowText x={LABEL_WIDTH + earned + lost + 4} y={y} size={11}>
              {p.lost > 0 ? `${shortNumber(p.earned)} / −${shortNumber(p.lost)}` : shortNumber(p.earned)}
            </RowText>
          </g>
        );
      }}
    />
  );
}
