import { notice } from "../host/hostMessages";
import type { PivotResult } from "../host/paneHost";
import type { PlanPivot } from "../workbook/plan";
import { queueReadOwnedSheets, queueWriteOwnedSheets } from "./ownedSheets";
import { hasExcelApi } from "./requirements";

/**
 * The starter PivotTable over the data table: rows Territory, columns Org type, values Covered
 * and Total, filter Measure (fields by the table's column names, in the plan's language). The Excel API has no calculated fields, so the ratio is read as
 * Covered ÷ Total (the note above the pivot says so). Its sheet is the add-in's: a sheet of that
 * name that the user made is never written to.
 */
export async function buildPivot(pivot: PlanPivot): Promise<PivotResult> {
  if (!hasExcelApi("1.8")) {
    return { built: false, reason: notice("pivot-needs-1.8") };
  }
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const pivots = context.workbook.pivotTables.load("items/name");
    const owned = queueReadOwnedSheets(context);
    await context.sync();
    const ours = owned().owned;
    const existing = sheets.items.find((s) => s.name.toLowerCase() === pivot.sheet.toLowerCase());
    if (existing && !ours.has(existing.name))
      return { built: false, reason: notice("pivot-sheet-taken", { sheet: existing.name }) };
    const ws = existing
      ? context.workbook.worksheets.getItem(existing.name)
      : context.workbook.worksheets.add(pivot.sheet);
    if (pivots.items.some((p) => p.name === pivot.name))
      context.workbook.pivotTables.getItem(pivot.name).delete();
    ws.getRange("A1").values = [[pivot.note]];
    ws.getRange("A1").format.font.italic = true;
    const pt = context.workbook.pivotTables.add(pivot.name, pivot.sourceTable, ws.getRange("A3"));
    for (const f of pivot.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.columns) pt.columnHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.values) pt.dataHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.filters) pt.filterHierarchies.add(pt.hierarchies.getItem(f));
    if (!existing) queueWriteOwnedSheets(context, [...ours, pivot.sheet]);
    ws.activate();
    await context.sync();
    return { built: true };
  });
}
