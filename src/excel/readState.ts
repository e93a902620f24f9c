/**
 * What the workbook holds before a load: one read sync (sheets, tables, names, the owned-sheets
 * list); on a reload one more for the add-in's sheets (used ranges, charts, its tables' extent and
 * headers); then the data table's key and figure columns, in chunks under the response budget.
 */
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE } from "../workbook/layout";
import { headerMatch, type PlanTable, type WorkbookPlan } from "../workbook/plan";
import { READ_BACK_COLUMNS } from "../workbook/edits";
import { type CellRect, rectFromAddress } from "../workbook/rects";
import { rangeAddress } from "../workbook/a1";
import { payloadBytes, type SyncBudget } from "./budget";
import { NameTakenError, SheetNameTakenError } from "./errors";
import { type AddinSettings, queueReadOwnedSheets } from "./ownedSheets";
import { hasExcelApi } from "./requirements";

export interface ExistingTable {
  name: string;
  sheet: string;
  rect: CellRect;
  headers: string[];
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
  /** The workbook's slicers by name (ExcelApi 1.10; empty without it). */
  slicers: Set<string>;
  /** The data table's rows, READ_BACK_COLUMNS order (null on a first load). */
  readBack: unknown[][] | null;
}

/** Each read-back cell is at most this many bytes of JSON (ids, periods and figures are short). */
const READ_BYTES_PER_CELL = 48;

export async function readState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  budget: SyncBudget
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula,items/comment");
  const owned = queueReadOwnedSheets(context);
  // Workbook.slicers: ExcelApi 1.10 (excel.slicercollection); a reload replaces the add-in's own.
  const slicers = hasExcelApi("1.10") ? context.workbook.slicers.load("items/name") : null;
  await budget.reserve(256, 64 * 1024);
  await budget.flush();

  const state: WorkbookState = {
    sheets: new Set(sheets.items.map((s) => s.name)),
    ...owned(),
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
    slicers: new Set(slicers?.items.map((s) => s.name) ?? []),
    readBack: null,
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

  const existing = plan.sheets
    .filter((s) => lower.has(s.name.toLowerCase()))
    .map((s) => lower.get(s.name.toLowerCase())!);
  if (existing.length === 0) return state;

  const used = existing.map((s) => {
    const ws = context.workbook.worksheets.getItem(s);
    return {
      s,
      range: ws.getUsedRangeOrNullObject().load("address"),
      charts: ws.charts.load("items/name"),
    };
  });
  const keptTables = planTables
    .filter((t) => state.tables.has(t.name.toLowerCase()))
    .map((t) => {
      const table = context.workbook.tables.getItem(t.name);
      return {
        t,
        range: table.getRange().load("address"),
        header: table.getHeaderRowRange().load("values"),
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
  for (const k of keptTables) {
    const info = state.tables.get(k.t.name.toLowerCase())!;
    state.kept.set(k.t.name.toLowerCase(), {
      ...info,
      rect: rectFromAddress(k.range.address),
      headers: k.header.values[0].map(String),
    });
  }
  state.readBack = await readDataTable(
    context,
    state.kept.get(DATA_TABLE.toLowerCase()),
    planTables.find((t) => t.name === DATA_TABLE),
    budget
  );
  return state;
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
  const columns = READ_BACK_COLUMNS.map((c) => COLUMN_INDEX[c]);
  const ws = context.workbook.worksheets.getItem(table.sheet);
  const bodyRows = table.rect.rows - 1;
  const chunkRows = Math.max(1, Math.floor(budget.limit / (READ_BYTES_PER_CELL * columns.length)));
  const rows: unknown[][] = Array.from({ length: bodyRows }, () => []);
  for (let from = 0; from < bodyRows; from += chunkRows) {
    const n = Math.min(chunkRows, bodyRows - from);
    const parts = columns.map((c) =>
      ws.getRange(rangeAddress(table.rect.row + 1 + from, table.rect.col + c, n, 1)).load("values")
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
