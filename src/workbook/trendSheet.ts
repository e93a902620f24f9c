/**
 * Quarter over quarter, as formulas over the data table: the national coverage per measure and type
 * for every loaded period (with a line chart per measure), and per territory the change between
 * the two latest periods, whether it improved, stalls below its target, and a naive projection of
 * when it reaches 100% at its latest pace. Only when two or more periods are loaded.
 */
import { measureName } from "../domain/lang";
import { type Measure, measureInfo } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import type { Report } from "../domain/report";
import { territoriesAt } from "../domain/territories";
import { cellAddress, rangeAddress } from "./a1";
import { lit, shareIn, sumifsIn } from "./criteria";
import { workbookLabels } from "./labels";
import {
  CHART_COLORS,
  type CoverageKey,
  HIGHLIGHT,
  type PlanOptions,
  SHEETS,
  thresholdName,
} from "./layout";
import { reportNames, territoryLabel } from "./measureViews";
import {
  emptySheet,
  type PlanBlock,
  type PlanCell,
  type PlanChart,
  type PlanConditionalFormat,
  type PlanSheet,
} from "./plan";

const TYPES = ["all", ...ORG_TYPES] as const;
/** A change smaller than this (a twentieth of a point) is "unchanged": rounding, not progress. */
const EPSILON = 0.0005;
const LINE_COLORS = [CHART_COLORS.atOrAbove, "#70AD47", "#ED7D31", "#7F7F7F"];
export const TREND_CHANGE_FILLS = {
  improved: "#C6EFCE",
  unchanged: "#EDEDED",
  worse: "#FFC7CE",
} as const;

export const TREND_LAYOUT = { nationalHeaderRow: 3, firstPeriodRow: 4 } as const;

/** Columns of the per-territory block. */
export const TREND_COLUMNS = {
  measure: 0,
  /** The data table's code ("school", …), or "all" for every loaded type together. */
  orgType: 1,
  territoryId: 2,
  territory: 3,
  previous: 4,
  latest: 5,
  points: 6,
  covered: 7,
  status: 8,
  stalling: 9,
  /** How many quarters to 100% at the latest pace (a number), or "" when it is reached or not at this pace. */
  quarters: 10,
  /** The quarter it reaches 100% ("2025-Q3"), "reached", or "not at this pace". */
  projection: 11,
} as const;

/** What one builder adds to the Trend sheet. */
interface TrendPart {
  blocks: PlanBlock[];
  charts: PlanChart[];
  conditionalFormats: PlanConditionalFormat[];
}

const TREND_COLUMN_WIDTHS = {
  0: 14,
  1: 14,
  2: 12,
  3: 28,
  4: 16,
  5: 16,
  6: 14,
  7: 14,
  8: 14,
  9: 26,
  10: 16,
  11: 34,
};

type TrendType = (typeof TYPES)[number];

export function planTrend(reports: readonly Report[], options: PlanOptions): PlanSheet | null {
  const periods = [...new Set(reports.map((r) => r.period ?? "unknown"))].sort();
  if (periods.length < 2) return null;
  const T = workbookLabels(options.lang);
  const sheet = emptySheet(SHEETS.trend, "#7030A0");
  sheet.blocks.push({ row: 0, col: 0, cells: [[T.trend.title]], style: "title" });
  sheet.blocks.push({ row: 1, col: 0, cells: [[T.trend.national]], style: "note" });
  const types = TYPES.filter((t) => t === "all" || options.orgTypes.includes(t));
  // The per-territory block starts below the national table and its charts.
  const top = TREND_LAYOUT.firstPeriodRow + periods.length + 2 + 16 * options.measures.length;
  for (const part of [
    nationalTrend(periods, types, options),
    territoryTrend(reports, periods, types, top, options),
  ]) {
    sheet.blocks.push(...part.blocks);
    sheet.charts.push(...part.charts);
    sheet.conditionalFormats.push(...part.conditionalFormats);
  }
  sheet.freeze = { rows: 0, cols: 1 };
  sheet.columnWidths = { ...TREND_COLUMN_WIDTHS };
  return sheet;
}

