/**
 * One table of the plan. Excel parses a formula when it is set, and a structured reference must
 * name a table that exists then; so, as in office-js-docs-pr docs/excel/performance.md ("Importing
 * data into tables": write the values, then create the table over them): header and values first,
 * then the table, then each formula column through the table's own column.
 *
 * A table that is already there (a reload) is kept, never deleted: deleting it would turn every
 * formula and pivot that refers to it, the user's included, into #REF!. It is resized
 * (Table.resize, ExcelApi 1.13) or, before 1.13, grown with TableRowCollection.add and shrunk
 * with TableRow.delete, and its body is overwritten.
 *
 * A table loaded earlier in another of the workbook's languages (English, Russian, Kazakh) has the
 * same columns under other headers; no header of one language is another column's in any other
 * (test/workbook/labels.test.ts), so writing them one by one never makes a duplicate. It is kept too, and its headers renamed in place by writing the header row: a header
 * cell is the column's name, and "If you rename a column or table, Excel automatically changes the
 * use of that table and column header in all structured references" (Microsoft Support, "Using
 * structured references with Excel tables"), so the user's formulas on the table follow. (The
 * strict host models the same rule: test/strictExcel/model.ts, afterWrite.)
 */
import { rangeAddress, sheetRef } from "../workbook/a1";
import { columnFormulas, tableBody, tableHeader } from "../workbook/cells";
import { headerMatch, matchHeaders, type PlanTable } from "../workbook/plan";
import { payloadBytes, SETTER_BYTES, type SyncBudget } from "./budget";
import type { ExistingTable } from "./readState";
import { hasExcelApi } from "./requirements";

const CHUNK_ROWS = 2000;

/**
 * Whether the table on the sheet can be kept for this plan table: same place, same columns (under
 * the plan's headers, or the same columns' headers in another language, renamed on keeping).
 */
export function canKeep(existing: ExistingTable | undefined, table: PlanTable): boolean {
  const match = existing && matchHeaders(existing.headers, table);
  return (
    !!match &&
    existing.rect.row === table.row &&
    existing.rect.col === table.col &&
    // A column added at the end under its name needs ExcelApi 1.4; below it, the table is rebuilt.
    (match.missing === 0 || hasExcelApi("1.4"))
  );
}

/**
 * The columns a table written by an earlier version lacks, added at its end under the plan's
 * headers (TableColumnCollection.add with a name: ExcelApi 1.4, REF
 * excel.tablecolumncollection.yml). The reload cleared the sheet around the table first
 * (queueClearSheet), so the column takes empty cells; its body is written with the rest.
 */
async function queueAddedColumns(
  t: Excel.Table,
  table: PlanTable,
  had: number,
  budget: SyncBudget
): Promise<void> {
  for (const column of table.columns.slice(had)) {
    await budget.reserve(payloadBytes(column.name) + SETTER_BYTES);
    t.columns.add(-1, undefined, column.name); // -1: at the end (1.4)
  }
}

/** The plan's columns the kept table lacks (a table an earlier version wrote). */
export function addedColumns(existing: ExistingTable, table: PlanTable): string[] {
  return table.columns.slice(existing.headers.length).map((c) => c.name);
}

/** Whether keeping the table renames its headers (it was loaded in another language). */
export function renamesHeaders(existing: ExistingTable, table: PlanTable): boolean {
  return headerMatch(existing.headers, table) === "renamed";
}

const bodyRows = (table: PlanTable) => Math.max(1, table.rows.length);

async function queueBody(ws: Excel.Worksheet, table: PlanTable, budget: SyncBudget): Promise<void> {
  const width = table.columns.length;
  for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
    const to = Math.min(table.rows.length, from + CHUNK_ROWS);
    const m = tableBody(table, from, to);
    await budget.reserve(payloadBytes(m.formulas) + payloadBytes(m.formats));
    const range = ws.getRange(rangeAddress(table.row + 1 + from, table.col, to - from, width));
    range.numberFormat = m.formats;
    range.values = m.formulas;
  }
}

