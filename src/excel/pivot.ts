import type { PlanPivot } from "../workbook/plan";

export type PivotResult = { built: true } | { built: false; reason: string };

/**
 * The starter PivotTable over the Coverage table: rows Territory, columns Org type, values Covered
 * and Total, filter Measure. The Excel API has no calculated fields, so the ratio is read as
 * Covered ÷ Total (the note above the pivot says so).
 */
export async function buildPivot(pivot: PlanPivot): Promise<PivotResult> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
    return {
      built: false,
      reason:
        "PivotTables need ExcelApi 1.8 (Excel 2019 or Microsoft 365). Use Insert › PivotTable on the Coverage table instead.",
    };
  }
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const pivots = context.workbook.pivotTables.load("items/name");
    await context.sync();
    const exists = sheets.items.some((s) => s.name === pivot.sheet);
    const ws = exists
      ? context.workbook.worksheets.getItem(pivot.sheet)
      : context.workbook.worksheets.add(pivot.sheet);
    if (pivots.items.some((p) => p.name === pivot.name))
      context.workbook.pivotTables.getItem(pivot.name).delete();
    ws.getRange("A1").values = [
      [
        "Coverage = Covered ÷ Total (Excel pivots have no calculated fields from add-ins): compare the two value columns, or add a formula beside the pivot.",
      ],
    ];
    ws.getRange("A1").format.font.italic = true;
    const pt = context.workbook.pivotTables.add(pivot.name, pivot.sourceTable, ws.getRange("A3"));
    for (const f of pivot.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.columns) pt.columnHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.values) pt.dataHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of pivot.filters) pt.filterHierarchies.add(pt.hierarchies.getItem(f));
    ws.activate();
    await context.sync();
  });
  return { built: true };
}
