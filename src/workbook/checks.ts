/**
 * "Check workbook": what Excel must compute, cell by cell, if the workbook is right. Pure: the
 * expected figures come from the plan's own data (the report's figures), never from Excel; the
 * Office.js side reads Excel's values at these addresses and compares.
 */
import { measureInfo, type Measure } from "../domain/measures";
import { mapTiles } from "../domain/tileGrid";
import { territoriesAt, territoryById, territoryName } from "../domain/territories";
import { rangeAddress } from "./a1";
import { COLUMN_INDEX } from "./coverageTable";
import { workbookLabels } from "./labels";
import { type CoverageKey, DATA_TABLE, HIGHLIGHT, SHEETS, VIEW_SHEETS } from "./layout";
import {
  MAP_GRID,
  MAP_GRID_RANGES,
  MAP_LAYOUT,
  MAP_NO_FIGURE,
  type MapChoice,
  sameId,
  tileNameCell,
} from "./mapSheet";
import { VIEW_LAYOUT, viewGroups } from "./measureViews";
import type { PlanTable, WorkbookPlan } from "./plan";
import { SUMMARY_LAYOUT } from "./summarySheet";

export type Expected = number | string;

export interface CheckRange {
  sheet: string;
  /** A1 on that sheet. */
  address: string;
  /** What the cells are, for a person: "CoverageData[Coverage]", "Turnstile view". */
  label: string;
  expected: Expected[][];
}

export interface Mismatch {
  sheet: string;
  cell: string;
  label: string;
  excel: unknown;
  expected: unknown;
}

export interface WorkbookCheck {
  /** Figures compared. */
  checked: number;
  mismatches: Mismatch[];
  /**
   * What of the data table was not checked: rows Excel did not give back (Range.values is not
   * documented to give a filtered-out row's cells; should it not, they are said here), and the
   * columns whose headers are not in the table (the user deleted or renamed them).
   */
  unchecked: { rows: number; columns: string[] };
  /** Rows whose highlight was compared, or why that could not be read. */
  marks:
    | { checked: number; mismatches: Mismatch[] }
    /** What this Excel lacks to read them: "ExcelApi 1.19 (Range.getDisplayedCellProperties)". */
    | { unavailable: string };
  /** Plain text for "Copy diagnostics". */
  diagnostics: string;
}

interface Figures {
  covered: number;
  total: number;
}

const share = (f: Figures): Expected => (f.total === 0 ? "" : f.covered / f.total);

function dataTable(plan: WorkbookPlan): PlanTable | undefined {
  return plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
}

/** Sums of Covered and Total over the data rows that pass `keep`. */
function sum(table: PlanTable, keep: (row: PlanTable["rows"][number]) => boolean): Figures {
  const f = { covered: 0, total: 0 };
  for (const r of table.rows)
    if (keep(r)) {
      f.covered += Number(r[COLUMN_INDEX.covered]);
      f.total += Number(r[COLUMN_INDEX.total]);
    }
  return f;
}

/** The data table's key columns: one row per period × measure × territory × type. */
export const ROW_KEY_COLUMNS = ["period", "measure", "territoryId", "orgType"] as const;
/** The data table's formula columns that Check workbook reads back. */
export const CHECKED_COLUMNS = ["uncovered", "coverage", "check"] as const;
export type CheckedColumn = (typeof CHECKED_COLUMNS)[number];

/** A key cell as the views' SUMIFS match it: its text, trimmed, without case. */
const keyText = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toLowerCase();

/** Whether two key cells (an id, a period) are the same one, as SUMIFS would count them. */
export const sameKey = (a: unknown, b: unknown) => keyText(a) === keyText(b);

/** A data row's key, from its ROW_KEY_COLUMNS cells (as SUMIFS matches them: no case, trimmed). */
export const rowKey = (cells: readonly unknown[]) => cells.map(keyText).join("|");

/**
 * What the data table's formula columns must show, per row key (ROW_KEY_COLUMNS): found in the
 * table as the user keeps it (sorted, filtered, with columns of their own), never by the plan's
 * row order. `fill` is the highlight the row must show (expectedMarks), where it is compared.
 */
export interface RowCheck {
  /** The row's key (rowKey). */
  key: string;
  /** Its key cells as written, for a row the table no longer holds: "2023-Q1 · video · KZ-71 · school". */
  shown: string;
  expected: Record<CheckedColumn, Expected>;
  fill: string | null;
}

export interface RowChecks {
  /** The columns' labels, for a person: "CoverageData[Coverage]". */
  labels: Record<CheckedColumn, string>;
  rows: Map<string, RowCheck>;
}

