import { tokens } from "@fluentui/react-components";
import type { Locale, ManagerResult, RuleSetMeta } from "../../engine/types";
import { BAR_GAP, BAR_HEIGHT, CHART_WIDTH, LABEL_WIDTH, plotWidth, shortNumber } from "./charts";

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
  const height = points.length * (BAR_HEIGHT + BAR_GAP);
  const scale = plotWidth() / max;
  return (
    <svg
      role="img"
      aria-label={title}
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
    >
      {points.map((p, i) => {
        const y = i * (BAR_HEIGHT + BAR_GAP);
        const earned = p.earned * scale;
        const lost = p.lost * scale;
        return (
          <g key={p.id} data-indicator={p.id}>
            <text x={0} y={y + BAR_HEIGHT - 5} fontSize={11} fill={tokens.colorNeutralForeground1}>
              {p.name.length > 8 ? `${p.name.slice(0, 8)}…` : p.name}
            </text>
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
            <text
              x={LABEL_WIDTH + earned + lost + 4}
              y={y + BAR_HEIGHT - 5}
              fontSize={11}
              fill={tokens.colorNeutralForeground1}
            >
              {p.lost > 0 ? `${shortNumber(p.earned)} / −${shortNumber(p.lost)}` : shortNumber(p.earned)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
