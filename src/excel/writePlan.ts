/**
 * Executes a workbook plan in the open workbook (Office.js). The plan decides everything; this
 * module only turns it into batched Excel calls: one read sync, then writes in as few syncs as the
 * 5 MB request limit allows (one for the seed). It touches only the add-in's own sheets, and a
 * failed write is rolled back.
 */
import { columnLetter, rangeAddress, sheetRef } from "../workbook/a1";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE, SHEETS } from "../workbook/layout";
import type { PlanSheet, PlanTable, WorkbookPlan } from "../workbook/plan";
import { BLOCK_FORMATS, blockMatrices, tableRows } from "./planCells";
import { payloadBytes, RequestBudget } from "./requestBudget";

/** Which sheets the add-in made (document settings), so it never overwrites a sheet of the user's. */
export const OWNED_SHEETS_SETTING = "schoolSafetyCoverage.sheets";

const TABLE_CHUNK_ROWS = 2000;
const POINTS_PER_CHAR = 7;

export class SheetNameTakenError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `A sheet named ${sheets.map((s) => `'${s}'`).join(", ")} already exists and was not made by this add-in. ` +
        "Rename it (or move its content), then load again: nothing was changed."
    );
    this.name = "SheetNameTakenError";
  }
}

/** A figure in the data table that differs from the report: the user edited it. */
export interface EditedFigure {
  row: number;
  period: string;
  measure: string;
  territory: string;
  orgType: string;
  column: "Covered" | "Total";
  inWorkbook: unknown;
  inReport: unknown;
}

export type LoadOutcome =
  | {
      kind: "loaded";
      created: string[];
      updated: string[];
      syncs: number;
      largestRequestBytes: number;
      warnings: string[];
    }
  | { kind: "needsConfirmation"; edited: EditedFigure[] };

export interface LoadOptions {
  /** The user agreed to replace figures they edited in the data table. */
  replaceEdited?: boolean;
  /** The plan the add-in's sheets hold now (to restore them if this load fails). */
  previous?: WorkbookPlan;
  requestBudget?: number;
  /** Called as sheets are queued and written: (done, total) steps. */
  onProgress?: (done: number, total: number) => void;
}

function ownedSheets(): Set<string> {
  const v: unknown = Office.context.document.settings.get(OWNED_SHEETS_SETTING);
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
}

function saveOwnedSheets(names: string[]): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(OWNED_SHEETS_SETTING, names);
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}

/** The edited figures: same key (period, measure, territory, type), other Covered/Total than the plan's. */
export function findEditedFigures(workbookRows: unknown[][], planned: PlanTable): EditedFigure[] {
  const key = (row: readonly unknown[]) =>
    [
      COLUMN_INDEX.Period,
      COLUMN_INDEX.Measure,
      COLUMN_INDEX["Territory ID"],
      COLUMN_INDEX["Org type"],
    ]
      .map((i) => String(row[i]))
      .join("|");
  const plannedByKey = new Map(planned.rows.map((r) => [key(r), r]));
  const edited: EditedFigure[] = [];
  workbookRows.forEach((row, i) => {
    const p = plannedByKey.get(key(row));
    if (!p) return;
    for (const column of ["Covered", "Total"] as const) {
      const c = COLUMN_INDEX[column];
      if (row[c] !== p[c]) {
        edited.push({
          row: i + 2,
          period: String(row[COLUMN_INDEX.Period]),
          measure: String(row[COLUMN_INDEX.Measure]),
          territory: String(row[COLUMN_INDEX.Territory]),
          orgType: String(row[COLUMN_INDEX["Org type"]]),
          column,
          inWorkbook: row[c],
          inReport: p[c],
        });
      }
    }
  });
  return edited;
}

