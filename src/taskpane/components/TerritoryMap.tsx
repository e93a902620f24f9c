import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CoverageDataset } from "../../analysis/dataset";
import { coverageByTerritory, type TerritoryCoverage } from "../../analysis/query";
import { type Measure, measureInfo } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import { shortName, type Territory, territoryById, territoryName } from "../../domain/territories";
import { MAP_COLUMNS, MAP_ROWS, mapTiles } from "../../domain/tileGrid";
import { CHART_COLORS, DEFAULT_FAR_BELOW_FACTOR } from "../../workbook/layout";
import { useLang, useNames, useStrings } from "../i18n";
import { useDarkTheme } from "../theme";

type Rgb = readonly [number, number, number];

/**
 * The coverage scale, 0 % → 100 %: from near the pane's background to a strong blue, so that more
 * coverage stands out more in either theme (light: pale to dark blue; dark: slate to light blue).
 */
const SCALES: Readonly<Record<"light" | "dark", readonly Rgb[]>> = {
  light: [
    [0xf1, 0xf6, 0xfb],
    [0x8f, 0xbc, 0xe3],
    [0x0b, 0x4f, 0x8a],
  ],
  dark: [
    [0x33, 0x3f, 0x4c],
    [0x3f, 0x7c, 0xb8],
    [0xbf, 0xdf, 0xff],
  ],
};

const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

