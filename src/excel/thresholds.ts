import type { Measure } from "../domain/measures";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import { SHEETS, type ThresholdKey } from "../workbook/layout";
import { readRecipe } from "../workbook/recipe";
import { defaultTarget, targetAddress } from "../workbook/settingsSheet";
import { PLAN_RECIPE_SETTING } from "./ownedSheets";

/**
 * Writes targets into the Settings cells: a share, or null for the national coverage formula. That
 * formula names the data table's columns in the workbook's language, which the stored recipe (the
 * plan the sheets hold) tells; a workbook without one was loaded in English.
 */
export async function applyThresholds(
  targets: Partial<Record<ThresholdKey, number | null>>
): Promise<void> {
  await Excel.run(async (context) => {
    const stored = context.workbook.settings.getItemOrNullObject(PLAN_RECIPE_SETTING);
    stored.load("value");
    await context.sync();
    const lang = (stored.isNullObject ? null : readRecipe(stored.value))?.options.lang ?? "en";
    const ws = context.workbook.worksheets.getItem(SHEETS.settings);
    for (const [key, value] of Object.entries(targets) as Array<[ThresholdKey, number | null]>) {
      const [measure, orgType] = key.split("|") as [Measure, OrgTypeOrAll];
      const cell = value === null ? defaultTarget(measure, orgType, lang) : value;
      ws.getRange(targetAddress(measure, orgType)).formulas = [
        [typeof cell === "object" && cell !== null ? cell.formula : (cell as number)],
      ];
    }
    await context.sync();
  });
}
