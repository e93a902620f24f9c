import type { TerritoryRows, TerritorySelection } from "../host/paneHost";
import { readWaitingOutCellEdit } from "./cellEdit";
import { findDataRows, type RowKey } from "./findRows";
import { hasExcelApi } from "./requirements";

/**
 * Selects the data table's rows of `key`, found in the table as it is now (findRows.ts: a sort or
 * a filter of the user's moves them): every block at once when `allBlocks`, else the first.
 * Answers how many rows the table holds for the key (0: none, nothing selected) and how many were
 * selected.
 */
export function selectDataRows(key: RowKey, allBlocks: boolean): Promise<TerritorySelection> {
  return readWaitingOutCellEdit(() => selectRows(key, allBlocks));
}

function selectRows(key: RowKey, allBlocks: boolean): Promise<TerritorySelection> {
  return Excel.run(async (context) => {
    const found = await findDataRows(context, key);
    if (!found || found.blocks.length === 0) return { rows: 0, selected: 0 };
    // Worksheet.getRanges is ExcelApi 1.9, RangeAreas.select 1.18 (see selectTerritoryRows).
    const several = allBlocks && found.blocks.length > 1 && hasExcelApi("1.18");
    const areas = several ? found.blocks : found.blocks.slice(0, 1);
    const ws = context.workbook.worksheets.getItem(found.sheet);
    ws.activate();
    if (several) ws.getRanges(areas.map((a) => a.address).join(",")).select();
    else ws.getRange(areas[0].address).select();
    await context.sync();
    const count = (blocks: typeof areas) => blocks.reduce((n, b) => n + b.rows, 0);
    return { rows: count(found.blocks), selected: count(areas) };
  });
}

/**
 * A territory's rows (the pane's map), several blocks at once where Excel can select a RangeAreas:
 * Worksheet.getRanges is ExcelApi 1.9, but RangeAreas.select is ExcelApi 1.18 (TYPES "Selects the
 * specified range areas in the Excel UI. [Api set: ExcelApi 1.18]"; PR
 * requirement-sets/excel/excel-api-1-18-requirement-set.md). Below 1.18 the first block only, and
 * the answer's `selected` is fewer than its `rows` (the pane says so).
 */
export function selectTerritoryRows(sel: TerritoryRows): Promise<TerritorySelection> {
  return selectDataRows(sel, hasExcelApi("1.18"));
}
