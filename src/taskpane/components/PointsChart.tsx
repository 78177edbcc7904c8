import { tokens } from "@fluentui/react-components";
import type { Locale, ManagerResult, RuleSetMeta } from "../../engine/types";
import { BarChart, RowText } from "./BarChart";
import { BAR_HEIGHT, LABEL_WIDTH, plotWidth, shortNumber } from "./charts";

/** The longest indicator name drawn in full beside its bar; longer ones end in "…" (the row's title has it all). */
const LABEL_CHARS = 8;

export interface IndicatorPoints {
  id: string;
  name: string;
  /** The score as the cell shows it; null when not scored. */
  score: number | null;
  /** Points drawn as earned: the score, or 0 when the score is negative or missing. */
  earned: number;
  /** Points lost against the weight, as the note's "少得" states them (a negative score loses more than the weight). */
  lost: number;
  weight: number;
}

/** Per indicator: the score, the points earned and the points lost, as the indicator's note states them. */
export function pointsOf(rs: RuleSetMeta, m: ManagerResult, locale: Locale): IndicatorPoints[] {
  return m.indicators.map((ind) => {
    const name = rs.indicators.find((i) => i.id === ind.id)?.name[locale] ?? ind.id;
    const score = ind.score;
    return {
      id: ind.id,
      name,
      score,
      earned: score === null ? 0 : Math.max(0, score),
      lost: score === null ? 0 : ind.lost,
      weight: ind.weight,
    };
  });
}

export interface PointsChartLabels {
  title: string;
  notScored: string;
  /** "得 3.00 分, 少得 2.00 分": the whole row read out (and shown on hover). */
  row(name: string, score: string, lost: string): string;
}

/** The value beside a bar: the score, and the points lost after "−" when there are any. */
function valueText(p: IndicatorPoints, notScored: string): string {
  if (p.score === null) return notScored;
  return p.lost > 0 ? `${shortNumber(p.score)} / −${shortNumber(p.lost)}` : shortNumber(p.score);
}

export function PointsChart({ points, labels }: { points: IndicatorPoints[]; labels: PointsChartLabels }) {
  const max = Math.max(1, ...points.map((p) => (p.score === null ? p.weight : p.earned + p.lost)));
  const scale = plotWidth() / max;
  return (
    <BarChart
      title={labels.title}
      items={points}
      row={(p, y) => {
        const earned = p.earned * scale;
        const lost = p.lost * scale;
        const whole =
          p.score === null
            ? `${p.name}: ${labels.notScored}`
            : labels.row(p.name, shortNumber(p.score), shortNumber(p.lost));
        return (
          <g key={p.id} data-indicator={p.id} role="listitem" aria-label={whole}>
            <title>{whole}</title>
            <RowText x={0} y={y} size={11}>
              {p.name.length > LABEL_CHARS ? `${p.name.slice(0, LABEL_CHARS)}…` : p.name}
            </RowText>
            {p.score === null ? (
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={p.weight * scale}
                height={BAR_HEIGHT}
                fill="none"
                stroke={tokens.colorNeutralStroke1}
                strokeDasharray="3 2"
                data-part="unscored"
              />
            ) : (
              <>
                <rect
                  x={LABEL_WIDTH}
                  y={y}
                  width={earned}
                  height={BAR_HEIGHT}
                  fill={tokens.colorPaletteGreenBackground3}
                  data-part="earned"
                />
                <rect
                  x={LABEL_WIDTH + earned}
                  y={y}
                  width={lost}
                  height={BAR_HEIGHT}
                  fill={tokens.colorPaletteRedBackground3}
                  data-part="lost"
                />
              </>
            )}
            <RowText
              x={LABEL_WIDTH + Math.max(earned + lost, p.score === null ? p.weight * scale : 0) + 4}
              y={y}
              size={11}
            >
              {valueText(p, labels.notScored)}
            </RowText>
          </g>
        );
      }}
    />
  );
}
