/**
 * Finds rows of the data table as the workbook holds them now, never by the plan's row positions:
 * a user may have sorted or filtered the table since the load (TableSort.apply, ExcelApi 1.2), and
 * the plan's row 12 is then another territory's. The key columns (territory id, measure, type,
 * period) are read from the live table, in row chunks under the response budget (budget.ts), and
 * the matching rows returned as A1 blocks on the table's sheet, consecutive rows joined.
 *
 * Used by the pane's map (selectTerritory.ts) and the Audit tab (excelPaneHost.ts, selectFinding).
 */
import { territoryById } from "../domain/territories";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import { rangeAddress } from "../workbook/a1";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE } from "../workbook/layout";
import { type CellRect, rectFromAddress } from "../workbook/rects";
import { payloadBytes, SyncBudget } from "./budget";

/** Which rows: one territory, a measure, a type (or all types), and a period (or every period). */
export interface RowKey {
  territoryId: string;
  measure: string;
  orgType: OrgTypeOrAll;
  period?: string;
}

export interface FoundRows {
  /** The data table's sheet, as Excel names it. */
  sheet: string;
  /** The matching rows as A1 blocks on that sheet (no sheet in the address), in the table's order. */
  blocks: Array<{ address: string; rows: number }>;
}

/** Each read-back cell is at most this many bytes of JSON (ids, periods and figures are short). */
export const READ_BYTES_PER_CELL = 48;

/**
 * Reads `columns` (offsets from `body.col`) of the rows of `body` on `sheet`, in chunks that keep
 * each response under the budget: row i, column j of the result is body row i's cell in columns[j].
 */
export async function readBodyColumns(
  context: Excel.RequestContext,
  sheet: string,
  body: CellRect,
  columns: readonly number[],
  budget: SyncBudget
): Promise<unknown[][]> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const chunkRows = Math.max(1, Math.floor(budget.limit / (READ_BYTES_PER_CELL * columns.length)));
  const rows: unknown[][] = Array.from({ length: body.rows }, () => []);
  for (let from = 0; from < body.rows; from += chunkRows) {
    const n = Math.min(chunkRows, body.rows - from);
    const parts = columns.map((c) =>
      ws.getRange(rangeAddress(body.row + from, body.col + c, n, 1)).load("values")
    );
    await budget.reserve(
      payloadBytes(null) * columns.length,
      READ_BYTES_PER_CELL * n * columns.length
    );
    await budget.flush();
    parts.forEach((p, j) => p.values.forEach((v, i) => (rows[from + i][j] = v[0])));
  }
  return rows;
}

/** "'My data'!A2:P241" → the sheet's name as Excel gives it ("My data"). */
function sheetOf(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const KEY_COLUMNS = ["territoryId", "measure", "orgType", "period"] as const;

/**
 * The data table's rows of `key`, looked up in the live table (TableCollection.getItemOrNullObject,
 * ExcelApi 1.4; Table.getDataBodyRange and Range.values, ExcelApi 1.1). Null when the workbook
 * has no data table.
 */
export async function findDataRows(
  context: Excel.RequestContext,
  key: RowKey
): Promise<FoundRows | null> {
  const table = context.workbook.tables.getItemOrNullObject(DATA_TABLE);
  table.load("name");
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getDataBodyRange().load("address");
  await context.sync();
  const body = rectFromAddress(range.address);
  const sheet = sheetOf(range.address);
  const values = await readBodyColumns(
    context,
    sheet,
    body,
    KEY_COLUMNS.map((c) => COLUMN_INDEX[c]),
    new SyncBudget(context)
  );
  // The table names a region or city of republican significance by its ISO code, a city group by its id.
  const id = territoryById(key.territoryId)?.iso ?? key.territoryId;
  const blocks: Array<[first: number, count: number]> = [];
  values.forEach(([territoryId, measure, orgType, period], i) => {
    if (
      territoryId !== id ||
      measure !== key.measure ||
      (key.period !== undefined && period !== key.period) ||
      (key.orgType !== "all" && orgType !== key.orgType)
    )
      return;
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else blocks.push([i, 1]);
  });
  return {
    sheet,
    blocks: blocks.map(([first, count]) => ({
      address: rangeAddress(body.row + first, body.col, count, body.cols),
      rows: count,
    })),
  };
}
