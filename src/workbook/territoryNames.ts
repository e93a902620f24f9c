import { COUNTRY, territoryById } from "../domain/territories";
import type { WorkbookLang } from "./layout";

/**
 * How the workbook names a territory, wherever it names one (the data table's Territory and Region
 * columns, the views, Summary, Trend, Audit): in a Kazakh workbook by its official Kazakh name
 * ("Алматы облысы", "Қарағанды және Теміртау"); in English and Russian as the report wrote it
 * (`reportName`), else by the gazetteer's Russian name. An id the gazetteer does not know keeps the
 * report's name, or the id. Only the name changes: the ids the formulas match on are the same in
 * every language.
 */
export function workbookTerritoryName(
  id: string,
  reportName: string | undefined,
  lang: WorkbookLang
): string {
  const t = territoryById(id);
  if (lang === "kk" && t) return t.nameKk;
  return reportName ?? t?.nameRu ?? id;
}

/** The whole country, as the views' total row names it. */
export function countryName(lang: WorkbookLang): string {
  return lang === "kk" ? COUNTRY.nameKk : COUNTRY.nameRu;
}
