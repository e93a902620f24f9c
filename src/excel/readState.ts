/**
 * What the workbook holds before a load: one read sync (sheets, tables, names, the owned-sheets
 * list); on a reload one more for the add-in's sheets (used ranges, charts, its tables' extent and
 * headers, the Map's selectors); then the data table's key and figure columns, in chunks under the response budget.
 */
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE, SHEETS } from "../workbook/layout";
import { MAP_CHOICE_RANGE, type MapChoice, mapChoiceFromValues } from "../workbook/mapSheet";
import { headerMatch, type PlanTable, type WorkbookPlan } from "../workbook/plan";
import { READ_BACK_COLUMNS } from "../workbook/edits";
import { type CellRect, rectFromAddress } from "../workbook/rects";
import { type SyncBudget } from "./budget";
import { readBodyColumns } from "./findRows";
import { NameTakenError, SheetNameTakenError } from "./errors";
import { type AddinSettings, queueReadOwnedSheets } from "./ownedSheets";
import {
  type OwnSlicer,
  queueSlicerReads,
  type SlicerRecord,
  type WorkbookSlicer,
} from "./ownedSlicers";
import { hasExcelApi } from "./requirements";

export interface ExistingTable {
  name: string;
  sheet: string;
  rect: CellRect;
  headers: string[];
  /** Whether a filter hides some of its rows (AutoFilter.isDataFiltered; false without ExcelApi 1.9). */
  filtered: boolean;
}

export interface WorkbookState {
  sheets: Set<string>;
  owned: Set<string>;
  /** The add-in's Workbook.settings before this load, to put back if it fails. */
  settings: AddinSettings;
  /** Every table, by lower-case name (table and name lookups ignore case, as Excel's do). */
  tables: Map<string, { name: string; sheet: string }>;
  names: Map<string, { name: string; formula: string; comment: string }>;
  /** The plan's tables that already stand on the add-in's sheets, by lower-case name. */
  kept: Map<string, ExistingTable>;
  usedRanges: Map<string, CellRect | null>;
  charts: Map<string, string[]>;
  /**
   * The workbook's slicers (ExcelApi 1.10; empty without it): id, name, and whether a selection in
   * it filters its table (Slicer.isFilterCleared false).
   */
  slicers: Array<{ id: string; name: string; filtered: boolean }>;
  /**
   * The add-in's own slicers found in the workbook, each checked by its name, sheet and items
   * (ownedSlicers.ts); their ids are good for this session. A recorded one not found is not here.
   */
  ownSlicers: OwnSlicer[];
  /**
   * Slicers of the user's whose selection hides rows of the data table (ownedSlicers.ts,
   * filtersTable): a reload clears their selection as Table.clearFilters is documented to clear
   * "all the filters currently applied on the table", and says so.
   */
  userSlicersFiltering: WorkbookSlicer[];
  /** The data table's rows, READ_BACK_COLUMNS order (null on a first load). */
  readBack: unknown[][] | null;
  /** What the Map sheet's selectors show (null when there is no Map sheet yet). */
  mapChoice: MapChoice | null;
}

export async function readState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  budget: SyncBudget
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula,items/comment");
  const owned = queueReadOwnedSheets(context);
  // Workbook.slicers, Slicer.id / name / isFilterCleared: ExcelApi 1.10 (excel.slicercollection,
  // excel.slicer): a reload keeps the add-in's own, and says when their selection is cleared.
  const slicers = hasExcelApi("1.10")
    ? context.workbook.slicers.load("items/id,items/name,items/isFilterCleared")
    : null;
  await budget.reserve(256, 64 * 1024);
  await budget.flush();

  const { slicerRecords, ...ownedState } = owned();
  const state: WorkbookState = {
    sheets: new Set(sheets.items.map((s) => s.name)),
    ...ownedState,
    ownSlicers: [],
    userSlicersFiltering: [],
    tables: new Map(
      tables.items.map((t) => [t.name.toLowerCase(), { name: t.name, sheet: t.worksheet.name }])
    ),
    names: new Map(
      names.items.map((n) => [
        n.name.toLowerCase(),
        { name: n.name, formula: n.formula, comment: n.comment },
      ])
    ),
    kept: new Map(),
    usedRanges: new Map(),
    charts: new Map(),
    slicers: slicers
      ? slicers.items.map((s) => ({ id: s.id, name: s.name, filtered: !s.isFilterCleared }))
      : [],
    readBack: null,
    mapChoice: null,
  };
  const lower = new Map([...state.sheets].map((s) => [s.toLowerCase(), s]));
  const taken = plan.sheets
    .map((s) => s.name)
    .filter((n) => lower.has(n.toLowerCase()) && !state.owned.has(lower.get(n.toLowerCase())!));
  if (taken.length) throw new SheetNameTakenError(taken);
  const ours = (sheet: string) => state.owned.has(sheet);
  const planTables = plan.sheets.flatMap((s) => s.tables);
  const clashes = [
    ...planTables
      .map((t) => t.name)
      .filter(
        (n) =>
          state.names.has(n.toLowerCase()) ||
          (state.tables.has(n.toLowerCase()) && !ours(state.tables.get(n.toLowerCase())!.sheet))
      ),
    ...plan.names.map((n) => n.name).filter((n) => state.tables.has(n.toLowerCase())),
  ];
  if (clashes.length) throw new NameTakenError(clashes);

  await readReload(context, plan, state, slicerRecords, lower, budget);
  return state;
}

