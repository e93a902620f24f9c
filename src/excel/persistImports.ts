/**
 * Writing the imported reports' texts into the workbook's settings (storedImports.ts reads them
 * back), within the room Office gives an add-in's settings.
 */
import { HostError, notice } from "../host/hostMessages";
import { IMPORTS_SETTING, type StoredImport } from "./storedImports";

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
