import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../domain/lang";
import { digitsApart, formatNumber, formatPercent } from "../../domain/numbers";
import { CHART_COLORS, DEFAULT_FAR_BELOW_FACTOR } from "../../workbook/layout";
import { useLang } from "../i18n";

export interface Bar {
  label: string;
  value: number;
  /** Change since the previous period, in points as a fraction; absent when only one is loaded. */
  change?: number | null;
}

const useStyles = makeStyles({ chart: { maxWidth: "420px" } });

/** "▲ +2.1", "▼ −1.0", "→ 0.0" ("+2,1" in Russian and Kazakh): the change in points, with its direction. */
export function changeText(change: number, lang: Lang = "en"): string {
  const points = formatNumber(lang, Math.abs(change * 100), 1);
  if (change > 0.0005) return `▲ +${points}`;
  if (change < -0.0005) return `▼ −${points}`;
  return `→ ${formatNumber(lang, 0, 1)}`;
}

/** A small horizontal bar chart (SVG): one bar per territory, the target as a line. */
export function BarChart({
  bars,
  target,
  title,
}: {
  bars: Bar[];
  target: number;
  title: string;
}): React.JSX.Element {
  const styles = useStyles();
  const lang = useLang();
  const rowHeight = 18;
  const labelWidth = 130;
  const changes = bars.some((b) => b.change !== undefined);
  const width = changes ? 350 : 300;
  const plot = 300 - labelWidth - 40;
  const height = bars.length * rowHeight + 8;
  const x = (v: number) => labelWidth + Math.max(0, Math.min(1, v)) * plot;
  return (
    <svg
      role="img"
      aria-label={title}
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      className={styles.chart}
    >
      <title>{title}</title>
      {bars.map((b, i) => (
        <g key={b.label} transform={`translate(0, ${i * rowHeight + 4})`}>
          <text
            x={labelWidth - 4}
            y={12}
            textAnchor="end"
            fontSize="10"
            fill={tokens.colorNeutralForeground1}
          >
            {b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}
          </text>
          <rect
            x={labelWidth}
            y={2}
            width={Math.max(1, x(b.value) - labelWidth)}
            height={12}
            fill={
              b.value < DEFAULT_FAR_BELOW_FACTOR * target
                ? CHART_COLORS.below
                : CHART_COLORS.nearBelow
            }
          />
          <text x={x(b.value) + 3} y={12} fontSize="10" fill={tokens.colorNeutralForeground1}>
            {/* Below the target, never shown as its figure (digitsApart). */}
            {formatPercent(lang, b.value, b.value < target ? digitsApart(b.value, target, 0) : 0)}
          </text>
          {b.change !== undefined && b.change !== null && (
            <text
              x={width - 2}
              y={12}
              textAnchor="end"
              fontSize="10"
              fill={
                b.change > 0.0005
                  ? tokens.colorPaletteGreenForeground1
                  : b.change < -0.0005
                    ? tokens.colorPaletteRedForeground1
                    : tokens.colorNeutralForeground3
              }
            >
              {changeText(b.change, lang)}
            </text>
          )}
        </g>
      ))}
      <line
        x1={x(target)}
        x2={x(target)}
        y1={0}
        y2={height}
        stroke={tokens.colorBrandForeground1}
        strokeDasharray="3 2"
      />
    </svg>
  );
}
