import { measureName } from "../domain/lang";
import { measureInfo } from "../domain/measures";
import { ORG_TYPE_NAMES } from "../domain/orgTypes";
import type { CoverageRecord } from "../domain/report";
import { territoryById } from "../domain/territories";
import { lit } from "./criteria";
import { workbookLabels } from "./labels";
import {
  COVERAGE_KEYS,
  type CoverageKey,
  DATA_TABLE,
  WORKBOOK_LANGS,
  type WorkbookLang,
} from "./layout";
import type { PlanColumn, PlanTable, Scalar } from "./plan";
import { workbookTerritoryName } from "./territoryNames";

/** Where each column stands, by key: the same in every language (headers are not looked up). */
export const COLUMN_INDEX: Readonly<Record<CoverageKey, number>> = Object.fromEntries(
  COVERAGE_KEYS.map((k, i) => [k, i])
) as Record<CoverageKey, number>;

/**
 * Where each column stands in a table as the workbook holds it now, found by its header in any
 * of the workbook's languages (`first` tried first: the workbook's own; case ignored, as Excel
 * compares names): the user may have moved columns or put their own between them. A header not
 * found is not in the map.
 */
export function columnsByHeader(
  headers: readonly unknown[],
  first: WorkbookLang = "en"
): Partial<Record<CoverageKey, number>> {
  const at = new Map(headers.map((h, i) => [String(h).trim().toLowerCase(), i]));
  const found: Partial<Record<CoverageKey, number>> = {};
  const langs = [first, ...WORKBOOK_LANGS.filter((l) => l !== first)];
  for (const key of COVERAGE_KEYS)
    for (const lang of langs) {
      const i = at.get(workbookLabels(lang).coverageColumns[key].toLowerCase());
      if (i !== undefined) {
        found[key] = i;
        break;
      }
    }
  return found;
}

/** The data columns' formats; the formula columns are made in coverageColumns. */
const FORMATS: Readonly<Record<CoverageKey, Omit<PlanColumn, "name" | "formula">>> = {
  period: { text: true },
  measure: { text: true },
  measureName: { text: true },
  level: { text: true },
  territory: { text: true },
  territoryId: { text: true },
  region: { text: true },
  orgType: { text: true },
  orgTypeName: { text: true },
  covered: { numberFormat: "0" },
  total: { numberFormat: "0" },
  uncovered: { numberFormat: "0" },
  coverage: { numberFormat: "0.0%" },
  stated: { numberFormat: "0%" },
  check: { text: true },
  sourceLine: { numberFormat: "0" },
  footnote: { text: true },
};

/**
 * The data table's columns in `lang`: the headers from the catalogue, and the formula columns
 * built from the same headers. Formulas use the stored structured-reference form
 * (CoverageData[[#This Row],[Covered]]): Excel accepts it and LibreOffice rejects the [@Covered] shorthand.
 */
export function coverageColumns(lang: WorkbookLang): PlanColumn[] {
  const L = workbookLabels(lang);
  const r = (key: CoverageKey) => `${DATA_TABLE}[[#This Row],[${L.coverageColumns[key]}]]`;
  const formulas: Partial<Record<CoverageKey, string>> = {
    uncovered: `=${r("total")}-${r("covered")}`,
    coverage: `=IF(${r("total")}=0,"",${r("covered")}/${r("total")})`,
    check: `=IF(ROUND(${r("coverage")}*100,0)=ROUND(${r("stated")}*100,0),${lit(L.check.ok)},${lit(L.check.differs)})`,
  };
  return COVERAGE_KEYS.map((key) => ({
    name: L.coverageColumns[key],
    ...FORMATS[key],
    ...(formulas[key] ? { formula: formulas[key] } : {}),
  }));
}

function recordRow(rec: CoverageRecord, lang: WorkbookLang): Scalar[] {
  const t = territoryById(rec.territoryId);
  // The region a city group lies in, or the region itself, named as the workbook names territories.
  const regionId = t ? (t.kind === "city-group" ? t.regionId : t.id) : undefined;
  const region =
    regionId && territoryById(regionId) ? workbookTerritoryName(regionId, undefined, lang) : "";
  const info = measureInfo(rec.measure);
  const row: Record<CoverageKey, Scalar> = {
    period: rec.period,
    measure: rec.measure,
    measureName: measureName(rec.measure, lang),
    level: workbookLabels(lang).level[info.level],
    territory: workbookTerritoryName(rec.territoryId, rec.territoryName, lang),
    territoryId: t?.iso ?? rec.territoryId,
    region,
    orgType: rec.orgType,
    orgTypeName: ORG_TYPE_NAMES[rec.orgType][lang],
    covered: rec.covered,
    total: rec.total,
    uncovered: null,
    coverage: null,
    stated: rec.statedPercent / 100,
    check: null,
    sourceLine: rec.line,
    // The footnotes whose marks the item carries, as the report words them: "* на 1 апреля".
    footnote: (rec.footnotes ?? []).map((f) => `${f.mark} ${f.text}`).join("; "),
  };
  return COVERAGE_KEYS.map((k) => row[k]);
}

/** One row per period × measure × territory × organisation type, in the report's order. */
export function planCoverageTable(
  records: readonly CoverageRecord[],
  lang: WorkbookLang = "en"
): PlanTable {
  return {
    name: DATA_TABLE,
    row: 0,
    col: 0,
    columns: coverageColumns(lang),
    otherHeaders: WORKBOOK_LANGS.filter((l) => l !== lang).map((l) =>
      coverageColumns(l).map((c) => c.name)
    ),
    rows: records.map((rec) => recordRow(rec, lang)),
    style: "TableStyleMedium2",
    addedColumns: COVERAGE_KEYS.length - 1 - COVERAGE_KEYS.indexOf("sourceLine"),
  };
}