async function queueFormulaColumns(
  t: Excel.Table,
  table: PlanTable,
  budget: SyncBudget
): Promise<void> {
  for (const [j, column] of table.columns.entries()) {
    if (!column.formula || table.rows.length === 0) continue;
    const body = t.columns.getItem(column.name).getDataBodyRange();
    for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
      const to = Math.min(table.rows.length, from + CHUNK_ROWS);
      const formulas = columnFormulas(table, j, from, to);
      await budget.reserve(payloadBytes(formulas));
      const part =
        from === 0 && to === table.rows.length
          ? body
          : body.getCell(from, 0).getResizedRange(to - from - 1, 0);
      part.formulas = formulas;
    }
  }
}

/** A new table: header and values, the ListObject over them, then its formula columns. */
export async function queueNewTable(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  table: PlanTable,
  budget: SyncBudget
): Promise<void> {
  const header = tableHeader(table);
  await budget.reserve(payloadBytes(header.formulas) * 2);
  const headerRange = ws.getRange(rangeAddress(table.row, table.col, 1, table.columns.length));
  headerRange.numberFormat = header.formats;
  headerRange.values = header.formulas;
  await queueBody(ws, table, budget);
  await budget.reserve(payloadBytes([table.name, table.style]));
  const t = context.workbook.tables.add(
    `${sheetRef(sheet)}!${rangeAddress(table.row, table.col, 1 + bodyRows(table), table.columns.length)}`,
    true
  );
  t.name = table.name;
  t.style = table.style;
  await queueFormulaColumns(t, table, budget);
}

/** A kept table: the same ListObject, resized to the plan's rows, its body overwritten. */
export async function queueKeptTable(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  table: PlanTable,
  existing: ExistingTable,
  budget: SyncBudget
): Promise<void> {
  const t = context.workbook.tables.getItem(table.name);
  const hadColumns = existing.headers.length;
  const header = tableHeader(table);
  if (renamesHeaders(existing, table)) {
    // Before anything that names a column (the formula columns below, the sheets' formulas after).
    await budget.reserve(payloadBytes(header.formulas) * 2);
    const range = t.getHeaderRowRange();
    range.numberFormat = [header.formats[0].slice(0, hadColumns)];
    range.values = [header.formulas[0].slice(0, hadColumns)];
  }
  if (hadColumns < table.columns.length) {
    await queueAddedColumns(t, table, hadColumns, budget);
    // The new headers' format, as a new table's header row has it.
    await budget.reserve(payloadBytes(header.formats));
    t.getHeaderRowRange().numberFormat = header.formats;
  }
  const had = existing.rect.rows - 1;
  const want = bodyRows(table);
  if (want !== had) {
    if (hasExcelApi("1.13")) {
      await budget.reserve(payloadBytes(table.name) * 2);
      t.resize(
        `${sheetRef(sheet)}!${rangeAddress(table.row, table.col, 1 + want, table.columns.length)}`
      );
      // The rows that fell out of the table still hold the old figures: clear them.
      if (want < had)
        ws.getRange(
          rangeAddress(table.row + 1 + want, table.col, had - want, table.columns.length)
        ).clear();
    } else if (want > had) {
      const blank = Array.from({ length: table.columns.length }, () => "");
      for (let added = 0; added < want - had; added += CHUNK_ROWS) {
        const rows = Array.from({ length: Math.min(CHUNK_ROWS, want - had - added) }, () => blank);
        await budget.reserve(payloadBytes(rows));
        t.rows.add(null as unknown as undefined, rows);
      }
    } else {
      for (let i = had - 1; i >= want; i--) {
        await budget.reserve(payloadBytes(i));
        t.rows.getItemAt(i).delete();
      }
    }
  }
  await queueBody(ws, table, budget);
  await budget.reserve(payloadBytes(table.style));
  t.style = table.style;
  await queueFormulaColumns(t, table, budget);
}