export function planRowChecks(plan: WorkbookPlan): RowChecks | null {
  const table = dataTable(plan);
  if (!table || table.rows.length === 0) return null;
  const answers = workbookLabels(plan.options.lang).check;
  const col = (key: CoverageKey) => COLUMN_INDEX[key];
  const fills = expectedFills(plan, table);
  const rows = new Map(
    table.rows.map((r, i) => {
      const f = { covered: Number(r[col("covered")]), total: Number(r[col("total")]) };
      const s = share(f);
      const round = (x: number) => Math.round(x * 100 + 1e-9);
      const expected = {
        uncovered: f.total - f.covered,
        coverage: s,
        check:
          s !== "" && round(Number(s)) === round(Number(r[col("stated")]))
            ? answers.ok
            : answers.differs,
      };
      const cells = ROW_KEY_COLUMNS.map((k) => r[col(k)]);
      const key = rowKey(cells);
      return [key, { key, shown: cells.join(" · "), expected, fill: fills[i] }];
    })
  );
  const labels = Object.fromEntries(
    CHECKED_COLUMNS.map((k) => [k, `${DATA_TABLE}[${table.columns[col(k)].name}]`])
  ) as Record<CheckedColumn, string>;
  return { labels, rows };
}

/**
 * Compares the data table's rows as Excel holds them with `checks`. `rows` are the live rows'
 * ROW_KEY_COLUMNS then CHECKED_COLUMNS cells; `cell(i, column)` names row i's cell. A row of the
 * plan the table no longer holds is a mismatch ("row missing"); a row of the user's is not checked.
 */
export function compareRows(
  checks: RowChecks,
  rows: readonly (readonly unknown[])[],
  at: { sheet: string; cell: (i: number, column: CheckedColumn) => string },
  missingLabel: string
): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  const matched = matchRows(checks, rows);
  matched.forEach((row, i) => {
    if (!row) return;
    CHECKED_COLUMNS.forEach((column, j) => {
      const v = rows[i][ROW_KEY_COLUMNS.length + j];
      checked++;
      if (!close(v, row.expected[column]))
        mismatches.push({
          sheet: at.sheet,
          cell: at.cell(i, column),
          label: checks.labels[column],
          excel: v,
          expected: row.expected[column],
        });
    });
  });
  const found = new Set(matched.flatMap((row) => (row ? [row.key] : [])));
  for (const row of checks.rows.values())
    if (!found.has(row.key))
      mismatches.push({
        sheet: at.sheet,
        cell: "",
        label: missingLabel,
        excel: null,
        expected: row.shown,
      });
  return { checked, mismatches };
}

/**
 * Each live row's plan row, by its key (ROW_KEY_COLUMNS first in each live row); undefined for a
 * row of the user's, and for a second row with a key already met (checked once).
 */
export function matchRows(
  checks: RowChecks,
  rows: readonly (readonly unknown[])[]
): Array<RowCheck | undefined> {
  const seen = new Set<string>();
  return rows.map((r) => {
    const key = rowKey(r.slice(0, ROW_KEY_COLUMNS.length));
    if (seen.has(key)) return undefined;
    seen.add(key);
    return checks.rows.get(key);
  });
}

/** Checks of the add-in's own sheets at fixed places: each measure's view and the Summary. */
export function planChecks(plan: WorkbookPlan): CheckRange[] {
  const table = dataTable(plan);
  if (!table || table.rows.length === 0) return [];
  const { options } = plan;
  const answers = workbookLabels(options.lang).check;
  const checks: CheckRange[] = [];
  const col = (key: CoverageKey) => COLUMN_INDEX[key];

  const inPeriod = (r: PlanTable["rows"][number], measure: Measure) =>
    r[col("period")] === options.period && r[col("measure")] === measure;
  for (const measure of options.measures) {
    const territories = territoriesAt(measureInfo(measure).level);
    const groups = viewGroups(options);
    checks.push({
      sheet: VIEW_SHEETS[measure],
      address: rangeAddress(
        VIEW_LAYOUT.firstRow,
        VIEW_LAYOUT.firstGroupCol,
        territories.length,
        3 * groups.length
      ),
      label: answers.view(VIEW_SHEETS[measure]),
      expected: territories.map((t) =>
        groups.flatMap((g) => {
          const f = sum(
            table,
            (r) =>
              inPeriod(r, measure) &&
              r[col("territoryId")] === (t.iso ?? t.id) &&
              (g === "all" || r[col("orgType")] === g)
          );
          return [f.covered, f.total, share(f)];
        })
      ),
    });
  }
  checks.push({
    sheet: SHEETS.summary,
    address: rangeAddress(
      SUMMARY_LAYOUT.firstRow,
      SUMMARY_LAYOUT.allTypesCol,
      options.measures.length,
      3
    ),
    label: answers.summary,
    expected: options.measures.map((measure) => {
      const f = sum(table, (r) => inPeriod(r, measure));
      return [share(f) === "" ? "" : share(f), f.covered, f.total];
    }),
  });
  return checks;
}

