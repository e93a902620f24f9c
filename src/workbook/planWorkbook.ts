import { auditPeriods } from "../analysis/audit";
import { MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import type { Report } from "../domain/report";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { planAudit } from "./auditSheet";
import { COLUMN_INDEX, planCoverageTable } from "./coverageTable";
import { laggingRules } from "./highlight";
import { workbookLabels } from "./labels";
import { DATA_TABLE, DEFAULT_FAR_BELOW_FACTOR, NAMES, type PlanOptions, SHEETS } from "./layout";
import { planMap, planSlicers } from "./mapSheet";
import { planMeasureView } from "./measureViews";
import { emptySheet, type WorkbookPlan } from "./plan";
import { planSettings } from "./settingsSheet";
import { planSummary } from "./summarySheet";
import { workbookTerritoryName } from "./territoryNames";
import { withPrint } from "./print";
import { planTrend } from "./trendSheet";

export function defaultPlanOptions(reports: readonly Report[]): PlanOptions {
  const periods = reports.map((r) => r.period ?? "unknown").sort();
  return {
    measures: MEASURE_IDS,
    orgTypes: ORG_TYPES,
    period: periods[periods.length - 1] ?? "unknown",
    farBelowFactor: DEFAULT_FAR_BELOW_FACTOR,
    thresholds: {},
    lang: "en",
  };
}

/**
 * The whole workbook as data: Summary, one view per measure, the Coverage table, Audit and
 * Settings, the defined names the rules read, and the starter pivot. Pure: no Excel here.
 */
export function planWorkbook(
  reports: readonly Report[],
  overrides: Partial<PlanOptions> = {}
): WorkbookPlan {
  const defaults = defaultPlanOptions(reports);
  const options: PlanOptions = { ...defaults, ...overrides, lang: overrides.lang ?? defaults.lang };
  const records = reports
    .flatMap((r) => r.records)
    .filter((r) => options.measures.includes(r.measure) && options.orgTypes.includes(r.orgType));

  const data = emptySheet(SHEETS.data, "#404040");
  const { lang } = options;
  const table = planCoverageTable(records, lang);
  data.tables.push(table);
  data.freeze = { rows: 1, cols: 0 };
  data.columnWidths = Object.fromEntries(
    table.columns.map((c, i) => [i, Math.max(10, Math.min(40, c.name.length + 4))])
  );
  data.columnWidths[COLUMN_INDEX.measureName] = 34;
  data.columnWidths[COLUMN_INDEX.territory] = 26;
  // Room for a footnote's words where the report has any; else the column stays narrow.
  if (records.some((r) => r.footnotes?.length)) data.columnWidths[COLUMN_INDEX.footnote] = 40;
  if (records.length > 0) {
    const cov = COLUMN_INDEX.coverage;
    const target = `INDEX(${NAMES.lagGrid},MATCH($${columnLetter(COLUMN_INDEX.measure)}2,${NAMES.lagMeasures},0),MATCH($${columnLetter(COLUMN_INDEX.orgType)}2,${NAMES.lagTypes},0))`;
    data.conditionalFormats.push(
      ...laggingRules(rangeAddress(1, cov, records.length, 1), `$${cellAddress(1, cov)}`, target)
    );
  }

  const settings = planSettings(options);
  const views = options.measures.map((m) => planMeasureView(m, records, options));
  // The Audit names a territory as the data table does in that period (else in any period).
  const names = new Map<string, string>();
  for (const r of records) {
    const name = workbookTerritoryName(r.territoryId, r.territoryName, lang);
    names.set(`${r.period}|${r.territoryId}`, name);
    if (!names.has(r.territoryId)) names.set(r.territoryId, name);
  }
  const audit = planAudit(
    auditPeriods(reports),
    lang,
    (period, id) => names.get(`${period}|${id}`) ?? names.get(id)
  );
  const columns = workbookLabels(lang).coverageColumns;
  const trend = planTrend(reports, options);
  const summary = planSummary(reports, options);
  const periods = reports.map((r) => r.period ?? "unknown");
  return {
    options,
    periods,
    sheets: withPrint(
      [
        summary,
        planMap(periods, options),
        ...(trend ? [trend] : []),
        ...views,
        data,
        audit,
        settings.sheet,
      ],
      lang,
      options.period
    ),
    names: settings.names,
    pivot: {
      name: "CoveragePivot",
      sheet: SHEETS.pivot,
      note: workbookLabels(lang).pivotNote,
      sourceTable: DATA_TABLE,
      // Pivot fields are the data table's column names, in the plan's language.
      rows: [columns.territory],
      columns: [columns.orgType],
      values: [columns.covered, columns.total],
      filters: [columns.measure],
    },
    slicers: planSlicers(summary, options),
  };
}
