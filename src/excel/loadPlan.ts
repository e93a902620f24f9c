/**
 * Executes a workbook plan in the open workbook (Office.js). The plan decides everything; this
 * module only orders the calls so that each one meets Excel's rules when it runs:
 *
 *   1. read the workbook (one sync on a first load; more on a reload, in budgeted chunks);
 *   2. empty the add-in's own sheets around the tables it keeps; add the sheets it lacks;
 *   3. the tables: values, then each ListObject, then its formula columns (a structured reference
 *      must name an existing table when it is set);
 *   4. the defined names (they refer to Settings cells, which now exist);
 *   5. every sheet's cells, rules and charts (they use the tables and the names);
 *   6. the list of the add-in's sheets and the plan's recipe (workbook/recipe.ts), in the same batch;
 *   7. once that has succeeded, the slicers in their own batch (writeMap.ts, addSlicers): one Excel
 *      refuses is a warning of the load, never a rollback of it.
 *
 * Writes go out in as few syncs as the request budget allows (one for the seed). A failed write is
 * rolled back (rollback.ts). Only the add-in's sheets are touched; the user's never are.
 */
import type { HostNotice } from "../host/hostMessages";
import type { LoadOutcome } from "../host/paneHost";
import { findEditedFigures } from "../workbook/edits";
import { DATA_TABLE } from "../workbook/layout";
import { keepMapChoice, userMapChoice } from "../workbook/mapSheet";
import type { WorkbookPlan } from "../workbook/plan";
import { DEFAULT_BUDGET_BYTES, SyncBudget } from "./budget";
import { RestoreFailedError } from "./errors";
import { queueWriteOwnedSheets, queueWritePlanRecipe } from "./ownedSheets";
import { planRecipe } from "../workbook/recipe";
import { queuePlan } from "./queuePlan";
import { readState } from "./readState";
import { rollback } from "./rollback";
import { addSlicers } from "./writeMap";

export interface LoadOptions {
  /** The user agreed to replace figures they edited in the data table. */
  replaceEdited?: boolean;
  /** The plan the add-in's sheets hold now (to restore them if this load fails). */
  previous?: WorkbookPlan;
  budgetBytes?: number;
  /** Called as sheets are queued and written: (done, total) steps. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Loads a plan into the open workbook. Returns what was created and updated, or the figures the
 * user edited in the data table (nothing written) unless `replaceEdited` is set.
 */
export async function loadPlanIntoExcel(
  planned: WorkbookPlan,
  options: LoadOptions = {}
): Promise<LoadOutcome> {
  return Excel.run(async (context) => {
    const budget = new SyncBudget(context, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
    const state = await readState(context, planned, budget);
    // The Map keeps the measure, type and period the user chose; its rollback, all it showed.
    const shown = state.mapChoice;
    const plan = keepMapChoice(planned, shown && userMapChoice(shown, options.previous));
    const previous = options.previous && keepMapChoice(options.previous, shown);
    const data = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
    if (state.readBack && data && !options.replaceEdited) {
      const edited = findEditedFigures(state.readBack, data);
      if (edited.length) return { kind: "needsConfirmation", edited };
    }
    const warnings: HostNotice[] = [];
    let created: string[] = [];
    try {
      created = await queuePlan(context, plan, state, budget, warnings, options.onProgress);
      queueWriteOwnedSheets(context, [
        ...new Set([...state.owned, ...plan.sheets.map((s) => s.name)]),
      ]);
      queueWritePlanRecipe(context, planRecipe(plan));
      await budget.flush();
      options.onProgress?.(1, 1);
    } catch (error) {
      try {
        await rollback(context, plan, state, previous, budget.limit);
      } catch (rollbackError) {
        throw new RestoreFailedError(error, rollbackError);
      }
      throw error;
    }
    const loadSyncs = budget.syncs;
    await addSlicers(context, plan.slicers, state, budget, warnings);
    return {
      kind: "loaded",
      created,
      updated: plan.sheets.map((s) => s.name).filter((n) => !created.includes(n)),
      // The load's own syncs; the slicers' batch (2 more where there are slicers) is not counted.
      syncs: loadSyncs,
      largestRequestBytes: budget.largestRequestBytes,
      largestResponseBytes: budget.largestResponseBytes,
      warnings,
    };
  });
}
