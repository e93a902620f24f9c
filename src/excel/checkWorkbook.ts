/**
 * "Check workbook": reads back what Excel computed and compares it with the data core. The first
 * real-Excel evidence comes from users, so it is one click, and it ends in a text they can send.
 */
import type { LoadReport } from "../host/paneHost";
import { cellAddress, rangeAddress } from "../workbook/a1";
import { type CoverageKey, DATA_TABLE } from "../workbook/layout";
import {
  CHECKED_COLUMNS,
  type CheckRange,
  compareRows,
  compareValues,
  type Mismatch,
  planChecks,
  planMapChecks,
  planRowChecks,
  ROW_KEY_COLUMNS,
  matchRows,
  type RowChecks,
  type WorkbookCheck,
} from "../workbook/checks";
import { SHEETS } from "../workbook/layout";
import {
  MAP_CHOICE_RANGE,
  MAP_GRID,
  MAP_GRID_RANGES,
  mapChoiceFromValues,
} from "../workbook/mapSheet";
import { workbookLabels } from "../workbook/labels";
import type { WorkbookPlan } from "../workbook/plan";
import { readWaitingOutCellEdit } from "./cellEdit";
import { rectFromAddress } from "../workbook/rects";
import { payloadBytes, SyncBudget } from "./budget";
import { type LiveTable, queueDataTable, queueTableShape, readTableRows } from "./findRows";
import { hasExcelApi, isSetSupported } from "./requirements";

/** Range.getDisplayedCellProperties shows conditional formatting (ExcelApi 1.19, @types/office-js). */
const DISPLAYED_PROPERTIES = "1.19";
const READ_BYTES_PER_CELL = 32;
/** A displayed cell's fill as JSON: {"format":{"fill":{"color":"#FFFFFF"}}}, about 43 bytes. */
const DISPLAYED_BYTES_PER_CELL = 48;

export interface DiagnosticFacts {
  lastLoad?: LoadReport;
  lambda?: string;
}

function highest(set: string, versions: string[]): string {
  const have = versions.filter((v) => isSetSupported(set, v));
  return have.length ? have[have.length - 1] : "none";
}

export function diagnosticsText(
  check: Omit<WorkbookCheck, "diagnostics">,
  facts: DiagnosticFacts
): string {
  const d: Partial<Office.ContextInformation> = Office.context.diagnostics ?? {};
  const excelApi = Array.from({ length: 25 }, (_, i) => `1.${i + 1}`);
  const lines = [
    "School Safety Coverage — diagnostics",
    `Office: ${d.host ?? "?"} on ${d.platform ?? "?"}, version ${d.version ?? "?"}`,
    `ExcelApi: ${highest("ExcelApi", excelApi)}; ExcelApiOnline: ${highest("ExcelApiOnline", ["1.1"])}; SharedRuntime: ${highest("SharedRuntime", ["1.1", "1.2"])}; CustomFunctionsRuntime: ${highest("CustomFunctionsRuntime", ["1.1", "1.2", "1.3", "1.4"])}`,
    `LAMBDA (=COVERAGE name): ${facts.lambda ?? "not tried in this session"}`,
    facts.lastLoad
      ? `Last load: ${facts.lastLoad.syncs} syncs, largest request ${facts.lastLoad.largestRequestBytes} bytes, largest response ${facts.lastLoad.largestResponseBytes} bytes (estimated)`
      : "Last load: none in this session",
    `Figures compared: ${check.checked}; mismatches: ${check.mismatches.length}`,
    ...(check.unchecked.rows || check.unchecked.columns.length
      ? [
          `Not checked: ${check.unchecked.rows} rows not read back; columns not found: ${check.unchecked.columns.join(", ") || "none"}`,
        ]
      : []),
    "unavailable" in check.marks
      ? `Highlights: not read (this Excel lacks ${check.marks.unavailable})`
      : `Highlights compared: ${(check.marks as { checked: number }).checked} rows; mismatches: ${(check.marks as { mismatches: Mismatch[] }).mismatches.length}`,
    ...check.mismatches
      .slice(0, 50)
      .map((m) =>
        m.cell
          ? `  ${m.sheet}!${m.cell} (${m.label}): Excel ${JSON.stringify(m.excel)}, expected ${JSON.stringify(m.expected)}`
          : `  ${m.label}: ${String(m.expected)}`
      ),
  ];
  if ("mismatches" in check.marks)
    lines.push(
      ...check.marks.mismatches
        .slice(0, 50)
        .map(
          (m) =>
            `  highlight ${m.sheet}!${m.cell}: Excel ${JSON.stringify(m.excel)}, expected ${JSON.stringify(m.expected)}`
        )
    );
  return lines.join("\n");
}

