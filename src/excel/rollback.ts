/**
 * Puts the workbook back as it was before a failed load. Excel has no transactions: the operations
 * of a failed sync before the failing one have taken effect. So: the names this load added go and
 * the ones it changed come back; the sheets it added go; the add-in's settings (owned sheets,
 * recipe) are set back; the add-in's sheets it rewrote are written again from the plan they held,
 * their tables resized back (never deleted), and the data table's figures set back as the user had
 * them, edits included. All under the same request budget.
 */
import { HostError, notice } from "../host/hostMessages";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE } from "../workbook/layout";
import type { PlanTable, WorkbookPlan } from "../workbook/plan";
import { READ_BACK_COLUMNS } from "../workbook/edits";
import { payloadBytes, SETTER_BYTES, SyncBudget } from "./budget";
import { queueCurrentSettings, queueRestoreSettings } from "./ownedSheets";
import { queuePlan } from "./queuePlan";
import { readState, type WorkbookState } from "./readState";
import { addSlicers } from "./writeMap";

const CHUNK_ROWS = 5000;

/**
 * A data table an earlier version wrote lacked the columns added since; the restore above grew
 * them like any reload (writeTable.ts, queueAddedColumns). They go again: the table is as it was.
 */
async function queueDropAddedColumns(
  context: Excel.RequestContext,
  data: PlanTable | undefined,
  before: WorkbookState,
  budget: SyncBudget
): Promise<void> {
  const was = before.kept.get(DATA_TABLE.toLowerCase());
  if (!data || !was || was.headers.length >= data.columns.length) return;
  const table = context.workbook.tables.getItem(DATA_TABLE);
  for (const column of data.columns.slice(was.headers.length).reverse()) {
    await budget.reserve(payloadBytes(column.name) + SETTER_BYTES);
    table.columns.getItem(column.name).delete();
  }
}

export async function rollback(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  before: WorkbookState,
  previous: WorkbookPlan | undefined,
  limit: number
): Promise<void> {
  const budget = new SyncBudget(context, limit);
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const settings = queueCurrentSettings(context);
  await budget.flush();

  queueRestoreSettings(context, before.settings, settings);

  for (const n of names.items) {
    const was = before.names.get(n.name.toLowerCase());
    if (!was && plan.names.some((p) => p.name.toLowerCase() === n.name.toLowerCase())) n.delete();
    else if (was && was.formula !== n.formula) n.formula = was.formula;
  }
  for (const s of sheets.items)
    if (
      !before.sheets.has(s.name) &&
      plan.sheets.some((p) => p.name.toLowerCase() === s.name.toLowerCase())
    )
      s.delete();
  await budget.flush();

  const rewritten = plan.sheets.filter((s) =>
    [...before.sheets].some((b) => b.toLowerCase() === s.name.toLowerCase())
  );
  if (rewritten.length === 0) return;
  if (!previous)
    throw new HostError(
      notice("rollback-incomplete", { sheets: rewritten.map((s) => s.name).join(", ") })
    );
  const restored = previous.sheets.filter((s) => rewritten.some((r) => r.name === s.name));
  const restore: WorkbookPlan = {
    ...previous,
    sheets: restored,
    // A slicer comes back only with its sheet and its table.
    slicers: previous.slicers?.filter(
      (x) =>
        restored.some((s) => s.name === x.sheet) &&
        restored.some((s) => s.tables.some((t) => t.name === x.sourceTable))
    ),
  };
  const now = await readState(context, restore, budget);
  await queuePlan(context, restore, now, budget, []);
  const data = restore.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
  if (data && before.readBack && before.readBack.length === data.rows.length) {
    // The figures as the user had them (edits included), not only as the previous plan wrote them.
    const table = context.workbook.tables.getItem(DATA_TABLE);
    for (const column of ["covered", "total"] as const) {
      const k = READ_BACK_COLUMNS.indexOf(column);
      // By its name in the restored plan's language: queuePlan above has put those headers back.
      const body = table.columns
        .getItem(data.columns[COLUMN_INDEX[column]].name)
        .getDataBodyRange();
      for (let from = 0; from < data.rows.length; from += CHUNK_ROWS) {
        const to = Math.min(data.rows.length, from + CHUNK_ROWS);
        const values = before.readBack.slice(from, to).map((r) => [r[k] as string | number]);
        await budget.reserve(payloadBytes(values));
        (from === 0 && to === data.rows.length
          ? body
          : body.getCell(from, 0).getResizedRange(to - from - 1, 0)
        ).values = values;
      }
    }
  }
  await queueDropAddedColumns(context, data, before, budget);
  await budget.flush();
  // The slicers the failed load deleted, in their own batch as a load adds them (its warnings dropped).
  await addSlicers(context, restore.slicers, now, budget, []);
}
