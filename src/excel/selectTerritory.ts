import { territoryById } from "../domain/territories";
import type { TerritoryRows } from "../host/paneHost";
import { rangeAddress } from "../workbook/a1";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE, SHEETS } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { hasExcelApi } from "./requirements";

/**
 * The data table's rows of one territory (a measure, a type or all types, a period) as A1 blocks
 * on the data sheet, consecutive rows joined: "A12:P12", or "A12:P12,A52:P52,A92:P92" for all
 * types (the table lists a measure's types one after another). Empty when the table has none.
 */
export function territoryRowBlocks(
  plan: WorkbookPlan,
  sel: TerritoryRows
): Array<{ address: string; rows: number }> {
  const data = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
  if (!data) return [];
  // The table names a region or city of republican significance by its ISO code, a city group by its id.
  const id = territoryById(sel.territoryId)?.iso ?? sel.territoryId;
  const rows: number[] = [];
  data.rows.forEach((r, i) => {
    if (
      r[COLUMN_INDEX.territoryId] === id &&
      r[COLUMN_INDEX.measure] === sel.measure &&
      r[COLUMN_INDEX.period] === sel.period &&
      (sel.orgType === "all" || r[COLUMN_INDEX.orgType] === sel.orgType)
    )
      rows.push(i);
  });
  const blocks: Array<[first: number, count: number]> = [];
  for (const i of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else blocks.push([i, 1]);
  }
  return blocks.map(([first, count]) => ({
    address: rangeAddress(data.row + 1 + first, data.col, count, data.columns.length),
    rows: count,
  }));
}

/**
 * Selects a territory's rows on the data sheet: every block at once where Excel has RangeAreas
 * (Worksheet.getRanges, ExcelApi 1.9), else the first block. Returns how many rows it selected.
 */
export async function selectTerritoryRows(plan: WorkbookPlan, sel: TerritoryRows): Promise<number> {
  const blocks = territoryRowBlocks(plan, sel);
  if (blocks.length === 0) return 0;
  const areas = hasExcelApi("1.9") ? blocks : blocks.slice(0, 1);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEETS.data);
    ws.activate();
    if (areas.length === 1) ws.getRange(areas[0].address).select();
    else ws.getRanges(areas.map((a) => a.address).join(",")).select();
    await context.sync();
  });
  return areas.reduce((n, a) => n + a.rows, 0);
}