/** The scale's colour for a coverage (a share, clamped to 0…1). */
export function coverageFill(coverage: number, dark: boolean): string {
  const stops = SCALES[dark ? "dark" : "light"];
  const x = Math.max(0, Math.min(1, coverage)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const mix = (k: number) => stops[i][k] + (stops[i + 1][k] - stops[i][k]) * f;
  return hex([mix(0), mix(1), mix(2)]);
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on the fill (at least 4.58:1 on any colour). */
export function labelColor(fill: string): string {
  return contrast(fill, "#000000") >= contrast(fill, "#ffffff") ? "#000000" : "#ffffff";
}

/** A tile as the map draws it: where, and its territory's figure (absent when the report has none). */
export interface MapCell {
  territory: Territory;
  col: number;
  row: number;
  figure: TerritoryCoverage | undefined;
  below: boolean;
  /** Below half the target: marked as the Lagging bars mark it (red, else amber). */
  farBelow: boolean;
}

/** The map's tiles for a measure, type and period, in reading order (north to south, west to east). */
export function mapCells(
  dataset: CoverageDataset,
  measure: Measure,
  orgType: OrgTypeOrAll,
  period: string,
  target: number
): MapCell[] {
  const level = measureInfo(measure).level;
  const figures = new Map(
    coverageByTerritory(dataset, measure, orgType, period).map((r) => [r.territory.id, r])
  );
  return mapTiles(level)
    .map((tile) => {
      const figure = figures.get(tile.territoryId);
      return {
        territory: territoryById(tile.territoryId)!,
        col: tile.col,
        row: tile.row,
        figure,
        below: figure !== undefined && figure.coverage < target,
        farBelow: figure !== undefined && figure.coverage < DEFAULT_FAR_BELOW_FACTOR * target,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

const TILE_W = 42;
const TILE_H = 36;
const GAP = 4;
const WIDTH = MAP_COLUMNS * TILE_W + (MAP_COLUMNS - 1) * GAP;
const HEIGHT = MAP_ROWS * TILE_H + (MAP_ROWS - 1) * GAP;
const FLAG = 9;

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  caption: { display: "block", marginBottom: tokens.spacingVerticalXS },
  svg: { display: "block", width: "100%", height: "auto", maxWidth: "420px" },
  tile: { cursor: "pointer", outlineStyle: "none" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  ramp: {
    display: "inline-block",
    width: "72px",
    height: "10px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * A tile-grid map of Kazakhstan (src/domain/tileGrid.ts): each region, or each city group for
 * the city measures, one tile shaded by its coverage, the tiles below the target framed as the
 * Lagging bars colour them. Every tile is a button named for screen readers; choosing one calls
 * `onSelect`.
 */
export function TerritoryMap({
  dataset,
  measure,
  orgType,
  period,
  target,
  onSelect,
}: {
  dataset: CoverageDataset;
  measure: Measure;
  orgType: OrgTypeOrAll;
  period: string;
  target: number;
  onSelect: (territory: Territory) => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();
  const dark = useDarkTheme();
  const [focused, setFocused] = React.useState<string | null>(null);
  const captionId = React.useId();
  const cells = mapCells(dataset, measure, orgType, period, target);
  const title = t.mapTitle({
    measure: names.measure(measure),
    type: names.orgType(orgType),
    period,
  });

  const tile = (c: MapCell) => {
    const x = c.col * (TILE_W + GAP);
    const y = c.row * (TILE_H + GAP);
    const full = territoryName(c.territory, lang);
    const fill = c.figure ? coverageFill(c.figure.coverage, dark) : undefined;
    const ink = fill ? labelColor(fill) : tokens.colorNeutralForeground1;
    const mark = c.farBelow ? CHART_COLORS.below : CHART_COLORS.nearBelow;
    const label = c.figure
      ? `${t.mapTile({ name: full, coverage: pct(c.figure.coverage) })}, ${c.below ? t.mapBelow : t.mapAtTarget}`
      : `${full}: ${t.mapNoFigure}`;
    const choose = () => onSelect(c.territory);
    // The button is the tile's shape; its painted label is a layer above it that the pointer passes
    // through and assistive technology skips (the button's name says it all, in full).
    return (
      <g key={c.territory.id} transform={`translate(${x}, ${y})`}>
        <g
          role="button"
          tabIndex={0}
          aria-label={label}
          data-territory={c.territory.id}
          data-below={c.below ? (c.farBelow ? "far" : "near") : undefined}
          className={styles.tile}
          onClick={choose}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              choose();
            }
          }}
          onFocus={() => setFocused(c.territory.id)}
          onBlur={() => setFocused((f) => (f === c.territory.id ? null : f))}
        >
          <title>{label}</title>
          <rect
            width={TILE_W}
            height={TILE_H}
            rx={3}
            fill={fill ?? "none"}
            stroke={c.below ? mark : tokens.colorNeutralStroke1}
            strokeWidth={c.below ? 3 : 1}
            strokeDasharray={c.figure ? undefined : "3 2"}
          />
          {c.below && (
            <path d={`M${TILE_W - FLAG} 0 H${TILE_W} V${FLAG} Z`} fill={mark} aria-hidden="true" />
          )}
          {focused === c.territory.id && (
            <rect
              x={-2}
              y={-2}
              width={TILE_W + 4}
              height={TILE_H + 4}
              rx={4}
              fill="none"
              stroke={tokens.colorStrokeFocus2}
              strokeWidth={2}
            />
          )}
        </g>
        <g aria-hidden="true" pointerEvents="none" data-label-of={c.territory.id}>
          <text x={TILE_W / 2} y={15} textAnchor="middle" fontSize="9.5" fill={ink}>
            {shortName(c.territory, lang)}
          </text>
          <text
            x={TILE_W / 2}
            y={29}
            textAnchor="middle"
            fontSize="10.5"
            fontWeight="600"
            fill={ink}
          >
            {c.figure ? `${Math.round(c.figure.coverage * 100)}%` : "—"}
          </text>
        </g>
      </g>
    );
  };

  return (
    <figure className={styles.figure}>
      <Text as="p" weight="semibold" id={captionId} className={styles.caption}>
        {title}
      </Text>
      <svg
        role="group"
        aria-labelledby={captionId}
        viewBox={`-3 -3 ${WIDTH + 6} ${HEIGHT + 6}`}
        className={styles.svg}
      >
        {cells.map(tile)}
      </svg>
      <Text as="p" size={200} className={styles.legend}>
        <span aria-hidden="true">0%</span>
        <span
          className={styles.ramp}
          aria-hidden="true"
          style={{
            background: `linear-gradient(to right, ${coverageFill(0, dark)}, ${coverageFill(0.5, dark)}, ${coverageFill(1, dark)})`,
          }}
        />
        <span aria-hidden="true">100%</span>
        <span>{t.mapLegendBelow}</span>
      </Text>
    </figure>
  );
}
