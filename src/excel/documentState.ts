/**
 * Where the add-in keeps its state in the workbook: Excel's Workbook.settings (SettingCollection,
 * ExcelApi 1.4), "a key-value pair of a setting persisted to the document (per file, per add-in)"
 * (REF excel.setting.yml), written only inside Excel.run batches. The keys:
 *
 * - schoolSafetyCoverage.sheets      the add-in's sheets (ownedSheets.ts)
 * - schoolSafetyCoverage.plan        the recipe of the plan they hold (workbook/recipe.ts)
 * - schoolSafetyCoverage.slicers     the add-in's slicers, by the names it gave them (ownedSlicers.ts)
 * - schoolSafetyCoverage.importedReports  the imported reports' texts (storedImports.ts)
 *
 * Versions before this one wrote the imports (and, before that, the sheets' list) through the
 * Common API's Office.context.document.settings. Whether that is the same store is not documented
 * (REF excel-api-1-4-requirement-set.md: "The functionality of Excel.Setting is equivalent to
 * Office.Settings"), so a key Workbook.settings lacks is looked for there too, read only: the
 * add-in never calls its saveAsync, which writes the pane's whole in-memory copy back over the
 * document's settings (storedImports.ts says why).
 */
import { readWaitingOutCellEdit } from "./cellEdit";

/**
 * A value the add-in stored under `key` by an earlier version through the Common API, or
 * undefined. Office.context.document.settings.get returns null for a missing key (REF
 * office.settings.yml, get: "null if the setting does not exist").
 */
export function legacyDocumentSetting(key: string): unknown {
  // Office.Settings (the Common API's Settings set, in Excel on every platform): looked for, not
  // asked of isSetSupported, so a host that answered no would not hide a workbook's imports.
  if (
    typeof Office === "undefined" ||
    typeof Office.context?.document?.settings?.get !== "function"
  )
    return undefined;
  const value: unknown = Office.context.document.settings.get(key);
  return value === null ? undefined : value;
}

/** The add-in's setting `key` as the workbook holds it now (Workbook.settings, then the legacy place). */
export async function readAddinSetting(key: string): Promise<unknown> {
  const value = await readWaitingOutCellEdit(() =>
    Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      await context.sync();
      return item.isNullObject ? undefined : (item.value as unknown);
    })
  );
  return value !== undefined ? value : legacyDocumentSetting(key);
}
