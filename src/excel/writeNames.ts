import type { PlanName } from "../workbook/plan";
import { payloadBytes, type SyncBudget } from "./budget";
import type { WorkbookState } from "./readState";

/**
 * The defined names the views, targets and highlights read. Added after the sheets they refer to
 * exist and before any formula or rule that uses them. An existing name gets its new formula
 * (NamedItem.formula is settable from ExcelApi 1.7, which every build the manifest accepts has)
 * and its comment in the workbook's language (NamedItem.comment, settable from ExcelApi 1.4).
 */
export async function queueNames(
  context: Excel.RequestContext,
  names: readonly PlanName[],
  state: WorkbookState,
  budget: SyncBudget
): Promise<void> {
  for (const name of names) {
    const existing = state.names.get(name.name.toLowerCase());
    const comment = name.comment ?? "";
    if (existing && existing.formula === name.refersTo && existing.comment === comment) continue;
    await budget.reserve(payloadBytes(name));
    if (!existing) {
      context.workbook.names.add(name.name, name.refersTo, comment);
      continue;
    }
    const item = context.workbook.names.getItem(existing.name);
    if (existing.formula !== name.refersTo) item.formula = name.refersTo;
    if (existing.comment !== comment) item.comment = comment;
  }
}
