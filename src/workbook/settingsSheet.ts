import { measureName } from "../domain/lang";
import { type Measure, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES, type OrgTypeOrAll } from "../domain/orgTypes";
import { cellAddress, columnLetter, sheetRef } from "./a1";
import { sumifs } from "./criteria";
import { workbookLabels } from "./labels";
import {
  ALL_TYPES,
  type CoverageKey,
  NAMES,
  type PlanOptions,
  SHEETS,
  thresholdName,
  type WorkbookLang,
} from "./layout";
import { emptySheet, type PlanCell, type PlanName, type PlanSheet } from "./plan";

/** Where things stand on the Settings sheet (0-based). */
export const SETTINGS_LAYOUT = {
  periodCell: { row: 2, col: 1 },
  factorCell: { row: 3, col: 1 },
  gridHeaderRow: 5,
  gridFirstRow: 6,
  legendRow: 12,
} as const;

/** Where a measure and type's target stands on the Settings sheet (A1, on that sheet). */
export function targetAddress(measure: Measure, orgType: OrgTypeOrAll): string {
  return cellAddress(
    SETTINGS_LAYOUT.gridFirstRow + MEASURE_IDS.indexOf(measure),
    1 + ALL_TYPES.indexOf(orgType)
  );
}

/**
 * The default target: the national coverage of the report period, as a formula over the data
 * table, whose column names are in the workbook's language `lang`.
 */
export function defaultTarget(
  measure: Measure,
  orgType: OrgTypeOrAll,
  lang: WorkbookLang
): PlanCell {
  const L = SETTINGS_LAYOUT;
  const r = L.gridFirstRow + MEASURE_IDS.indexOf(measure);
  // The type id from the header row above (row absolute, column relative: B$6).
  const header = `${columnLetter(1 + ALL_TYPES.indexOf(orgType))}$${L.gridHeaderRow + 1}`;
  const typeCriterion: Array<[CoverageKey, string]> =
    orgType === "all" ? [] : [["orgType", header]];
  const m: [CoverageKey, string] = ["measure", `$A${r + 1}`];
  return {
    formula: `=IFERROR(${sumifs(lang, "covered", [m, ...typeCriterion])}/${sumifs(lang, "total", [m, ...typeCriterion])},0)`,
  };
}

/**
 * The lagging rule in cells: per measure and type the target (default: the national coverage, a
 * formula; the user may type a fixed share instead) and the "far below" factor. Every rule in the
 * workbook reads these cells through defined names, so a new target recolours at once.
 */
export function planSettings(options: PlanOptions): { sheet: PlanSheet; names: PlanName[] } {
  const sheet = emptySheet(SHEETS.settings, "#7F7F7F");
  const L = SETTINGS_LAYOUT;
  const { lang } = options;
  const T = workbookLabels(lang).settings;
  sheet.blocks.push({ row: 0, col: 0, cells: [[T.title]], style: "title" });
  sheet.blocks.push({
    row: L.periodCell.row,
    col: 0,
    cells: [[T.period], [T.factor]],
  });
  sheet.blocks.push({ row: L.periodCell.row, col: 1, cells: [[options.period]], style: "input" });
  sheet.blocks.push({
    row: L.factorCell.row,
    col: 1,
    cells: [[options.farBelowFactor]],
    columnFormats: ["0%"],
    style: "input",
  });

  // The grid: measures down, types across; the header row holds the ids the formulas match on.
  sheet.blocks.push({
    row: L.gridHeaderRow,
    col: 0,
    cells: [[T.measure, ...ALL_TYPES, T.measureName]],
    style: "header",
  });
  const rows: PlanCell[][] = MEASURE_IDS.map((measure) => {
    const targets = ALL_TYPES.map(
      (orgType): PlanCell =>
        options.thresholds[`${measure}|${orgType}`] ?? defaultTarget(measure, orgType, lang)
    );
    return [measure, ...targets, measureName(measure, lang)];
  });
  sheet.blocks.push({
    row: L.gridFirstRow,
    col: 0,
    cells: rows,
    columnFormats: [null, "0.0%", "0.0%", "0.0%", "0.0%", null],
    style: "input",
  });

  sheet.blocks.push({
    row: L.legendRow,
    col: 0,
    cells: [[T.legend]],
    style: "header",
  });
  sheet.blocks.push({
    row: L.legendRow + 1,
    col: 0,
    cells: [[T.below]],
    style: "legendBelow",
  });
  sheet.blocks.push({
    row: L.legendRow + 2,
    col: 0,
    cells: [[T.farBelow]],
    style: "legendFarBelow",
  });
  sheet.blocks.push({
    row: L.legendRow + 4,
    col: 0,
    cells: T.notes(ORG_TYPES.map((t) => `${t} = ${ORG_TYPE_NAMES[t][lang]}`).join(", ")).map(
      (line) => [line]
    ),
    style: "note",
  });
  sheet.columnWidths = { 0: 40, 1: 14, 2: 14, 3: 14, 4: 14, 5: 40 };

  const s = sheetRef(SHEETS.settings);
  const abs = (row: number, col: number) => `${s}!${cellAddress(row, col, true)}`;
  const last = L.gridFirstRow + MEASURE_IDS.length - 1;
  const names: PlanName[] = [
    {
      name: NAMES.period,
      refersTo: `=${abs(L.periodCell.row, L.periodCell.col)}`,
      comment: T.comments.period,
    },
    {
      name: NAMES.farBelowFactor,
      refersTo: `=${abs(L.factorCell.row, L.factorCell.col)}`,
      comment: T.comments.farBelowFactor,
    },
    {
      name: NAMES.lagMeasures,
      refersTo: `=${abs(L.gridFirstRow, 0)}:${cellAddress(last, 0, true)}`,
      comment: T.comments.lagMeasures,
    },
    {
      name: NAMES.lagTypes,
      refersTo: `=${abs(L.gridHeaderRow, 1)}:${cellAddress(L.gridHeaderRow, ALL_TYPES.length, true)}`,
      comment: T.comments.lagTypes,
    },
    {
      name: NAMES.lagGrid,
      refersTo: `=${abs(L.gridFirstRow, 1)}:${cellAddress(last, ALL_TYPES.length, true)}`,
      comment: T.comments.lagGrid,
    },
  ];
  MEASURE_IDS.forEach((measure, i) =>
    ALL_TYPES.forEach((orgType, j) =>
      names.push({
        name: thresholdName(measure, orgType),
        refersTo: `=${abs(L.gridFirstRow + i, 1 + j)}`,
        comment: T.comments.target(measure, orgType),
      })
    )
  );
  return { sheet, names };
}