/** National coverage: periods down, measure × type across (the period cell is the criterion), and a line chart per measure. */
function nationalTrend(
  periods: readonly string[],
  types: readonly TrendType[],
  options: PlanOptions
): TrendPart {
  const { lang } = options;
  const T = workbookLabels(lang);
  const L = TREND_LAYOUT;
  const header: PlanCell[] = [T.period];
  for (const m of options.measures)
    for (const t of types)
      header.push(`${measureName(m, lang)} — ${t === "all" ? T.allTypes : T.orgTypes[t]}`);
  const rows: PlanCell[][] = periods.map((period, i) => {
    const periodCell = `$A${L.firstPeriodRow + i + 1}`;
    return [
      period,
      ...options.measures.flatMap((m) =>
        types.map((t): PlanCell => ({
          formula: `=${shareIn(
            lang,
            periodCell,
            t === "all"
              ? [["measure", lit(m)]]
              : [
                  ["measure", lit(m)],
                  ["orgType", lit(t)],
                ]
          )}`,
        }))
      ),
    ];
  });
  return {
    blocks: [
      { row: L.nationalHeaderRow, col: 0, cells: [header], style: "header" },
      {
        row: L.firstPeriodRow,
        col: 0,
        cells: rows,
        columnFormats: ["@", ...header.slice(1).map(() => "0.0%")],
      },
    ],
    charts: trendCharts(periods, types, options),
    conditionalFormats: [],
  };
}

function trendCharts(
  periods: readonly string[],
  types: readonly TrendType[],
  options: PlanOptions
): PlanChart[] {
  const { lang } = options;
  const T = workbookLabels(lang);
  const L = TREND_LAYOUT;
  return options.measures.map((m, k) => {
    const col0 = 1 + k * types.length;
    return {
      name: `Trend_${m}`,
      type: "line",
      title: T.trend.chartTitle(measureName(m, lang)),
      categories: rangeAddress(L.firstPeriodRow, 0, periods.length, 1),
      series: types.map((t, j) => ({
        name: t === "all" ? T.allTypes : T.orgTypes[t],
        values: rangeAddress(L.firstPeriodRow, col0 + j, periods.length, 1),
        color: LINE_COLORS[j % LINE_COLORS.length],
      })),
      row: L.firstPeriodRow + periods.length + 2 + 16 * k,
      col: 0,
      widthPt: 360,
      heightPt: 220,
    };
  });
}

/** The cells the per-territory formulas read: the two periods compared, and how many quarters apart. */
interface ComparedCells {
  prevCell: string;
  lastCell: string;
  apartCell: string;
}

// "2023-Q3" as a count of quarters: year × 4 + quarter. The pace is per quarter, so periods that
// are two quarters apart halve it; type other periods in these cells and every formula follows.
const quarterNumber = (cell: string) => `(VALUE(LEFT(${cell},4))*4+VALUE(RIGHT(${cell},1)))`;

/** Per territory: the two latest periods, written as cells the formulas read, then a row per figure. */
function territoryTrend(
  reports: readonly Report[],
  periods: readonly string[],
  types: readonly TrendType[],
  top: number,
  options: PlanOptions
): TrendPart {
  const { lang } = options;
  const T = workbookLabels(lang);
  const [previous, latest] = periods.slice(-2);
  const cells: ComparedCells = {
    prevCell: cellAddress(top + 1, 1, true),
    lastCell: cellAddress(top + 1, 3, true),
    apartCell: cellAddress(top + 1, 5, true),
  };
  const { prevCell, lastCell } = cells;
  const headerRow = top + 3;
  const names = reportNames(
    reports.flatMap((r) => r.records),
    lang
  );
  // A row for every measure, type (and all types together) and territory the reports give.
  const reported = new Set(
    reports.flatMap((r) =>
      r.records.flatMap((rec) => [
        `${rec.measure}|${rec.orgType}|${rec.territoryId}`,
        `${rec.measure}|all|${rec.territoryId}`,
      ])
    )
  );
  const body: PlanCell[][] = [];
  for (const m of options.measures)
    for (const type of types)
      for (const t of territoriesAt(measureInfo(m).level)) {
        if (!reported.has(`${m}|${type}|${t.id}`)) continue;
        const R = headerRow + body.length + 2; // the row's 1-based number
        body.push([
          m,
          type,
          t.iso ?? t.id,
          territoryLabel(names, t, lang),
          ...trendFormulas(m as Measure, type, R, cells, options),
        ]);
      }
  const compared: PlanCell[] = [
    T.trend.previous,
    previous,
    T.trend.latest,
    latest,
    T.trend.apart,
    { formula: `=IFERROR(${quarterNumber(lastCell)}-${quarterNumber(prevCell)},"")` },
  ];
  return {
    blocks: [
      { row: top, col: 0, cells: [[T.trend.compared]], style: "title" },
      {
        row: top + 1,
        col: 0,
        cells: [compared],
        columnFormats: [null, "@", null, "@", null, "0"],
      },
      { row: headerRow, col: 0, cells: [trendHeader(previous, latest, options)], style: "header" },
      { row: headerRow + 1, col: 0, cells: body, columnFormats: TREND_BODY_FORMATS },
    ],
    charts: [],
    conditionalFormats: changeRules(headerRow + 1, body.length),
  };
}

