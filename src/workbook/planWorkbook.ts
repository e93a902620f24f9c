import { auditReport } from "../analysis/audit";
import { MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import type { Report } from "../domain/report";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { planAudit } from "./auditSheet";
import { COLUMN_INDEX, planCoverageTable } from "./coverageTable";
import { laggingRules } from "./highlight";
import { DATA_TABLE, DEFAULT_FAR_BELOW_FACTOR, NAMES, type PlanOptions, SHEETS } from "./layout";
import { planMeasureView } from "./measureViews";
import { emptySheet, type WorkbookPlan } from "./plan";
import { planSettings } from "./settingsSheet";
import { planSummary } from "./summarySheet";

export function defaultPlanOptions(reports: readonly Report[]): PlanOptions {
  const periods = reports.map((r) => r.period ?? "unknown").sort();
  return {
    measures: MEASURE_IDS,
    orgTypes: ORG_TYPES,
    period: periods[periods.length - 1] ?? "unknown",
    farBelowFactor: DEFAULT_FAR_BELOW_FACTOR,
    thresholds: {},
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
  const options: PlanOptions = { ...defaultPlanOptions(reports), ...overrides };
  const records = reports
    .flatMap((r) => r.records)
    .filter((r) => options.measures.includes(r.measure) && options.orgTypes.includes(r.orgType));

  const data = emptySheet(SHEETS.data, "#404040");
  const table = planCoverageTable(records);
  data.tables.push(table);
  data.freeze = { rows: 1, cols: 0 };
  data.columnWidths = Object.fromEntries(
    table.columns.map((c, i) => [i, Math.max(10, Math.min(40, c.name.length + 4))])
  );
  data.columnWidths[COLUMN_INDEX["Measure name"]] = 34;
  data.columnWidths[COLUMN_INDEX.Territory] = 26;
  if (records.length > 0) {
    const cov = COLUMN_INDEX.Coverage;
    const target = `INDEX(${NAMES.lagGrid},MATCH($${columnLetter(COLUMN_INDEX.Measure)}2,${NAMES.lagMeasures},0),MATCH($${columnLetter(COLUMN_INDEX["Org type"])}2,${NAMES.lagTypes},0))`;
    data.conditionalFormats.push(
      ...laggingRules(rangeAddress(1, cov, records.length, 1), `$${cellAddress(1, cov)}`, target)
    );
  }

  const settings = planSettings(options);
  const views = options.measures.map((m) => planMeasureView(m, records, options));
  const audit = planAudit(
    reports.map((r) => ({ period: r.period ?? "unknown", findings: auditReport(r) }))
  );
  return {
    options,
    periods: reports.map((r) => r.period ?? "unknown"),
    sheets: [planSummary(reports, options), ...views, data, audit, settings.sheet],
    names: settings.names,
    pivot: {
      name: "CoveragePivot",
      sheet: SHEETS.pivot,
      sourceTable: DATA_TABLE,
      rows: ["Territory"],
      columns: ["Org type"],
      values: ["Covered", "Total"],
      filters: ["Measure"],
    },
  };
}
