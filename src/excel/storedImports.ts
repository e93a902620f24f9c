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
 *
 * Here, reading them back (which the functions' runtime does when a workbook opens); writing them
 * is persistImports.ts, the pane's.
 */
import type { DatasetStore } from "../analysis/datasetStore";
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
