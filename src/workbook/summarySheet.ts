import { measureName } from "../domain/lang";
import { type Measure, measureInfo } from "../domain/measures";
import type { Report } from "../domain/report";
import { territoriesAt } from "../domain/territories";
import { rangeAddress } from "./a1";
import { lit, sumifs } from "./criteria";
import { workbookLabels } from "./labels";
import {
  CHART_COLORS,
  type CoverageKey,
  NAMES,
  type PlanOptions,
  SHEETS,
  thresholdName,
  type WorkbookLang,
} from "./layout";
import { reportNames, territoryLabel } from "./measureViews";
import { emptySheet, type PlanCell, type PlanChart, type PlanSheet } from "./plan";

/** allTypesCol: the national share of all types, then covered and total (read by Check workbook). */
export const SUMMARY_LAYOUT = {
  headerRow: 3,
  firstRow: 4,
  chartDataRow: 10,
  allTypesCol: 4,
} as const;

const TYPE_COLUMNS = ["kindergarten", "school", "college"] as const;

/**
 * National figures per measure and type (formulas), and per measure a bar chart of coverage by
 * territory: two series read the Settings target, so lagging bars take the other colour live.
 */
export function planSummary(reports: readonly Report[], options: PlanOptions): PlanSheet {
  const sheet = emptySheet(SHEETS.summary, "#548235");
  const L = SUMMARY_LAYOUT;
  const { lang } = options;
  const T = workbookLabels(lang);
  const current = reports.find((r) => r.period === options.period);
  sheet.blocks.push({ row: 0, col: 0, cells: [[T.summary.title]], style: "title" });
  sheet.blocks.push({ row: 1, col: 0, cells: [[T.period, { formula: `=${NAMES.period}` }]] });
  sheet.blocks.push({
    row: L.headerRow,
    col: 0,
    cells: [
      [
        T.summary.measure,
        ...TYPE_COLUMNS.map((t) => T.orgTypes[t]),
        T.allTypes,
        T.summary.covered,
        T.summary.total,
        T.summary.stated,
      ],
    ],
    style: "header",
  });
  const national: PlanCell[][] = options.measures.map((measure) => {
    const m: Criterion = ["measure", lit(measure)];
    const share = (extra: Criterion[]): PlanCell => ({
      formula: `=IFERROR(${sumifs(lang, "covered", [m, ...extra])}/${sumifs(lang, "total", [m, ...extra])},"")`,
    });
    const stated = current?.statedTotals.find(
      (t) => t.quantity === "percent" && t.measure === measure && t.orgType === "all"
    );
    return [
      measureName(measure, lang),
      ...TYPE_COLUMNS.map((t) =>
        options.orgTypes.includes(t) ? share([["orgType", lit(t)]]) : ""
      ),
      share([]),
      { formula: `=${sumifs(lang, "covered", [m])}` },
      { formula: `=${sumifs(lang, "total", [m])}` },
      stated ? stated.value / 100 : "",
    ];
  });
  sheet.blocks.push({
    row: L.firstRow,
    col: 0,
    cells: national,
    columnFormats: [null, "0.0%", "0.0%", "0.0%", "0.0%", "0", "0", "0%"],
  });

  let row = L.chartDataRow;
  for (const measure of options.measures) {
    const block = chartBlock(measure, reports, row, lang);
    sheet.blocks.push(...block.blocks);
    sheet.charts.push(block.chart);
    row += block.height + 2;
  }
  sheet.columnWidths = { 0: 40, 1: 14, 2: 14, 3: 14, 4: 16, 5: 12, 6: 12, 7: 16 };
  return sheet;
}

type Criterion = [CoverageKey, string];

function chartBlock(measure: Measure, reports: readonly Report[], top: number, lang: WorkbookLang) {
  const T = workbookLabels(lang);
  const territories = territoriesAt(measureInfo(measure).level);
  const names = reportNames(
    reports.flatMap((r) => r.records).filter((r) => r.measure === measure),
    lang
  );
  const target = thresholdName(measure, "all");
  const first = top + 2;
  const rows: PlanCell[][] = territories.map((t, i) => {
    const R = first + i + 1;
    // The territory's key is a literal, not a visible id column: the Summary is for reading.
    const crit: Criterion[] = [
      ["measure", lit(measure)],
      ["territoryId", lit(t.iso ?? t.id)],
    ];
    return [
      territoryLabel(names, t, lang),
      {
        formula: `=IFERROR(${sumifs(lang, "covered", crit)}/${sumifs(lang, "total", crit)},"")`,
      },
      { formula: `=IF(B${R}="","",IF(B${R}<${target},"",B${R}))` },
      { formula: `=IF(B${R}="","",IF(B${R}<${target},B${R},""))` },
    ];
  });
  const chart: PlanChart = {
    name: `Chart_${measure}`,
    title: T.summary.chartTitle(measureName(measure, lang)),
    categories: rangeAddress(first, 0, territories.length, 1),
    series: [
      {
        name: T.summary.atOrAbove,
        values: rangeAddress(first, 2, territories.length, 1),
        color: CHART_COLORS.atOrAbove,
      },
      {
        name: T.summary.below,
        values: rangeAddress(first, 3, territories.length, 1),
        color: CHART_COLORS.below,
      },
    ],
    row: top,
    col: 10,
    widthPt: 390,
    heightPt: 315,
  };
  return {
    height: territories.length + 2,
    chart,
    blocks: [
      {
        row: top,
        col: 0,
        cells: [[T.summary.chartBlockTitle(measureName(measure, lang))]],
        style: "title" as const,
      },
      {
        row: top + 1,
        col: 0,
        cells: [[T.territory, T.summary.coverage, T.summary.atOrAbove, T.summary.below]],
        style: "header" as const,
      },
      { row: first, col: 0, cells: rows, columnFormats: ["@", "0.0%", "0.0%", "0.0%"] },
    ],
  };
}