/**
 * Queues the reads of the Map's selectors and grids (into an empty batch: the other checks have
 * been read); `compare` pairs each grid with its check once they are read.
 */
async function queueMapRead(
  context: Excel.RequestContext,
  budget: SyncBudget
): Promise<{ compare: (plan: WorkbookPlan) => Array<{ check: CheckRange; range: Excel.Range }> }> {
  const sheet = () => context.workbook.worksheets.getItem(SHEETS.map);
  const levels = ["region", "city"] as const;
  await budget.reserve(
    payloadBytes(MAP_CHOICE_RANGE) * 3,
    READ_BYTES_PER_CELL * (6 + 2 * MAP_GRID.rows * MAP_GRID.cols)
  );
  const choice = sheet().getRange(MAP_CHOICE_RANGE).load("values");
  const grids = new Map(
    levels.map((l) => [MAP_GRID_RANGES[l], sheet().getRange(MAP_GRID_RANGES[l]).load("values")])
  );
  return {
    compare: (plan) =>
      planMapChecks(plan, mapChoiceFromValues(choice.values)).map((check) => ({
        check,
        range: grids.get(check.address)!,
      })),
  };
}

type RowsCheck = Pick<WorkbookCheck, "checked" | "mismatches" | "marks" | "unchecked">;

/**
 * Reads the data table's key and formula columns as the table is now (findRows.ts: any order,
 * filter or columns of the user's) and compares each row with the plan's row of the same key; the
 * highlights too, where ExcelApi 1.19 shows them, in the same sync as the first columns. `live`
 * is where the table stands (queueTableShape), null when the workbook has none.
 */
async function checkDataRows(
  context: Excel.RequestContext,
  live: LiveTable | null,
  checks: RowChecks,
  lang: WorkbookPlan["options"]["lang"],
  budget: SyncBudget
): Promise<RowsCheck> {
  const labels = workbookLabels(lang).check;
  const unavailable = {
    unavailable: `ExcelApi ${DISPLAYED_PROPERTIES} (Range.getDisplayedCellProperties)`,
  };
  const none = { checked: 0, marks: unavailable };
  const keys = [...ROW_KEY_COLUMNS, ...CHECKED_COLUMNS];
  if (!live) {
    // One line for the whole table, not one per row it held.
    const missing = { sheet: SHEETS.data, cell: "", label: labels.tableMissing, excel: null };
    return {
      ...none,
      mismatches: [{ ...missing, expected: DATA_TABLE }],
      unchecked: NONE_UNCHECKED,
    };
  }
  const missing = keys.filter((k) => live.columns[k] === undefined);
  if (missing.length) return { ...none, mismatches: [], unchecked: { rows: 0, columns: missing } };
  let displayed: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
  if (hasExcelApi(DISPLAYED_PROPERTIES) && live.body.rows > 0) {
    await budget.reserve(payloadBytes(null), DISPLAYED_BYTES_PER_CELL * live.body.rows);
    displayed = context.workbook.worksheets
      .getItem(live.sheet)
      .getRange(
        rangeAddress(live.body.row, live.body.col + live.columns.coverage!, live.body.rows, 1)
      )
      .getDisplayedCellProperties({ format: { fill: { color: true } } });
  }
  const { rows } = await readTableRows(context, live, keys, budget);
  if (!rows) throw new Error("The data table's columns were found, then not read.");
  const at = {
    sheet: live.sheet,
    cell: (i: number, column: CoverageKey) =>
      cellAddress(live.body.row + i, live.body.col + live.columns[column]!),
  };
  const compared = compareRows(checks, rows, at, labels.rowMissing);
  const unchecked = { rows: Math.max(0, live.body.rows - rows.length), columns: [] };
  if (!displayed || !hasExcelApi(DISPLAYED_PROPERTIES))
    return { ...compared, marks: unavailable, unchecked };
  const shown = displayed.value.map((r) => r[0]?.format?.fill?.color ?? null);
  return { ...compared, marks: compareFills(checks, rows, shown, at, labels.highlight), unchecked };
}

