import { measureName } from "../domain/lang";
import { type Measure, measureInfo } from "../domain/measures";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord } from "../domain/report";
import { type Territory, territoriesAt } from "../domain/territories";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { lit, sumifs } from "./criteria";
import { laggingRules } from "./highlight";
import { workbookLabels } from "./labels";
import {
  type CoverageKey,
  NAMES,
  type PlanOptions,
  thresholdName,
  VIEW_SHEETS,
  type WorkbookLang,
} from "./layout";
import { emptySheet, type PlanCell, type PlanSheet } from "./plan";
import { countryName, workbookTerritoryName } from "./territoryNames";

export const VIEW_LAYOUT = { headerRow: 3, firstRow: 4, firstGroupCol: 2 } as const;

/**
 * The name the workbook gives each territory: the report's own (latest record), or in a Kazakh
 * workbook the official Kazakh one (territoryNames.ts); `territoryLabel` below falls back on the
 * gazetteer for a territory the records do not name.
 */
export function reportNames(
  records: readonly CoverageRecord[],
  lang: WorkbookLang
): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records)
    names.set(r.territoryId, workbookTerritoryName(r.territoryId, r.territoryName, lang));
  return names;
}

/** A gazetteer territory as a row names it: from `names` (reportNames), else the workbook's name for it. */
export function territoryLabel(
  names: ReadonlyMap<string, string>,
  t: Territory,
  lang: WorkbookLang
): string {
  return names.get(t.id) ?? workbookTerritoryName(t.id, undefined, lang);
}

/** The view's type groups: the loaded types, then all of them together. */
export function viewGroups(options: PlanOptions): OrgTypeOrAll[] {
  return [...options.orgTypes, "all"];
}

/**
 * One sheet per measure laid out like the report: territories down, types across, covered /
 * total / coverage by SUMIFS over the data table, so an edit in the table flows through.
 */
export function planMeasureView(
  measure: Measure,
  records: readonly CoverageRecord[],
  options: PlanOptions
): PlanSheet {
  const info = measureInfo(measure);
  const { lang } = options;
  const W = workbookLabels(lang);
  const sheet = emptySheet(VIEW_SHEETS[measure], "#2F75B5");
  const L = VIEW_LAYOUT;
  const groups = viewGroups(options);
  const territories = territoriesAt(info.level);
  const names = reportNames(
    records.filter((r) => r.measure === measure),
    lang
  );

  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [[W.view.title(measureName(measure, lang), info.level)]],
    style: "title",
  });
  sheet.blocks.push({ row: 1, col: 0, cells: [[W.period, { formula: `=${NAMES.period}` }]] });

  const header: PlanCell[] = [W.territory, W.territoryId];
  for (const g of groups) {
    const label = g === "all" ? W.allTypes : W.orgTypes[g];
    header.push(W.view.covered(label), W.view.total(label), W.view.share(label));
  }
  sheet.blocks.push({ row: L.headerRow, col: 0, cells: [header], style: "header" });

  const rows: PlanCell[][] = territories.map((t, i) => {
    const R = L.firstRow + i + 1; // 1-based row of this line
    const row: PlanCell[] = [territoryLabel(names, t, lang), t.iso ?? t.id];
    groups.forEach((g, k) => {
      const c = L.firstGroupCol + 3 * k;
      const crit: Array<[CoverageKey, string]> = [
        ["measure", lit(measure)],
        ["territoryId", `$B${R}`],
        ...(g === "all" ? [] : [["orgType", lit(g)] as [CoverageKey, string]]),
      ];
      row.push(
        { formula: `=${sumifs(lang, "covered", crit)}` },
        { formula: `=${sumifs(lang, "total", crit)}` }
      );
      row.push({
        formula: `=IF(${columnLetter(c + 1)}${R}=0,"",${columnLetter(c)}${R}/${columnLetter(c + 1)}${R})`,
      });
    });
    return row;
  });
  const formats = ["@", "@", ...groups.flatMap(() => ["0", "0", "0.0%"])];
  sheet.blocks.push({ row: L.firstRow, col: 0, cells: rows, columnFormats: formats });

  const totalRow = L.firstRow + territories.length;
  const T = totalRow + 1;
  const first = L.firstRow + 1;
  const last = totalRow;
  const totals: PlanCell[] = [countryName(lang), "KZ"];
  groups.forEach((_, k) => {
    const c = L.firstGroupCol + 3 * k;
    const [cv, tt] = [columnLetter(c), columnLetter(c + 1)];
    totals.push(
      { formula: `=SUM(${cv}${first}:${cv}${last})` },
      { formula: `=SUM(${tt}${first}:${tt}${last})` }
    );
    totals.push({ formula: `=IF(${tt}${T}=0,"",${cv}${T}/${tt}${T})` });
  });
  sheet.blocks.push({
    row: totalRow,
    col: 0,
    cells: [totals],
    columnFormats: formats,
    style: "total",
  });

  groups.forEach((g, k) => {
    const pctCol = L.firstGroupCol + 3 * k + 2;
    const range = rangeAddress(L.firstRow, pctCol, territories.length, 1);
    sheet.conditionalFormats.push(
      ...laggingRules(range, cellAddress(L.firstRow, pctCol), thresholdName(measure, g))
    );
  });

  sheet.columnWidths = {
    0: 28,
    1: 22,
    ...Object.fromEntries(
      groups.flatMap((_, k) => [0, 1, 2].map((j) => [L.firstGroupCol + 3 * k + j, 14]))
    ),
  };
  sheet.freeze = { rows: L.firstRow, cols: 1 };
  return sheet;
}