function trendHeader(previous: string, latest: string, options: PlanOptions): PlanCell[] {
  const T = workbookLabels(options.lang);
  return [
    T.summary.measure,
    T.coverageColumns.orgType,
    T.territoryId,
    T.territory,
    `${T.trend.previous} (${previous})`,
    `${T.trend.latest} (${latest})`,
    T.trend.points,
    T.trend.covered,
    T.trend.status,
    T.trend.stalling,
    T.trend.quarters,
    T.trend.projection,
  ];
}

const TREND_BODY_FORMATS = [
  null,
  "@",
  null,
  null,
  "0.0%",
  "0.0%",
  "+0.0%;-0.0%;0.0%",
  "+0;-0;0",
  null,
  null,
  "0",
  null, // a formula column: never Text ("@"), or Excel keeps the formula as text
];

/** A territory row's formulas, from its previous figure to its projection (row R, 1-based). */
function trendFormulas(
  m: Measure,
  type: TrendType,
  R: number,
  { prevCell, lastCell, apartCell }: ComparedCells,
  options: PlanOptions
): PlanCell[] {
  const { lang } = options;
  const T = workbookLabels(lang);
  const C = TREND_COLUMNS;
  const crit: Array<[CoverageKey, string]> = [
    ["measure", `$A${R}`],
    ["territoryId", `$C${R}`],
  ];
  if (type !== "all") crit.push(["orgType", `$B${R}`]);
  const col = (c: number) => cellAddress(R - 1, c);
  const [prev, last, pts, n] = [col(C.previous), col(C.latest), col(C.points), col(C.quarters)];
  return [
    { formula: `=${shareIn(lang, prevCell, crit)}` },
    { formula: `=${shareIn(lang, lastCell, crit)}` },
    { formula: `=IF(OR(${prev}="",${last}=""),"",${last}-${prev})` },
    {
      formula: `=IF(OR(${prev}="",${last}=""),"",${sumifsIn(lang, "covered", lastCell, crit)}-${sumifsIn(lang, "covered", prevCell, crit)})`,
    },
    {
      formula: `=IF(${pts}="","",IF(${pts}>${EPSILON},${lit(T.trend.improved)},IF(${pts}<-${EPSILON},${lit(T.trend.worse)},${lit(T.trend.unchanged)})))`,
    },
    {
      formula: `=IF(${pts}="","",IF(AND(${last}<${thresholdName(m, type)},${pts}<=${EPSILON}),${lit(T.trend.stallingMark)},""))`,
    },
    // Quarters to 100%: what is missing over the gain per quarter, rounded up.
    {
      // N(): the quarters apart as a number, 0 when the typed periods can't be read; a
      // distance of 0 or less (the same period twice, or in the wrong order) gives none.
      formula: `=IF(OR(${pts}="",N(${apartCell})<=0),"",IF(OR(${last}>=1,${pts}<=${EPSILON}),"",ROUNDUP((1-${last})*${apartCell}/${pts},0)))`,
    },
    // That many quarters after the latest period, as "YYYY-QN" (quarter numbers count from 0 here).
    {
      formula: `=IF(${pts}="","",IF(${last}>=1,${lit(T.trend.reached)},IF(${pts}<=${EPSILON},${lit(T.trend.notAtThisPace)},IF(${n}="","",INT((${quarterNumber(lastCell)}-1+${n})/4)&"-Q"&(MOD(${quarterNumber(lastCell)}-1+${n},4)+1)))))`,
    },
  ];
}

/** Improved, unchanged, worse: on the change column, live. */
function changeRules(firstRow: number, rows: number): PlanConditionalFormat[] {
  const C = TREND_COLUMNS;
  const range = rangeAddress(firstRow, C.points, rows, 1);
  const first = cellAddress(firstRow, C.points, false);
  const rules = [
    ["improved", `=AND(${first}<>"",${first}>${EPSILON})`],
    ["worse", `=AND(${first}<>"",${first}<-${EPSILON})`],
    ["unchanged", `=AND(${first}<>"",ABS(${first})<=${EPSILON})`],
  ] as const;
  return rules.map(([meaning, formula], i) => ({
    range,
    formula,
    fill: TREND_CHANGE_FILLS[meaning],
    fontColor: meaning === "worse" ? HIGHLIGHT.farBelow.font : "#000000",
    priority: i + 1,
    stopIfTrue: true,
    meaning,
  }));
}