/**
 * A reload's reads, into `state`: one more sync for the add-in's sheets that stand (used ranges,
 * charts, its tables' extent and headers, the Map's selectors, what tells the slicers apart), then
 * the data table's key and figure columns in chunks.
 */
async function readReload(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: WorkbookState,
  slicerRecords: SlicerRecord[],
  lower: Map<string, string>,
  budget: SyncBudget
): Promise<void> {
  const planTables = plan.sheets.flatMap((s) => s.tables);
  const existing = plan.sheets
    .filter((s) => lower.has(s.name.toLowerCase()))
    .map((s) => lower.get(s.name.toLowerCase())!);
  if (existing.length === 0) return;
  const slicersFound = queueSlicerReads(context, slicerRecords, state.slicers);

  const used = existing.map((s) => {
    const ws = context.workbook.worksheets.getItem(s);
    return {
      s,
      range: ws.getUsedRangeOrNullObject().load("address"),
      charts: ws.charts.load("items/name"),
    };
  });
  // The Map's selectors, so that the reload shows what the user chose (mapSheet.ts, keepMapChoice).
  const mapSheet = existing.find((s) => s.toLowerCase() === SHEETS.map.toLowerCase());
  const mapChoice = mapSheet
    ? context.workbook.worksheets.getItem(mapSheet).getRange(MAP_CHOICE_RANGE).load("values")
    : null;
  const keptTables = planTables
    .filter((t) => state.tables.has(t.name.toLowerCase()))
    .map((t) => {
      const table = context.workbook.tables.getItem(t.name);
      return {
        t,
        range: table.getRange().load("address"),
        header: table.getHeaderRowRange().load("values"),
        // Table.autoFilter, AutoFilter.isDataFiltered: ExcelApi 1.9 (excel.table, excel.autofilter):
        // a reload clears the table's filters, and says so when one was on.
        filter: hasExcelApi("1.9") ? table.autoFilter.load("isDataFiltered") : null,
      };
    });
  await budget.reserve(1024, 256 * 1024);
  await budget.flush();
  for (const u of used) {
    state.usedRanges.set(u.s, u.range.isNullObject ? null : rectFromAddress(u.range.address));
    state.charts.set(
      u.s,
      u.charts.items.map((c) => c.name)
    );
  }
  if (mapChoice) state.mapChoice = mapChoiceFromValues(mapChoice.values);
  for (const k of keptTables) {
    const info = state.tables.get(k.t.name.toLowerCase())!;
    state.kept.set(k.t.name.toLowerCase(), {
      ...info,
      rect: rectFromAddress(k.range.address),
      headers: k.header.values[0].map(String),
      filtered: hasExcelApi("1.9") && k.filter ? k.filter.isDataFiltered : false,
    });
  }
  const dataTable = planTables.find((t) => t.name === DATA_TABLE);
  state.readBack = await readDataTable(
    context,
    state.kept.get(DATA_TABLE.toLowerCase()),
    dataTable,
    budget
  );
  const periods = state.readBack
    ? new Set(state.readBack.map((r) => String(r[READ_BACK_COLUMNS.indexOf("period")])))
    : null;
  const found = slicersFound(plan, dataTable, periods);
  state.ownSlicers = found.own;
  state.userSlicersFiltering = found.userFiltering;
}

/**
 * Only the key columns and the figures, in row chunks that keep each response under the budget.
 * Found by position: the table's headers are the plan's, or the same columns in another language.
 */
async function readDataTable(
  context: Excel.RequestContext,
  table: ExistingTable | undefined,
  planned: PlanTable | undefined,
  budget: SyncBudget
): Promise<unknown[][] | null> {
  if (!table || !planned) return null;
  if (!headerMatch(table.headers, planned)) return null; // not the add-in's layout: nothing to compare
  const { rect } = table;
  return readBodyColumns(
    context,
    table.sheet,
    { row: rect.row + 1, col: rect.col, rows: rect.rows - 1, cols: rect.cols },
    READ_BACK_COLUMNS.map((c) => COLUMN_INDEX[c]),
    budget
  );
}
