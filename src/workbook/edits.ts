import type { CoverageRecord } from "../domain/report";
import { territoryById } from "../domain/territories";
import { COLUMN_INDEX } from "./coverageTable";
import type { CoverageKey } from "./layout";
import type { PlanTable } from "./plan";

/**
 * The data-table columns a reload reads back: the key of a row and the two figures a user may edit.
 * Reading only these (not the whole body) keeps each read well under Excel's response limit. They
 * are found by position (COLUMN_INDEX), the same in every language.
 */
export const READ_BACK_COLUMNS = [
  "period",
  "measure",
  "territoryId",
  "orgType",
  "covered",
  "total",
] as const satisfies readonly CoverageKey[];

const K = Object.fromEntries(READ_BACK_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof READ_BACK_COLUMNS)[number],
  number
>;

/** A figure in the data table that differs from the report: the user edited it. */
export interface EditedFigure {
  /** 1-based sheet row. */
  row: number;
  period: string;
  measure: string;
  territory: string;
  orgType: string;
  column: "Covered" | "Total";
  inWorkbook: unknown;
  inReport: unknown;
}

const keyOf = (period: unknown, measure: unknown, territoryId: unknown, orgType: unknown) =>
  [period, measure, territoryId, orgType].map(String).join("|");

const FIGURES = [
  ["covered", "Covered"],
  ["total", "Total"],
] as const;

/**
 * The edited figures: rows read back (READ_BACK_COLUMNS order) whose key the plan also has, with
 * another Covered or Total than the plan's. `firstRow` is the sheet row of the first data row.
 */
export function findEditedFigures(
  readBack: readonly (readonly unknown[])[],
  planned: PlanTable,
  firstRow = planned.row + 2
): EditedFigure[] {
  const plannedByKey = new Map(
    planned.rows.map((r) => [
      keyOf(
        r[COLUMN_INDEX.period],
        r[COLUMN_INDEX.measure],
        r[COLUMN_INDEX.territoryId],
        r[COLUMN_INDEX.orgType]
      ),
      r,
    ])
  );
  const edited: EditedFigure[] = [];
  readBack.forEach((row, i) => {
    const p = plannedByKey.get(
      keyOf(row[K.period], row[K.measure], row[K.territoryId], row[K.orgType])
    );
    if (!p) return;
    for (const [key, column] of FIGURES) {
      if (row[K[key]] === p[COLUMN_INDEX[key]]) continue;
      edited.push({
        row: firstRow + i,
        period: String(row[K.period]),
        measure: String(row[K.measure]),
        territory: String(p[COLUMN_INDEX.territory]),
        orgType: String(row[K.orgType]),
        column,
        inWorkbook: row[K[key]],
        inReport: p[COLUMN_INDEX[key]],
      });
    }
  });
  return edited;
}

/** A row's figures as the data table holds them (the host reads them: PaneHost.workbookFigures). */
export interface TableFigure {
  period: unknown;
  measure: unknown;
  territoryId: unknown;
  orgType: unknown;
  covered: unknown;
  total: unknown;
}

const count = (v: unknown): number | null =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null;

/**
 * The records with their figures as the workbook's table holds them, where it holds the record's
 * row (by its key, as the table writes it: a region's ISO code) with whole numbers: the analyst's
 * edits are what the report writer writes. `edited`: how many records took another figure.
 */
export function withTableFigures(
  records: readonly CoverageRecord[],
  figures: readonly TableFigure[]
): { records: CoverageRecord[]; edited: number } {
  const byKey = new Map(
    figures.map((f) => [keyOf(f.period, f.measure, f.territoryId, f.orgType), f])
  );
  let edited = 0;
  const out = records.map((r) => {
    const id = territoryById(r.territoryId)?.iso ?? r.territoryId;
    const f = byKey.get(keyOf(r.period, r.measure, id, r.orgType));
    const [covered, total] = [count(f?.covered), count(f?.total)];
    if (covered === null || total === null) return r;
    if (covered === r.covered && total === r.total) return r;
    edited++;
    return { ...r, covered, total };
  });
  return { records: out, edited };
}