/** Queues one sheet's content (the sheet exists and is empty). */
async function queueSheet(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: PlanSheet,
  budget: RequestBudget,
  warnings: string[]
) {
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  for (const [col, width] of Object.entries(sheet.columnWidths)) {
    const letter = columnLetter(Number(col));
    ws.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHAR;
  }
  for (const block of sheet.blocks) {
    const m = blockMatrices(block);
    await budget.reserve(payloadBytes(m.formulas) + payloadBytes(m.formats));
    const range = ws.getRange(
      rangeAddress(block.row, block.col, block.cells.length, block.cells[0]?.length ?? 1)
    );
    range.numberFormat = m.formats;
    range.formulas = m.formulas;
    const f = block.style ? BLOCK_FORMATS[block.style] : undefined;
    if (f?.bold) range.format.font.bold = true;
    if (f?.italic) range.format.font.italic = true;
    if (f?.size) range.format.font.size = f.size;
    if (f?.color) range.format.font.color = f.color;
    if (f?.fill) range.format.fill.color = f.fill;
  }
  for (const table of sheet.tables) await queueTable(context, ws, sheet.name, table, budget);
  for (const rule of sheet.conditionalFormats) {
    await budget.reserve(payloadBytes(rule));
    const cf = ws.getRange(rule.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.fontColor;
    cf.priority = rule.priority - 1;
    cf.stopIfTrue = rule.stopIfTrue;
  }
  if (sheet.charts.length && !Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    warnings.push(
      "Charts were not drawn: this Excel lacks ExcelApi 1.7. Their data is on the Summary sheet."
    );
  } else {
    for (const chart of sheet.charts) {
      await budget.reserve(payloadBytes(chart));
      const c = ws.charts.add(
        Excel.ChartType.barClustered,
        ws.getRange(chart.series[0].values),
        Excel.ChartSeriesBy.columns
      );
      c.name = chart.name;
      c.title.text = chart.title;
      c.legend.position = Excel.ChartLegendPosition.bottom;
      const first = c.series.getItemAt(0);
      first.name = chart.series[0].name;
      first.setXAxisValues(ws.getRange(chart.categories));
      first.format.fill.setSolidColor(chart.series[0].color);
      for (const s of chart.series.slice(1)) {
        const added = c.series.add(s.name);
        added.setValues(ws.getRange(s.values));
        added.setXAxisValues(ws.getRange(chart.categories));
        added.format.fill.setSolidColor(s.color);
      }
      first.overlap = 100;
      c.top = chart.row * 15;
      c.left = chart.col * 64;
      c.width = chart.widthPx;
      c.height = chart.heightPx;
    }
  }
  if (sheet.freeze) {
    if (sheet.freeze.rows) ws.freezePanes.freezeRows(sheet.freeze.rows);
    if (sheet.freeze.cols) ws.freezePanes.freezeColumns(sheet.freeze.cols);
  }
}

/** Header and rows in chunks (each chunk a bounded request), then the ListObject over them. */
async function queueTable(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetName: string,
  table: PlanTable,
  budget: RequestBudget
) {
  const width = table.columns.length;
  const header = ws.getRange(rangeAddress(table.row, table.col, 1, width));
  header.numberFormat = [table.columns.map(() => "@")];
  header.values = [table.columns.map((c) => c.name)];
  for (let from = 0; from < table.rows.length; from += TABLE_CHUNK_ROWS) {
    const to = Math.min(table.rows.length, from + TABLE_CHUNK_ROWS);
    const m = tableRows(table, from, to);
    await budget.reserve(payloadBytes(m.formulas) + payloadBytes(m.formats));
    const range = ws.getRange(rangeAddress(table.row + 1 + from, table.col, to - from, width));
    range.numberFormat = m.formats;
    range.formulas = m.formulas;
  }
  await budget.reserve(payloadBytes(table.name));
  const address = `${sheetRef(sheetName)}!${rangeAddress(table.row, table.col, Math.max(2, table.rows.length + 1), width)}`;
  const added = context.workbook.tables.add(address, true);
  added.name = table.name;
  added.style = table.style;
}

interface ReadState {
  sheets: Set<string>;
  tables: Array<{ name: string; sheet: string }>;
  names: Map<string, string>;
  owned: Set<string>;
  dataSnapshot: unknown[][] | null;
  charts: string[];
}

async function readState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  budget: RequestBudget
): Promise<ReadState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await budget.flush();
  const state: ReadState = {
    sheets: new Set(sheets.items.map((s) => s.name)),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: new Map(names.items.map((n) => [n.name, n.formula])),
    owned: ownedSheets(),
    dataSnapshot: null,
    charts: [],
  };
  const taken = plan.sheets
    .map((s) => s.name)
    .filter((n) => state.sheets.has(n) && !state.owned.has(n));
  if (taken.length) throw new SheetNameTakenError(taken);
  // A reload: read the data table (edited figures, and the snapshot to restore) and the charts to replace.
  const hasData = state.tables.some((t) => t.name === DATA_TABLE && state.owned.has(t.sheet));
  const hasSummary = state.sheets.has(SHEETS.summary) && state.owned.has(SHEETS.summary);
  if (hasData || hasSummary) {
    const body = hasData
      ? context.workbook.tables.getItem(DATA_TABLE).getDataBodyRange().load("formulas")
      : null;
    const charts = hasSummary
      ? context.workbook.worksheets.getItem(SHEETS.summary).charts.load("items/name")
      : null;
    await budget.flush();
    state.dataSnapshot = body ? body.formulas : null;
    state.charts = charts ? charts.items.map((c) => c.name) : [];
  }
  return state;
}

