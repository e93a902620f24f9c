import type { PlanConditionalFormat } from "../workbook/plan";
import { payloadBytes, type SyncBudget } from "./budget";

/**
 * The lagging highlights. ConditionalFormatCollection.add puts a new format "at the first/top
 * priority" (office-js-docs-reference, excel.conditionalformatcollection.yml), so the rules are
 * added lowest priority first and never re-prioritised: changing `priority` would leave this copy
 * of the object stale ("you have to re-fetch a new copy of the object", excel.conditionalformat.yml).
 */
export async function queueRules(
  ws: Excel.Worksheet,
  rules: readonly PlanConditionalFormat[],
  budget: SyncBudget
): Promise<void> {
  const lowestFirst = [...rules].sort((a, b) => b.priority - a.priority);
  for (const rule of lowestFirst) {
    await budget.reserve(payloadBytes(rule));
    const cf = ws.getRange(rule.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.fontColor;
    cf.stopIfTrue = rule.stopIfTrue;
  }
}
