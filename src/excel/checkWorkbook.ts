/**
 * "Check workbook": reads back what Excel computed and compares it with the data core. The first
 * real-Excel evidence comes from users, so it is one click, and it ends in a text they can send.
 */
import type { LoadReport } from "../host/paneHost";
import { cellAddress } from "../workbook/a1";
import {
  type CheckRange,
  compareValues,
  expectedMarks,
  type Mismatch,
  planChecks,
  planMapChecks,
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
import { rectFromAddress } from "../workbook/rects";
import { payloadBytes, SyncBudget } from "./budget";
import { hasExcelApi, isSetSupported } from "./requirements";

/** Range.getDisplayedCellProperties shows conditional formatting (ExcelApi 1.19, @types/office-js). */
const DISPLAYED_PROPERTIES = "1.19";
const READ_BYTES_PER_CELL = 32;

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
  const d =
    (
      Office.context as unknown as {
        diagnostics?: { host?: string; platform?: string; version?: string };
      }
    ).diagnostics ?? {};
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
    "unavailable" in check.marks
      ? `Highlights: not read (this Excel lacks ${check.marks.unavailable})`
      : `Highlights compared: ${(check.marks as { checked: number }).checked} rows; mismatches: ${(check.marks as { mismatches: Mismatch[] }).mismatches.length}`,
    ...check.mismatches
      .slice(0, 50)
      .map(
        (m) =>
          `  ${m.sheet}!${m.cell} (${m.label}): Excel ${JSON.stringify(m.excel)}, expected ${JSON.stringify(m.expected)}`
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

export async function checkWorkbook(
  plan: WorkbookPlan,
  facts: DiagnosticFacts = {}
): Promise<WorkbookCheck> {
  const checks = planChecks(plan);
  const marks = expectedMarks(plan);
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
    // The Map's grids are checked for what its selectors show now, if the user has kept the sheet:
    // whether it is there is known after the next sync (a read of a missing sheet fails the batch).
    const mapSheet = plan.sheets.some((s) => s.name === SHEETS.map)
      ? context.workbook.worksheets.getItemOrNullObject(SHEETS.map).load("name")
      : null;
    let marked: WorkbookCheck["marks"] = {
      unavailable: `ExcelApi ${DISPLAYED_PROPERTIES} (Range.getDisplayedCellProperties)`,
    };
    let displayed: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
    if (marks && hasExcelApi(DISPLAYED_PROPERTIES)) {
      displayed = context.workbook.worksheets
        .getItem(marks.sheet)
        .getRange(marks.address)
        .getDisplayedCellProperties({ format: { fill: { color: true } } });
    }
    await budget.flush();
    settle();
    if (mapSheet && !mapSheet.isNullObject) {
      const map = await queueMapRead(context, budget);
      await budget.flush();
      pending.push(...map.compare(plan));
      settle();
    }
    if (marks && displayed) {
      const at = rectFromAddress(marks.address);
      const wrong: Mismatch[] = [];
      marks.fills.forEach((fill, i) => {
        const shown = displayed!.value[i]?.[0]?.format?.fill?.color ?? null;
        const norm = (c: string | null | undefined) =>
          c && c.toUpperCase() !== "#FFFFFF" ? c.toUpperCase() : null;
        if (norm(shown) !== norm(fill))
          wrong.push({
            sheet: marks.sheet,
            cell: cellAddress(at.row + i, at.col),
            label: workbookLabels(plan.options.lang).check.highlight,
            excel: shown,
            expected: fill,
          });
      });
      marked = { checked: marks.fills.length, mismatches: wrong };
    }
    const result = { checked, mismatches, marks: marked };
    return { ...result, diagnostics: diagnosticsText(result, facts) };
  });
}
