/**
 * Which sheets the add-in made, so it never overwrites a sheet of the user's. Kept in the
 * workbook's own settings (Workbook.settings, ExcelApi 1.4): written in the same batch as the load,
 * so it cannot disagree with the sheets, and with no separate saveAsync that could fail unseen.
 * Earlier versions kept the list in the document settings; it is still read from there.
 */
import type { PlanRecipe } from "../workbook/recipe";
import { legacyDocumentSetting, readAddinSetting } from "./documentState";
import { type SlicerRecord, slicerRecords } from "./ownedSlicers";

export const OWNED_SHEETS_SETTING = "schoolSafetyCoverage.sheets";
/** The recipe of the plan the add-in's sheets hold (workbook/recipe.ts), written with the load. */
export const PLAN_RECIPE_SETTING = "schoolSafetyCoverage.plan";
/**
 * The slicers the add-in added: for each, the plan's name for it and the name Excel holds
 * (ownedSlicers.ts, SlicerRecord), written with the slicers (writeMap.ts, addSlicers). A reload
 * keeps, updates or deletes only these: a slicer of the user's is never touched.
 */
export const OWNED_SLICERS_SETTING = "schoolSafetyCoverage.slicers";
/** What a load writes into Workbook.settings, and a failed load puts back. */
const ADDIN_SETTINGS = [OWNED_SHEETS_SETTING, PLAN_RECIPE_SETTING, OWNED_SLICERS_SETTING] as const;

const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** The add-in's settings as the workbook held them (absent keys are not in the map). */
export type AddinSettings = Map<string, unknown>;

/** Queues the read; the returned function gives the list, and the settings as they were, after the next sync. */
export function queueReadOwnedSheets(
  context: Excel.RequestContext
): () => { owned: Set<string>; slicerRecords: SlicerRecord[]; settings: AddinSettings } {
  const items = ADDIN_SETTINGS.map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    return [key, item] as const;
  });
  // The closure is called after the caller's context.sync(): the rule cannot see across it.

  return () => {
    const settings: AddinSettings = new Map(
      items.filter(([, item]) => !item.isNullObject).map(([key, item]) => [key, item.value])
    );
    const owned = new Set([
      ...names(settings.get(OWNED_SHEETS_SETTING)),
      ...names(legacyDocumentSetting(OWNED_SHEETS_SETTING)),
    ]);
    return { owned, slicerRecords: slicerRecords(settings.get(OWNED_SLICERS_SETTING)), settings };
  };
}

export function queueWriteOwnedSheets(
  context: Excel.RequestContext,
  sheets: readonly string[]
): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, [...sheets]);
}

export function queueWriteOwnedSlicers(
  context: Excel.RequestContext,
  slicers: readonly SlicerRecord[]
): void {
  context.workbook.settings.add(
    OWNED_SLICERS_SETTING,
    slicers.map(({ name, slicer, sheet, key }) => ({ name, slicer, sheet, key }))
  );
}

export function queueWritePlanRecipe(context: Excel.RequestContext, recipe: PlanRecipe): void {
  context.workbook.settings.add(PLAN_RECIPE_SETTING, recipe);
}

/** The stored recipe as it is (unchecked: workbook/recipe.ts reads it), or null if none. */
export async function readStoredRecipe(): Promise<unknown> {
  return (await readAddinSetting(PLAN_RECIPE_SETTING)) ?? null;
}

/**
 * Queues putting the add-in's settings back as they were; `current` are the setting items as they
 * stand now (loaded with getItemOrNullObject), so that one this load added can be deleted.
 */
export function queueRestoreSettings(
  context: Excel.RequestContext,
  before: AddinSettings,
  current: ReadonlyArray<readonly [string, Excel.Setting]>
): void {
  for (const [key, item] of current) {
    if (before.has(key)) context.workbook.settings.add(key, before.get(key));
    else if (!item.isNullObject) item.delete();
  }
}

/** Queues the loads queueRestoreSettings needs. */
export function queueCurrentSettings(
  context: Excel.RequestContext
): ReadonlyArray<readonly [string, Excel.Setting]> {
  return ADDIN_SETTINGS.map(
    (key) => [key, context.workbook.settings.getItemOrNullObject(key).load("value")] as const
  );
}
