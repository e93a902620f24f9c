/** The plan's operations, queued in the order Excel's rules need (see loadPlan.ts). */
import { type HostNotice, notice } from "../host/hostMessages";
import { DATA_TABLE } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { type CellRect } from "../workbook/rects";
import { payloadBytes, SETTER_BYTES, type SyncBudget } from "./budget";
import type { WorkbookState } from "./readState";
import { hasExcelApi } from "./requirements";
import { queueCharts } from "./writeChart";
import {
  queueClearSlicerSelections,
  queueColorScales,
  queueDeleteSlicers,
  queueValidations,
} from "./writeMap";
import { queueNames } from "./writeNames";
import { queueRules } from "./writeRules";
import { queueClearSheet, queueFreeze, queuePrint, queueSheetCells } from "./writeSheet";
import { addedColumns, canKeep, queueKeptTable, queueNewTable, renamesHeaders } from "./writeTable";

/** Queues the whole plan over the workbook described by `state`; returns the sheets it adds. */
export async function queuePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: WorkbookState,
  budget: SyncBudget,
  warnings: HostNotice[],
  onProgress: (done: number, total: number) => void = () => undefined
): Promise<string[]> {
  // ExcelApi 1.6: no recalculation between the writes of one batch (the last sync recalculates).
  if (hasExcelApi("1.6")) context.application.suspendApiCalculationUntilNextSync();
  const actual = new Map([...state.sheets].map((s) => [s.toLowerCase(), s]));
  const sheets = new Map<string, Excel.Worksheet>();
  const created: string[] = [];
  const planData = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
  const dataKept = !!planData && canKeep(state.kept.get(DATA_TABLE.toLowerCase()), planData);
  await queueDeleteSlicers(context, plan.slicers, state, dataKept, budget);

  for (const sheet of plan.sheets) {
    const name = actual.get(sheet.name.toLowerCase());
    if (name === undefined) continue;
    const ws = context.workbook.worksheets.getItem(name);
    sheets.set(sheet.name, ws);
    const keep = await queueTablesKept(context, sheet.tables, state, budget, warnings);
    await queueClearSheet(
      ws,
      state.usedRanges.get(name) ?? null,
      keep,
      state.charts.get(name) ?? [],
      budget
    );
  }
  for (const sheet of plan.sheets) {
    if (sheets.has(sheet.name)) continue;
    sheets.set(sheet.name, context.workbook.worksheets.add(sheet.name));
    created.push(sheet.name);
  }

  const steps = plan.sheets.length + 2;
  onProgress(0, steps);
  for (const sheet of plan.sheets)
    for (const table of sheet.tables) {
      const existing = state.kept.get(table.name.toLowerCase());
      if (existing && canKeep(existing, table))
        await queueKeptTable(context, sheets.get(sheet.name)!, sheet.name, table, existing, budget);
      else await queueNewTable(context, sheets.get(sheet.name)!, sheet.name, table, budget);
    }
  onProgress(1, steps);
  await queueNames(context, plan.names, state, budget);

  for (const [i, sheet] of plan.sheets.entries()) {
    const ws = sheets.get(sheet.name)!;
    await queueSheetCells(ws, sheet, budget);
    await queueRules(ws, sheet.conditionalFormats, budget);
    await queueColorScales(ws, sheet.colorScales, budget);
    await queueValidations(ws, sheet.name, sheet.validations, budget, warnings);
    await queueCharts(ws, sheet.name, sheet.charts, budget, warnings);
    queueFreeze(ws, sheet.freeze);
    await queuePrint(ws, sheet.print, budget);
    onProgress(2 + i, steps);
  }
  return created;
}

/**
 * The sheet's tables that stand: each one the plan keeps is unfiltered (returned, so that clearing
 * the sheet spares it), each other one turned into a plain range. A slicer's selection or a header
 * filter hides rows, and Excel refuses to delete rows of a filtered table (REF
 * excel.tablerowcollection.yml, deleteRows / deleteRowsAt: "throw the InsertDeleteConflict error
 * if the table … has a filter applied"): cleared first (slicers by Slicer.clearFilters, writeMap.ts;
 * then Table.clearFilters, ExcelApi 1.2), before the table is resized or written.
 */
async function queueTablesKept(
  context: Excel.RequestContext,
  tables: WorkbookPlan["sheets"][number]["tables"],
  state: WorkbookState,
  budget: SyncBudget,
  warnings: HostNotice[]
): Promise<CellRect[]> {
  const keep: CellRect[] = [];
  for (const table of tables) {
    const existing = state.kept.get(table.name.toLowerCase());
    if (existing && canKeep(existing, table)) {
      keep.push(existing.rect);
      const slicerSelection =
        table.name === DATA_TABLE && (await queueClearSlicerSelections(context, state, budget));
      await budget.reserve(payloadBytes(existing.name) + SETTER_BYTES);
      context.workbook.tables.getItem(existing.name).clearFilters();
      // One note per table: a slicer's selection filters the table's columns too.
      if (slicerSelection) warnings.push(notice("slicer-selection-cleared", { table: table.name }));
      else if (existing.filtered)
        warnings.push(notice("table-filters-cleared", { table: table.name }));
      if (renamesHeaders(existing, table))
        warnings.push(notice("headers-renamed", { table: table.name }));
      const added = addedColumns(existing, table);
      if (added.length)
        warnings.push(notice("columns-added", { table: table.name, columns: added.join(", ") }));
    } else if (existing !== undefined) {
      warnings.push(notice("table-rebuilt", { table: table.name }));
      context.workbook.tables.getItem(existing.name).convertToRange();
      state.kept.delete(table.name.toLowerCase());
    }
  }
  return keep;
}