/**
 * The Map sheet's two grids, cell by cell, for the measure, type and period its selectors show
 * (`choice`, read from the workbook: the user may have chosen another since the load): each tile's
 * name, and under it covered ÷ total over the data table's rows at the grid's level, or "—".
 */
export function planMapChecks(plan: WorkbookPlan, choice: MapChoice): CheckRange[] {
  const table = dataTable(plan);
  if (!table || !plan.sheets.some((s) => s.name === SHEETS.map)) return [];
  const { lang } = plan.options;
  const labels = workbookLabels(lang);
  const col = (key: CoverageKey) => COLUMN_INDEX[key];
  return (["region", "city"] as const).map((level) => {
    const top = MAP_LAYOUT.grids[level] + 1;
    const expected: Expected[][] = Array.from({ length: MAP_GRID.rows }, () =>
      Array<Expected>(MAP_GRID.cols).fill("")
    );
    for (const tile of mapTiles(level)) {
      const t = territoryById(tile.territoryId)!;
      const at = tileNameCell(level, tile.col, tile.row);
      const f = sum(
        table,
        (r) =>
          // As the tiles' SUMIFS match: without case (a period typed in lower case still counts).
          sameId(r[col("period")], choice.period) &&
          sameId(r[col("measure")], choice.measure) &&
          r[col("level")] === labels.level[level] &&
          r[col("territoryId")] === (t.iso ?? t.id) &&
          (sameId(choice.orgType, "all") || sameId(r[col("orgType")], choice.orgType))
      );
      expected[at.row - top][at.col] = territoryName(t, lang);
      expected[at.row - top + 1][at.col] = f.total === 0 ? MAP_NO_FIGURE : f.covered / f.total;
    }
    return {
      sheet: SHEETS.map,
      address: MAP_GRID_RANGES[level],
      label: `${labels.check.view(SHEETS.map)}: ${level === "region" ? labels.map.regions : labels.map.cities}`,
      expected,
    };
  });
}

/**
 * Which highlight each data row must show, in the plan's row order: the target is the fixed share
 * the user set, or the national coverage of the report period for the row's measure and type; far
 * below is under the factor times the target. Fill colours as the rules write them.
 */
function expectedFills(plan: WorkbookPlan, table: PlanTable): (string | null)[] {
  const { options } = plan;
  const col = (key: CoverageKey) => COLUMN_INDEX[key];
  const targets = new Map<string, number>();
  const target = (measure: Measure, orgType: string): number => {
    const key = `${measure}|${orgType}`;
    const fixed = options.thresholds[key as keyof typeof options.thresholds];
    if (fixed !== undefined) return fixed;
    if (!targets.has(key)) {
      const f = sum(
        table,
        (r) =>
          r[col("period")] === options.period &&
          r[col("measure")] === measure &&
          r[col("orgType")] === orgType
      );
      targets.set(key, f.total === 0 ? 0 : f.covered / f.total);
    }
    return targets.get(key)!;
  };
  return table.rows.map((r) => {
    const total = Number(r[col("total")]);
    if (total === 0) return null;
    const value = Number(r[col("covered")]) / total;
    const t = target(r[col("measure")] as Measure, String(r[col("orgType")]));
    if (value < options.farBelowFactor * t) return HIGHLIGHT.farBelow.fill;
    if (value < t) return HIGHLIGHT.below.fill;
    return null;
  });
}

const close = (a: unknown, b: Expected) =>
  typeof b === "number"
    ? typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
    : a === b;

/** Compares Excel's values with the expected ones; every differing cell is a mismatch. */
export function compareValues(
  check: CheckRange,
  values: readonly (readonly unknown[])[],
  cellName: (i: number, j: number) => string
): Mismatch[] {
  const out: Mismatch[] = [];
  check.expected.forEach((row, i) =>
    row.forEach((e, j) => {
      const v = values[i]?.[j];
      if (!close(v, e))
        out.push({
          sheet: check.sheet,
          cell: cellName(i, j),
          label: check.label,
          excel: v,
          expected: e,
        });
    })
  );
  return out;
}
