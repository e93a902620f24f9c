/**
 * Every text a user reads in the workbook, in each language: titles, notes, table and block
 * headers, the legend, the Check and Status columns' answers, the defined names' comments, the
 * pivot's note, the Map sheet's texts and the slicers' captions. The planners take their text only
 * from here.
 *
 * What is not text here, and so the same in every language: sheet names (SHEETS, VIEW_SHEETS),
 * table names, defined names, functions, and the ids written in cells that formulas match on
 * (measure ids, organisation type ids, ISO territory ids). The report's own words (territory
 * names, the audit's findings) are written as the data core gives them, except that a Kazakh
 * workbook names every territory it knows by its official Kazakh name (territoryNames.ts).
 *
 * Table headers are table column names, which structured references name: unique without case,
 * none equal to another column's header in any other language (so a reload from any language to
 * any other can rename them in place, one by one), and those that formulas name free of the characters a structured reference
 * would escape (' [ ] #); test/workbook/labels.test.ts checks all three.
 *
 * Here: the texts' shape (WorkbookLabels) and the catalogue; each language's texts are in
 * labels/en.ts, labels/ru.ts and labels/kk.ts.
 */
import type { Level } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { AuditKey, CoverageKey, WorkbookLang } from "./layout";
import { EN } from "./labels/en";
import { KK } from "./labels/kk";
import { RU } from "./labels/ru";

export interface WorkbookLabels {
  /** The data table's headers (its column names). */
  coverageColumns: Record<CoverageKey, string>;
  /** What the Level column says. */
  level: Record<Level, string>;
  /** The Check column's answers, and how Check workbook names the ranges it compares. */
  check: {
    ok: string;
    differs: string;
    view: (sheet: string) => string;
    summary: string;
    highlight: string;
    /** A row of the report the data table no longer holds (Check workbook finds rows by key). */
    rowMissing: string;
    /** The data table itself is gone (Check workbook: one line, not one per row). */
    tableMissing: string;
  };
  /** Organisation types as column headers read them (Summary, views). */
  orgTypes: Record<OrgType, string>;
  /** "All loaded types", as a header. */
  allTypes: string;
  period: string;
  territory: string;
  territoryId: string;
  audit: {
    title: string;
    columns: Record<AuditKey, string>;
    /** The Status column's answers. */
    consistent: string;
    differs: string;
    none: string;
  };
  summary: {
    title: string;
    measure: string;
    covered: string;
    total: string;
    stated: string;
    coverage: string;
    chartBlockTitle: (measureName: string) => string;
    chartTitle: (measureName: string) => string;
    atOrAbove: string;
    below: string;
  };
  view: {
    title: (measureName: string, level: Level) => string;
    covered: (group: string) => string;
    total: (group: string) => string;
    share: (group: string) => string;
  };
  settings: {
    title: string;
    period: string;
    factor: string;
    measure: string;
    measureName: string;
    legend: string;
    below: string;
    farBelow: string;
    /** The two lines of the note; `types` lists the type ids with their names. */
    /** The notes under the legend; the last says in one line what needs the add-in. */
    notes: (types: string) => [string, string, string];
    comments: {
      period: string;
      farBelowFactor: string;
      lagMeasures: string;
      lagTypes: string;
      lagGrid: string;
      target: (measure: string, orgType: string) => string;
    };
  };
  trend: {
    title: string;
    national: string;
    compared: string;
    change: string;
    previous: string;
    latest: string;
    points: string;
    covered: string;
    status: string;
    stalling: string;
    projection: string;
    improved: string;
    unchanged: string;
    worse: string;
    stallingMark: string;
    reached: string;
    notAtThisPace: string;
    /** Beside the two periods compared: how many quarters apart they are (the pace is per quarter). */
    apart: string;
    /** The column of how many quarters a territory needs to reach 100% at its latest pace. */
    quarters: string;
    chartTitle: (measureName: string) => string;
  };
  /** A1 of the Pivot sheet. */
  pivotNote: string;
  /** The comment of the =COVERAGE(…) name (its parameters are the LAMBDA's, in English). */
  coverageNameComment: string;
  /** Where the ExcelJS writer, which cannot draw charts, leaves a chart's place. */
  chartPlaceholder: (title: string) => string;
  /** The printed pages' header: what the workbook is, for the period (in words). */
  printTitle: (period: string) => string;
  /** The Map sheet, and the note that stands where the slicers would be in an .xlsx. */
  map: {
    title: string;
    /** How to use the sheet, one line under the title. */
    note: string;
    measure: string;
    orgType: string;
    period: string;
    /** The heading of the id column beside the selectors and the lists. */
    id: string;
    /** The lists the dropdowns read. */
    lists: string;
    regions: string;
    cities: string;
    /** The legend (a tile without a figure shows MAP_NO_FIGURE, the same in every language). */
    legend: string;
    /** The .xlsx's note where the Office.js writer puts the slicers. */
    slicersNote: string;
    /** The slicers' captions: the data table's period, measure and type. */
    slicerCaptions: { period: string; measure: string; orgType: string };
  };
}
/** The catalogue: one entry per language, each with every text (the type sees to it). */
export const WORKBOOK_LABELS: Readonly<Record<WorkbookLang, WorkbookLabels>> = {
  en: EN,
  ru: RU,
  kk: KK,
};

export function workbookLabels(lang: WorkbookLang): WorkbookLabels {
  return WORKBOOK_LABELS[lang];
}