/** Empties one of the add-in's own sheets: its tables, charts, rules, contents and formats. */
function queueClear(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  state: ReadState
) {
  for (const t of state.tables.filter((x) => x.sheet === name))
    context.workbook.tables.getItem(t.name).delete();
  if (name === SHEETS.summary) for (const c of state.charts) ws.charts.getItem(c).delete();
  ws.getRange().conditionalFormats.clearAll();
  ws.getRange().clear(Excel.ClearApplyTo.all);
  ws.freezePanes.unfreeze();
}

async function queuePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: ReadState,
  budget: RequestBudget,
  warnings: string[],
  onProgress: (done: number, total: number) => void = () => undefined
) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.6"))
    context.application.suspendApiCalculationUntilNextSync();
  const created: string[] = [];
  const steps = plan.sheets.length + 1;
  for (const [i, sheet] of plan.sheets.entries()) {
    onProgress(i, steps);
    let ws: Excel.Worksheet;
    if (state.sheets.has(sheet.name)) {
      ws = context.workbook.worksheets.getItem(sheet.name);
      queueClear(context, ws, sheet.name, state);
    } else {
      ws = context.workbook.worksheets.add(sheet.name);
      created.push(sheet.name);
    }
    await queueSheet(context, ws, sheet, budget, warnings);
  }
  for (const name of plan.names) {
    if (state.names.has(name.name))
      context.workbook.names.getItem(name.name).formula = name.refersTo;
    else context.workbook.names.add(name.name, name.refersTo, name.comment);
  }
  return created;
}

/** Puts the workbook back as it was before a failed load: what this run created goes, what it changed comes back. */
async function rollback(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: ReadState,
  options: LoadOptions
) {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const now = new Set(sheets.items.map((s) => s.name));
  for (const s of plan.sheets)
    if (!state.sheets.has(s.name) && now.has(s.name))
      context.workbook.worksheets.getItem(s.name).delete();
  for (const n of names.items) {
    const before = state.names.get(n.name);
    if (before === undefined) {
      if (plan.names.some((p) => p.name === n.name)) n.delete();
    } else n.formula = before;
  }
  await context.sync();
  const modified = plan.sheets.filter((s) => state.sheets.has(s.name)).map((s) => s.name);
  if (modified.length && options.previous) {
    const restore: WorkbookPlan = {
      ...options.previous,
      sheets: options.previous.sheets.filter((s) => modified.includes(s.name)),
    };
    const tables = context.workbook.tables.load("items/name,items/worksheet/name");
    const charts = now.has(SHEETS.summary)
      ? context.workbook.worksheets.getItem(SHEETS.summary).charts.load("items/name")
      : null;
    await context.sync();
    const fresh: ReadState = {
      ...state,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      charts: charts ? charts.items.map((c) => c.name) : [],
      names: new Map(options.previous.names.map((n) => [n.name, n.refersTo])),
    };
    const budget = new RequestBudget(context, options.requestBudget);
    await queuePlan(context, restore, fresh, budget, []);
    if (state.dataSnapshot && state.dataSnapshot.length) {
      // The figures as the user had them (edits included), not only as the previous plan wrote them.
      const body = context.workbook.tables.getItem(DATA_TABLE).getDataBodyRange();
      body.formulas = state.dataSnapshot as (string | number)[][];
    }
    await budget.flush();
  }
}

/**
 * Loads a plan into the open workbook. Returns what was created and updated, or the figures the
 * user edited in the data table (nothing written) unless `replaceEdited` is set.
 */
export async function loadPlanIntoExcel(
  plan: WorkbookPlan,
  options: LoadOptions = {}
): Promise<LoadOutcome> {
  return Excel.run(async (context) => {
    const budget = new RequestBudget(context, options.requestBudget);
    const state = await readState(context, plan, budget);
    const data = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
    if (state.dataSnapshot && data && !options.replaceEdited) {
      const edited = findEditedFigures(state.dataSnapshot, data);
      if (edited.length) return { kind: "needsConfirmation", edited };
    }
    const warnings: string[] = [];
    let created: string[] = [];
    try {
      created = await queuePlan(context, plan, state, budget, warnings, options.onProgress);
      await budget.flush();
      options.onProgress?.(plan.sheets.length + 1, plan.sheets.length + 1);
    } catch (error) {
      try {
        await rollback(context, plan, state, options);
      } catch (rollbackError) {
        const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
        throw new Error(
          `${error instanceof Error ? error.message : String(error)} (and the workbook could not be fully restored: ${why})`
        );
      }
      throw error;
    }
    await saveOwnedSheets([...new Set([...state.owned, ...plan.sheets.map((s) => s.name)])]);
    return {
      kind: "loaded",
      created,
      updated: plan.sheets.map((s) => s.name).filter((n) => !created.includes(n)),
      syncs: budget.syncs,
      largestRequestBytes: budget.largestRequestBytes,
      warnings,
    };
  });
}
