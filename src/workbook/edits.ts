import { COLUMN_INDEX } from "./coverageTable";
import type { PlanTable } from "./plan";

/**
 * The data-table columns a reload reads back: the key of a row and the two figures a user may edit.
 * Reading only these (not the whole body) keeps each read well under Excel's response limit.
 */
export const READ_BACK_COLUMNS = [
  "Period",
  "Measure",
  "Territory ID",
  "Org type",
  "Covered",
  "Total",
] as const;

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
        r[COLUMN_INDEX.Period],
        r[COLUMN_INDEX.Measure],
        r[COLUMN_INDEX["Territory ID"]],
        r[COLUMN_INDEX["Org type"]]
      ),
      r,
    ])
  );
  const edited: EditedFigure[] = [];
  readBack.forEach((row, i) => {
    const p = plannedByKey.get(
      keyOf(row[K.Period], row[K.Measure], row[K["Territory ID"]], row[K["Org type"]])
    );
    if (!p) return;
    for (const column of ["Covered", "Total"] as const) {
      if (row[K[column]] === p[COLUMN_INDEX[column]]) continue;
      edited.push({
        row: firstRow + i,
        period: String(row[K.Period]),
        measure: String(row[K.Measure]),
        territory: String(p[COLUMN_INDEX.Territory]),
        orgType: String(row[K["Org type"]]),
        column,
        inWorkbook: row[K[column]],
        inReport: p[COLUMN_INDEX[column]],
      });
    }
  });
  return edited;
}
