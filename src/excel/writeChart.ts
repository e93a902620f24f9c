import { type HostNotice, notice } from "../host/hostMessages";
import { cellAddress } from "../workbook/a1";
import type { PlanChart } from "../workbook/plan";
import { payloadBytes, SETTER_BYTES, type SyncBudget } from "./budget";
import { hasExcelApi } from "./requirements";

/**
 * One bar chart per plan chart. Series from ranges need ExcelApi 1.7 (ChartSeriesCollection.add,
 * ChartSeries.setValues/setXAxisValues); the bars' overlap 1.8 (ChartSeries.overlap). Placed with
 * Chart.setPosition at the plan's cell, sized in points (Chart.width/height are in points).
 */
export async function queueCharts(
  ws: Excel.Worksheet,
  sheetName: string,
  charts: readonly PlanChart[],
  budget: SyncBudget,
  warnings: HostNotice[]
): Promise<void> {
  if (charts.length === 0) return;
  if (!hasExcelApi("1.7")) {
    warnings.push(notice("charts-need-1.7", { sheet: sheetName }));
    return;
  }
  for (const chart of charts) {
    // Each chart is some 10 calls and setters, and 4 more per further series.
    await budget.reserve(payloadBytes(chart) + SETTER_BYTES * (10 + 4 * chart.series.length));
    const c = ws.charts.add(
      chart.type === "line" ? Excel.ChartType.line : Excel.ChartType.barClustered,
      ws.getRange(chart.series[0].values),
      Excel.ChartSeriesBy.columns
    );
    c.name = chart.name;
    c.title.text = chart.title;
    c.legend.position = Excel.ChartLegendPosition.bottom;
    const first = c.series.getItemAt(0);
    first.name = chart.series[0].name;
    first.setXAxisValues(ws.getRange(chart.categories));
    // A bar shows its fill; a line shows its line format (the fill does not colour a line).
    const colour = (series: Excel.ChartSeries, color: string) => {
      if (chart.type === "line") series.format.line.color = color;
      else series.format.fill.setSolidColor(color);
    };
    colour(first, chart.series[0].color);
    for (const s of chart.series.slice(1)) {
      const added = c.series.add(s.name);
      added.setValues(ws.getRange(s.values));
      added.setXAxisValues(ws.getRange(chart.categories));
      colour(added, s.color);
    }
    // Full overlap: a territory's bar is either blue or red, drawn in one place.
    if (chart.type !== "line" && hasExcelApi("1.8")) first.overlap = 100;
    c.setPosition(cellAddress(chart.row, chart.col));
    c.width = chart.widthPt;
    c.height = chart.heightPt;
  }
}
