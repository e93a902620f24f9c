import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CoverageDataset } from "../../analysis/dataset";
import { coverageByTerritory, type TerritoryCoverage } from "../../analysis/query";
import { type Measure, measureInfo } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import { digitsApart, formatPercent } from "../../domain/numbers";
import { type Territory, territoryById, territoryName } from "../../domain/territories";
import {
  MAP_COLUMNS,
  MAP_ROWS,
  mapTiles,
  textWidth,
  tileLabelLines,
  tileName,
} from "../../domain/tileGrid";
import { CHART_COLORS, COVERAGE_SCALE, DEFAULT_FAR_BELOW_FACTOR } from "../../workbook/layout";
import { useLang, useNames, useStrings } from "../i18n";
import { useDarkTheme } from "../theme";

type Rgb = readonly [number, number, number];

const rgb = (color: string): Rgb =>
  [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as never;

/**
 * The coverage scale, 0 % → 100 %: from near the pane's background to a strong blue, so that more
 * coverage stands out more in either theme. Light: the workbook Map's own scale (pale to blue);
 * dark: slate to light blue.
 */
const SCALES: Readonly<Record<"light" | "dark", readonly Rgb[]>> = {
  light: COVERAGE_SCALE.map((p) => rgb(p.color)),
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
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
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

const TILE_W = 44;
const TILE_H = 46;
const GAP = 3;
const WIDTH = MAP_COLUMNS * TILE_W + (MAP_COLUMNS - 1) * GAP;
const HEIGHT = MAP_ROWS * TILE_H + (MAP_ROWS - 1) * GAP;
const FLAG = 9;
/** The name's font and the width a line of it may take, in the map's units. */
const NAME_SIZE = 8;
const NAME_WIDTH = TILE_W - 6;

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
  const names = useNames();
  const styles = useStyles();
  const captionId = React.useId();
  const cells = mapCells(dataset, measure, orgType, period, target);
  const grid = useGridFocus(cells);
  const title = t.mapTitle({
    measure: names.measure(measure),
    type: names.orgType(orgType),
    period,
  });
  const tile = (c: MapCell) => (
    <MapTile
      key={c.territory.id}
      cell={c}
      target={target}
      focus={grid}
      onChoose={() => {
        grid.setActive(c.territory.id);
        onSelect(c.territory);
      }}
    />
  );
  return (
    <figure className={styles.figure}>
      <Text as="p" weight="semibold" id={captionId} className={styles.caption}>
        {title}
      </Text>
      <svg
        role="grid"
        aria-labelledby={captionId}
        viewBox={`-3 -3 ${WIDTH + 6} ${HEIGHT + 6}`}
        className={styles.svg}
      >
        {[...new Set(cells.map((c) => c.row))].map((row) => (
          <g key={row} role="row">
            {cells.filter((c) => c.row === row).map(tile)}
          </g>
        ))}
      </svg>
      <MapLegend />
    </figure>
  );
}

/**
 * One Tab stop for the map (the WAI-ARIA grid pattern): the tile last chosen or focused, arrow
 * keys between tiles by their places, Home and End to the first and last.
 */
function useGridFocus(cells: readonly MapCell[]) {
  const [focused, setFocused] = React.useState<string | null>(null);
  const [active, setActive] = React.useState<string | null>(null);
  const tabbable = cells.some((c) => c.territory.id === active) ? active : cells[0]?.territory.id;
  const refs = React.useRef(new Map<string, SVGGElement>());
  return {
    focused,
    setFocused,
    tabbable,
    setActive,
    register: (id: string, el: SVGGElement | null) => {
      if (el) refs.current.set(id, el);
      else refs.current.delete(id);
    },
    /** Moves the focus by `key` from `c`; false when the key moves nothing. */
    moveFrom: (c: MapCell, key: string) => {
      const next = nextTile(cells, c, key);
      if (!next) return false;
      setActive(next.territory.id);
      refs.current.get(next.territory.id)?.focus();
      return true;
    },
  };
}

/**
 * A tile: the cell is the tile's shape; its painted label is a layer above it that the pointer
 * passes through and assistive technology skips (the cell's name says it all, in full).
 */
function MapTile({
  cell: c,
  target,
  focus,
  onChoose,
}: {
  cell: MapCell;
  target: number;
  focus: ReturnType<typeof useGridFocus>;
  onChoose: () => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const dark = useDarkTheme();
  const id = c.territory.id;
  const full = territoryName(c.territory, lang);
  const fill = c.figure ? coverageFill(c.figure.coverage, dark) : undefined;
  const mark = c.farBelow ? CHART_COLORS.below : CHART_COLORS.nearBelow;
  // As many decimals as it takes for the figure and the target not to look the same.
  const shown = c.figure
    ? formatPercent(lang, c.figure.coverage, digitsApart(c.figure.coverage, target))
    : "—";
  const label = c.figure
    ? `${t.mapTile({ name: full, coverage: shown })}, ${c.below ? t.mapBelow : t.mapAtTarget}`
    : `${full}: ${t.mapNoFigure}`;
  return (
    <g transform={`translate(${c.col * (TILE_W + GAP)}, ${c.row * (TILE_H + GAP)})`}>
      <g
        role="gridcell"
        tabIndex={id === focus.tabbable ? 0 : -1}
        ref={(el) => focus.register(id, el)}
        aria-label={label}
        data-territory={id}
        data-below={c.below ? (c.farBelow ? "far" : "near") : undefined}
        className={styles.tile}
        onClick={onChoose}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            onChoose();
          } else if (focus.moveFrom(c, e.key)) e.preventDefault();
        }}
        onFocus={() => {
          focus.setFocused(id);
          focus.setActive(id);
        }}
        onBlur={() => focus.setFocused((f) => (f === id ? null : f))}
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
        {focus.focused === id && (
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
      <TileLabel
        id={id}
        lines={tileLabelLines(tileName(c.territory, lang), NAME_WIDTH / NAME_SIZE)}
        shown={shown}
        ink={fill ? labelColor(fill) : tokens.colorNeutralForeground1}
      />
    </g>
  );
}

/** The tile's painted name and figure, for the eye only. */
function TileLabel({
  id,
  lines,
  shown,
  ink,
}: {
  id: string;
  lines: readonly string[];
  shown: string;
  ink: string;
}): React.JSX.Element {
  return (
    <g aria-hidden="true" pointerEvents="none" data-label-of={id}>
      {lines.map((line, i) => (
        <text
          key={i}
          x={TILE_W / 2}
          y={(lines.length === 1 ? 16 : 12) + i * 9}
          textAnchor="middle"
          fontSize={NAME_SIZE}
          fill={ink}
          // A line longer than the tile is drawn narrower to fit it, never cut.
          {...(textWidth(line) * NAME_SIZE > NAME_WIDTH
            ? { textLength: NAME_WIDTH, lengthAdjust: "spacingAndGlyphs" }
            : {})}
        >
          {line}
        </text>
      ))}
      <text
        x={TILE_W / 2}
        y={38}
        textAnchor="middle"
        fontSize="10"
        fontWeight="600"
        fill={ink}
        {...(shown.length > 6 ? { textLength: NAME_WIDTH, lengthAdjust: "spacingAndGlyphs" } : {})}
      >
        {shown}
      </text>
    </g>
  );
}

function MapLegend(): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const dark = useDarkTheme();
  return (
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
  );
}

/**
 * The tile an arrow key moves to from `c`: the nearest in that direction (the same row or column
 * first, then the closest off it); Home and End, the first and last in reading order.
 */
export function nextTile(cells: readonly MapCell[], c: MapCell, key: string): MapCell | undefined {
  if (key === "Home") return cells[0];
  if (key === "End") return cells[cells.length - 1];
  const step: Record<string, [number, number]> = {
    ArrowRight: [1, 0],
    ArrowLeft: [-1, 0],
    ArrowDown: [0, 1],
    ArrowUp: [0, -1],
  };
  const dir = step[key];
  if (!dir) return undefined;
  const [dx, dy] = dir;
  const ahead = cells.filter((o) => (o.col - c.col) * dx + (o.row - c.row) * dy > 0);
  const cost = (o: MapCell) => {
    const along = Math.abs((o.col - c.col) * dx + (o.row - c.row) * dy);
    const across = Math.abs((o.col - c.col) * dy + (o.row - c.row) * dx);
    return along + 2 * across;
  };
  return ahead.sort((a, b) => cost(a) - cost(b))[0];
}
