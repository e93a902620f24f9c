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
import { sameKey } from "../workbook/checks";
import { columnsByHeader } from "../workbook/coverageTable";
import { type CoverageKey, DATA_TABLE, type WorkbookLang } from "../workbook/layout";
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
  const rows: unknown[][] = [];
  for (let from = 0; from < body.rows; from += chunkRows) {
    const n = Math.min(chunkRows, body.rows - from);
    // Counted before it is queued: a sync the budget needs first sends only what is pending.
    await budget.reserve(
      payloadBytes(null) * columns.length,
      READ_BYTES_PER_CELL * n * columns.length
    );
    const parts = columns.map((c) =>
      ws.getRange(rangeAddress(body.row + from, body.col + c, n, 1)).load("values")
    );
    await budget.flush();
    // As many rows as Excel gave back (fewer would be said by the caller, never filled in).
    const got = Math.min(...parts.map((p) => p.values.length));
    for (let i = 0; i < got; i++) rows.push(parts.map((p) => p.values[i][0]));
    if (got < n) break;
  }
  return rows;
}

/** "'My data'!A2:P241" → the sheet's name as Excel gives it ("My data"). */
function sheetOf(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The data table as the workbook holds it now. */
export interface LiveTable {
  sheet: string;
  /** The data body on that sheet. */
  body: CellRect;
  /** Where each column stands in the table, by its header in any language (columnsByHeader). */
  columns: Partial<Record<CoverageKey, number>>;
}

/**
 * Queues looking for the data table (TableCollection.getItemOrNullObject, ExcelApi 1.4); whether
 * it is there is known after the next sync (readTableRows takes it then).
 */
export function queueDataTable(context: Excel.RequestContext): Excel.Table {
  return context.workbook.tables.getItemOrNullObject(DATA_TABLE).load("name");
}

/**
 * Queues reading where the data table stands (Table.getHeaderRowRange, getDataBodyRange,
 * Range.values / address: ExcelApi 1.1), `table` found by the sync before (queueDataTable); the
 * returned function gives it after the next sync, or null when there is no data table.
 */
export function queueTableShape(table: Excel.Table, lang?: WorkbookLang): () => LiveTable | null {
  if (table.isNullObject) return () => null;
  const header = table.getHeaderRowRange().load("values");
  const range = table.getDataBodyRange().load("address");
  return () => ({
    sheet: sheetOf(range.address),
    body: rectFromAddress(range.address),
    columns: columnsByHeader(header.values[0] ?? [], lang),
  });
}

/**
 * The data table's `keys` columns, row by row as the table holds them now (sorted, filtered, with
 * columns of the user's), in chunks (readBodyColumns); null, with the keys missing, when a
 * column's header is not found. Range.values gives a filtered-out row's cells like any other's;
 * should it give fewer rows, the caller says so (`rows.length` < `live.body.rows`).
 */
export async function readTableRows<K extends CoverageKey>(
  context: Excel.RequestContext,
  live: LiveTable,
  keys: readonly K[],
  budget: SyncBudget
): Promise<{ rows: unknown[][] | null; missing: K[] }> {
  const missing = keys.filter((k) => live.columns[k] === undefined);
  if (missing.length) return { rows: null, missing };
  const rows = await readBodyColumns(
    context,
    live.sheet,
    live.body,
    keys.map((k) => live.columns[k]!),
    budget
  );
  return { rows, missing };
}

const KEY_COLUMNS = ["territoryId", "measure", "orgType", "period"] as const;

/** The data table as it stands (its place and its columns by header), in two syncs; null without it. */
export async function readLiveTable(context: Excel.RequestContext): Promise<LiveTable | null> {
  const table = queueDataTable(context);
  await context.sync();
  const shape = queueTableShape(table);
  await context.sync();
  return shape();
}

/**
 * The data table's rows of `key`, looked up in the live table by the key columns' headers. Null
 * when the workbook has no data table (or it lacks a key column).
 */
export async function findDataRows(
  context: Excel.RequestContext,
  key: RowKey
): Promise<FoundRows | null> {
  const live = await readLiveTable(context);
  if (!live) return null;
  const { rows } = await readTableRows(context, live, KEY_COLUMNS, new SyncBudget(context));
  if (!rows) return null;
  // The table names a region or city of republican significance by its ISO code, a city group by its id.
  const id = territoryById(key.territoryId)?.iso ?? key.territoryId;
  const blocks: Array<[first: number, count: number]> = [];
  rows.forEach(([territoryId, measure, orgType, period], i) => {
    if (
      !sameKey(territoryId, id) ||
      !sameKey(measure, key.measure) ||
      (key.period !== undefined && !sameKey(period, key.period)) ||
      (key.orgType !== "all" && !sameKey(orgType, key.orgType))
    )
      return;
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else blocks.push([i, 1]);
  });
  return {
    sheet: live.sheet,
    blocks: blocks.map(([first, count]) => ({
      address: rangeAddress(live.body.row + first, live.body.col, count, live.body.cols),
      rows: count,
    })),
  };
}
