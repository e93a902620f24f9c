import { measureInfo } from "../domain/measures";
import { ORG_TYPE_NAMES } from "../domain/orgTypes";
import type { CoverageRecord } from "../domain/report";
import { territoryById } from "../domain/territories";
import { DATA_TABLE } from "./layout";
import type { PlanColumn, PlanTable, Scalar } from "./plan";

const r = (column: string) => `${DATA_TABLE}[[#This Row],[${column}]]`;

/**
 * The data table's columns. Formulas use the stored structured-reference form
 * (Coverage[[#This Row],[Covered]]): Excel accepts it and LibreOffice rejects the [@Covered] shorthand.
 */
export const COVERAGE_COLUMNS: readonly PlanColumn[] = [
  { name: "Period", text: true },
  { name: "Measure", text: true },
  { name: "Measure name", text: true },
  { name: "Level", text: true },
  { name: "Territory", text: true },
  { name: "Territory ID", text: true },
  { name: "Region", text: true },
  { name: "Org type", text: true },
  { name: "Org type name", text: true },
  { name: "Covered", numberFormat: "0" },
  { name: "Total", numberFormat: "0" },
  { name: "Uncovered", numberFormat: "0", formula: `=${r("Total")}-${r("Covered")}` },
  {
    name: "Coverage",
    numberFormat: "0.0%",
    formula: `=IF(${r("Total")}=0,"",${r("Covered")}/${r("Total")})`,
  },
  { name: "Stated %", numberFormat: "0%" },
  {
    name: "Check",
    text: true,
    formula: `=IF(ROUND(${r("Coverage")}*100,0)=ROUND(${r("Stated %")}*100,0),"OK","differs from stated")`,
  },
  { name: "Source line", numberFormat: "0" },
];

export const COLUMN_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  COVERAGE_COLUMNS.map((c, i) => [c.name, i])
);

function recordRow(rec: CoverageRecord): Scalar[] {
  const t = territoryById(rec.territoryId);
  const region =
    t && t.kind === "city-group" ? (territoryById(t.regionId)?.nameRu ?? "") : (t?.nameRu ?? "");
  const info = measureInfo(rec.measure);
  return [
    rec.period,
    rec.measure,
    info.nameRu,
    info.level === "region" ? "region" : "city",
    rec.territoryName,
    t?.iso ?? rec.territoryId,
    region,
    rec.orgType,
    ORG_TYPE_NAMES[rec.orgType].ru,
    rec.covered,
    rec.total,
    null,
    null,
    rec.statedPercent / 100,
    null,
    rec.line,
  ];
}

/** One row per period × measure × territory × organisation type, in the report's order. */
export function planCoverageTable(records: readonly CoverageRecord[]): PlanTable {
  return {
    name: DATA_TABLE,
    row: 0,
    col: 0,
    columns: [...COVERAGE_COLUMNS],
    rows: records.map(recordRow),
    style: "TableStyleMedium2",
  };
}
