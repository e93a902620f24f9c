/**
 * A workbook plan: a pure description of what the add-in puts into a workbook. The Office.js
 * writer (src/excel) and the ExcelJS writer (src/xlsx) execute the same plan. Positions are 0-based.
 *
 * Text is always text: a writer must store a string value literally even when it starts with
 * "=", "+", "-" or "@". Only `{ formula }` cells, which the planners write themselves, are formulas.
 */

import type { PlanOptions } from "./layout";

export type Scalar = string | number | boolean | null;
export type PlanCell = Scalar | { formula: string };

export type BlockStyle =
  "title" | "header" | "note" | "total" | "legendBelow" | "legendFarBelow" | "input";

/** A rectangle of cells written in one go. */
export interface PlanBlock {
  row: number;
  col: number;
  cells: PlanCell[][];
  /** Number format per column of the block (null: General). */
  columnFormats?: readonly (string | null)[];
  style?: BlockStyle;
}

export interface PlanColumn {
  name: string;
  /** A formula column holds the same structured-reference formula in every row. */
  formula?: string;
  numberFormat?: string;
  /** Report text (names): written as text whatever its first character. */
  text?: boolean;
}

/** An Excel table (ListObject): one header row, no merged cells, one type per column. */
export interface PlanTable {
  name: string;
  row: number;
  col: number;
  columns: PlanColumn[];
  /** One array per data row, one entry per column; columns with a `formula` hold null. */
  rows: PlanCell[][];
  style: string;
  /**
   * The same columns' headers in the workbook's other languages. A table that stands with one of
   * these header rows (loaded earlier in another language) is this table: a reload renames its
   * headers in place instead of rebuilding it.
   */
  otherHeaders?: string[][];
  /**
   * How many of the last columns a version before them did not write. A kept table that lacks
   * only those grows them (TableColumnCollection.add), instead of being rebuilt under the user's
   * formulas and pivots.
   */
  addedColumns?: number;
}

/**
 * How a table's header row in the workbook compares with the plan's: the same, the same columns
 * in another language ("renamed": the reload writes the plan's headers), or not this layout (null).
 */
export function headerMatch(
  headers: readonly string[],
  table: PlanTable
): "same" | "renamed" | null {
  return matchHeaders(headers, table)?.kind ?? null;
}

/**
 * headerMatch, and how many of the plan's last columns the table lacks: none, or up to the
 * table's `addedColumns` (a table an earlier version wrote, which the reload grows).
 */
export function matchHeaders(
  headers: readonly string[],
  table: PlanTable
): { kind: "same" | "renamed"; missing: number } | null {
  const prefixOf = (names: readonly string[]) =>
    headers.length <= names.length && headers.every((h, i) => h === names[i]);
  const missing = table.columns.length - headers.length;
  if (missing < 0 || missing > (table.addedColumns ?? 0)) return null;
  if (prefixOf(table.columns.map((c) => c.name))) return { kind: "same", missing };
  return (table.otherHeaders ?? []).some(prefixOf) ? { kind: "renamed", missing } : null;
}

/** A formula rule: `formula` is written for the range's top-left cell, relative references move with the cell. */
export interface PlanConditionalFormat {
  range: string;
  formula: string;
  fill: string;
  fontColor: string;
  /** 1 is evaluated first. */
  priority: number;
  stopIfTrue: boolean;
  /** What the rule means, for the legend and for tests. */
  meaning: "below" | "farBelow" | "improved" | "unchanged" | "worse";
}

export interface PlanChart {
  name: string;
  title: string;
  /** Bars (the default) or lines (a series over periods). */
  type?: "bar" | "line";
  /** Category labels (territory names) and series, as A1 ranges on the chart's sheet. */
  categories: string;
  series: Array<{ name: string; values: string; color: string }>;
  row: number;
  col: number;
  /** Size in points (Excel's unit for Chart.width/height). */
  widthPt: number;
  heightPt: number;
}

/**
 * A dropdown: the cells of `range` accept only the values listed in `listSource`, a single column
 * or row of this sheet (A1, no sheet name), offered in an in-cell dropdown.
 */
export interface PlanDataValidation {
  range: string;
  listSource: string;
}

/**
 * A colour scale: numbers in `range` shaded between fixed points (value, colour), lowest first;
 * text and empty cells keep their own look.
 */
export interface PlanColorScale {
  range: string;
  points: ReadonlyArray<{ value: number; color: string }>;
}

/**
 * A slicer on a table's column, on a sheet, positioned in points. `row`/`col` is the cell it
 * stands over (where the .xlsx, which cannot hold slicers, says so).
 */
export interface PlanSlicer {
  name: string;
  /** The data table's column it filters, by key (its header is `field`). */
  key: "period" | "measureName" | "orgTypeName";
  caption: string;
  sourceTable: string;
  /** The table column's name, in the plan's language. */
  field: string;
  sheet: string;
  row: number;
  col: number;
  leftPt: number;
  topPt: number;
  widthPt: number;
  heightPt: number;
}

export interface PlanSheet {
  name: string;
  tabColor?: string;
  blocks: PlanBlock[];
  tables: PlanTable[];
  /** Width per column index, in characters. */
  columnWidths: Record<number, number>;
  freeze?: { rows: number; cols: number };
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Dropdown lists (ExcelApi 1.8 in Office.js). */
  validations?: PlanDataValidation[];
  /** Colour scales (ExcelApi 1.6 in Office.js). */
  colorScales?: PlanColorScale[];
  /** What prints, when not every cell written (A1, e.g. the Map without its dropdowns' lists). */
  printArea?: string;
  /** How it prints (PageLayout, ExcelApi 1.9 in Office.js; the page setup in the .xlsx). */
  print?: PlanPrint;
}

/**
 * A sheet's print setup: landscape, every column on one page's width, the table's header row on
 * every page, and a header with what the workbook is and the date it was printed.
 */
export interface PlanPrint {
  orientation: "landscape" | "portrait";
  /** Pages across (always 1) and down the sheet is fitted to: 1 for a one-page sheet, else enough for its rows. */
  fitWide: number;
  fitTall: number;
  /** The rows repeated at the top of every page ("$1:$1", 1-based), for a table's header. */
  titleRows?: string;
  /** The part of the sheet that prints (A1), when not all of it. */
  area?: string;
  /** The header's centre (the workbook's title and the sheet's name) and right (the date printed), as Excel's header codes. */
  centerHeader: string;
  rightHeader: string;
}

export interface PlanName {
  name: string;
  /** "=Settings!$B$3" */
  refersTo: string;
  comment: string;
}

export interface PlanPivot {
  name: string;
  sheet: string;
  /** What A1 of the pivot's sheet says, in the plan's language. */
  note: string;
  sourceTable: string;
  rows: string[];
  columns: string[];
  values: string[];
  filters: string[];
}

export interface WorkbookPlan {
  /** What the plan was made with (measures, types, period, targets): checks recompute from it. */
  options: PlanOptions;
  /** The periods of the reports it was made from, in their order (see recipe.ts). */
  periods: string[];
  sheets: PlanSheet[];
  names: PlanName[];
  pivot: PlanPivot;
  /** Slicers on the data table (ExcelApi 1.10; the .xlsx writer cannot write them). */
  slicers?: PlanSlicer[];
}

export function emptySheet(name: string, tabColor?: string): PlanSheet {
  return {
    name,
    tabColor,
    blocks: [],
    tables: [],
    columnWidths: {},
    conditionalFormats: [],
    charts: [],
  };
}