const NONE_UNCHECKED = { rows: 0, columns: [] };

/** The highlights Excel shows against those the plan's rows must show, each row by its key. */
function compareFills(
  checks: RowChecks,
  rows: readonly (readonly unknown[])[],
  shown: ReadonlyArray<string | null>,
  at: { sheet: string; cell: (i: number, column: CoverageKey) => string },
  label: string
): { checked: number; mismatches: Mismatch[] } {
  const norm = (c: string | null | undefined) =>
    c && c.toUpperCase() !== "#FFFFFF" ? c.toUpperCase() : null;
  const mismatches: Mismatch[] = [];
  let checked = 0;
  matchRows(checks, rows).forEach((row, i) => {
    if (!row) return;
    checked++;
    if (norm(shown[i]) !== norm(row.fill))
      mismatches.push({
        sheet: at.sheet,
        cell: at.cell(i, "coverage"),
        label,
        excel: shown[i],
        expected: row.fill,
      });
  });
  return { checked, mismatches };
}

export async function checkWorkbook(
  plan: WorkbookPlan,
  facts: DiagnosticFacts = {}
): Promise<WorkbookCheck> {
  return readWaitingOutCellEdit(() => readAndCompare(plan, facts));
}

async function readAndCompare(plan: WorkbookPlan, facts: DiagnosticFacts): Promise<WorkbookCheck> {
  const checks = planChecks(plan);
  const rowChecks = planRowChecks(plan);
  return Excel.run(async (context) => {
    const budget = new SyncBudget(context);
    const mismatches: Mismatch[] = [];
    let checked = 0;
    const pending: Array<{ check: CheckRange; range: Excel.Range }> = [];
    const settle = () => {
      for (const { check, range } of pending.splice(0)) {
        const at = rectFromAddress(check.address);
        mismatches.push(
          ...compareValues(check, range.values, (i, j) => cellAddress(at.row + i, at.col + j))
        );
        checked += check.expected.reduce((n, r) => n + r.length, 0);
      }
    };
    for (const check of checks) {
      const cells = check.expected.reduce((n, r) => n + r.length, 0);
      const syncsBefore = budget.syncs;
      await budget.reserve(payloadBytes(check.address), READ_BYTES_PER_CELL * cells);
      if (budget.syncs !== syncsBefore) settle();
      pending.push({
        check,
        range: context.workbook.worksheets
          .getItem(check.sheet)
          .getRange(check.address)
          .load("values"),
      });
    }
    // Whether the data table and the Map are there is known after the next sync (a read of a
    // missing sheet fails the batch): the Map's grids are checked for what its selectors show now.
    const table = rowChecks ? queueDataTable(context) : null;
    const mapSheet = plan.sheets.some((s) => s.name === SHEETS.map)
      ? context.workbook.worksheets.getItemOrNullObject(SHEETS.map).load("name")
      : null;
    await budget.flush();
    settle();
    // One sync for the Map's grids and where the data table stands, one for the table's columns.
    const map = mapSheet && !mapSheet.isNullObject ? await queueMapRead(context, budget) : null;
    const shape = table ? queueTableShape(table, plan.options.lang) : null;
    if (map || (table && !table.isNullObject)) await budget.flush();
    if (map) {
      pending.push(...map.compare(plan));
      settle();
    }
    let rows: RowsCheck = {
      checked: 0,
      mismatches: [],
      marks: { unavailable: "no data table in the plan" },
      unchecked: { rows: 0, columns: [] },
    };
    if (shape && rowChecks)
      rows = await checkDataRows(context, shape(), rowChecks, plan.options.lang, budget);
    const result = {
      checked: rows.checked + checked,
      mismatches: [...rows.mismatches, ...mismatches],
      marks: rows.marks,
      unchecked: rows.unchecked,
    };
    return { ...result, diagnostics: diagnosticsText(result, facts) };
  });
}
