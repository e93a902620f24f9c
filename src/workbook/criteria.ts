import { workbookLabels } from "./labels";
import { type CoverageKey, DATA_TABLE, NAMES, type WorkbookLang } from "./layout";

/** A data-table column as a structured reference, by its name in `lang`: CoverageData[Охвачено]. */
export function dataColumn(lang: WorkbookLang, key: CoverageKey): string {
  return `${DATA_TABLE}[${workbookLabels(lang).coverageColumns[key]}]`;
}

/** SUMIFS over the data table for the report period, with extra (column, criterion) pairs. */
export function sumifs(
  lang: WorkbookLang,
  valueColumn: "covered" | "total",
  criteria: ReadonlyArray<[CoverageKey, string]>
): string {
  return sumifsIn(lang, valueColumn, NAMES.period, criteria);
}

/** The same for the period that `period` names (a cell, a name or a quoted literal). */
export function sumifsIn(
  lang: WorkbookLang,
  valueColumn: "covered" | "total",
  period: string,
  criteria: ReadonlyArray<[CoverageKey, string]>
): string {
  const parts = [
    `${dataColumn(lang, "period")},${period}`,
    ...criteria.map(([col, crit]) => `${dataColumn(lang, col)},${crit}`),
  ];
  return `SUMIFS(${dataColumn(lang, valueColumn)},${parts.join(",")})`;
}

/** Covered ÷ total for a period and criteria, "" where there is no base. */
export function shareIn(
  lang: WorkbookLang,
  period: string,
  criteria: ReadonlyArray<[CoverageKey, string]>
): string {
  return `IFERROR(${sumifsIn(lang, "covered", period, criteria)}/${sumifsIn(lang, "total", period, criteria)},"")`;
}

/** A quoted formula string literal. */
export function lit(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
