/**
 * Imported reports live in the workbook's settings as their source texts, re-parsed when the
 * workbook opens, so the custom functions answer with the same periods after a reopen.
 *
 * One store, one write path: everything the add-in keeps in the workbook goes through Excel's
 * Workbook.settings (ExcelApi 1.4) in an Excel.run batch (documentState.ts). Microsoft's guidance
 * is to "use these APIs instead of the Common APIs" (PR docs/develop/persisting-add-in-state-and-settings.md),
 * and the Common API's Office.context.document.settings is a copy "loaded from the document at the
 * time the user opened it" whose saveAsync "persist[s] all of that user's settings to the document"
 * (REF office.settings.yml, refreshAsync): saved after a load had written its keys through
 * Workbook.settings, it would put the pane's old copy back over them, if the two are one store,
 * which "Excel.Setting is equivalent to Office.Settings" (REF excel-api-1-4-requirement-set.md)
 * suggests and no text denies. So the add-in never writes through the Common API; it only reads
 * from it what versions before this one stored there (legacyDocumentSetting).
 */
import type { DatasetStore } from "../analysis/datasetStore";
import { HostError, notice } from "../host/hostMessages";
import { readAddinSetting } from "./documentState";

export const IMPORTS_SETTING = "schoolSafetyCoverage.importedReports";

export interface StoredImport {
  period: string;
  text: string;
}

function isStoredImport(x: unknown): x is StoredImport {
  return typeof x === "object" && x !== null && typeof (x as StoredImport).text === "string";
}

/** The stored imports, as the workbook holds them (a value that is not a list of reports: none). */
export async function readStoredImports(): Promise<StoredImport[]> {
  const stored = await readAddinSetting(IMPORTS_SETTING);
  return Array.isArray(stored) ? stored.filter(isStoredImport) : [];
}

/**
 * Reads the stored imports into the store. Returns how many periods were restored. The parser is
 * loaded only when the workbook holds some (the functions' runtime needs it for nothing else).
 */
export async function restoreImports(store: DatasetStore): Promise<number> {
  const stored = await readStoredImports();
  if (stored.length === 0) return 0;
  const { parseReport } = await import(/* webpackChunkName: "parser" */ "../report/parseReport");
  let restored = 0;
  for (const item of stored) {
    const report = parseReport(item.text);
    if (report.records.length === 0) continue;
    store.addImported(report, item.text);
    restored++;
  }
  return restored;
}

/**
 * Office keeps at most 2 MB of settings for each add-in (REF office-js-docs-pr
 * reference/shared/settings.set.md at 25cb4ba, Remarks: "A maximum of 2MB is available for the
 * settings of each add-in."; the current pages no longer say it, and say no other figure). What
 * happens past it is not documented (a failed save, or a save that loses the value): so the
 * add-in never tries.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/**
 * The limit is the add-in's, for all its settings: the plan's recipe and the list of its sheets
 * and slicers (a few KB: 2.4 KB for 100 periods) are kept clear of the imports.
 */
export const IMPORTS_LIMIT_BYTES = SETTINGS_LIMIT_BYTES - 64 * 1024;

/**
 * The stored imports' size as it counts against the limit: their JSON (settings are stored as
 * their JSON, REF office.settings.yml, set), two bytes a UTF-16 code unit, the larger of the ways
 * it may be counted (a Cyrillic letter is two bytes in UTF-8 too).
 */
export function storedImportsBytes(texts: readonly StoredImport[]): number {
  return JSON.stringify(texts).length * 2;
}

/**
 * Writes the imported reports' texts into the workbook's settings: one operation in one batch, so
 * a batch Excel refuses writes nothing. Past the settings limit nothing is written and the user is
 * told. The settings, the saved workbook and the pane's store (which commits an import only after
 * this succeeds) never disagree.
 */
export async function persistImports(texts: readonly StoredImport[]): Promise<void> {
  const bytes = storedImportsBytes(texts);
  if (bytes > IMPORTS_LIMIT_BYTES)
    throw new HostError(
      notice("imports-too-large", {
        periods: texts.length,
        mb: (bytes / 1024 / 1024).toFixed(1),
        limit: (SETTINGS_LIMIT_BYTES / 1024 / 1024).toFixed(0),
      })
    );
  await Excel.run(async (context) => {
    context.workbook.settings.add(
      IMPORTS_SETTING,
      texts.map(({ period, text }) => ({ period, text }))
    );
    try {
      await context.sync();
    } catch (e) {
      throw new HostError(
        notice("save-imports-failed", { detail: e instanceof Error ? e.message : String(e) })
      );
    }
  });
}
