/**
 * What a plan was made from, small enough to keep in the workbook: the options and the periods of
 * its reports. The same reports and the same recipe give the same plan (planWorkbook is pure), so
 * a pane opened later knows what the add-in's sheets hold, and a failed load can put them back.
 */
import { MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import type { Report } from "../domain/report";
import { type PlanOptions, WORKBOOK_LANGS } from "./layout";
import type { WorkbookPlan } from "./plan";
import { planWorkbook } from "./planWorkbook";

export interface PlanRecipe {
  options: PlanOptions;
  periods: string[];
}

export function planRecipe(plan: WorkbookPlan): PlanRecipe {
  return { options: plan.options, periods: [...plan.periods] };
}

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/** A stored recipe, checked: anything unexpected (an older or damaged setting) gives null. */
export function readRecipe(stored: unknown): PlanRecipe | null {
  const r = stored as { options?: Partial<PlanOptions>; periods?: unknown } | null;
  const o = r?.options;
  if (!o || !strings(r.periods) || !strings(o.measures) || !strings(o.orgTypes)) return null;
  if (!o.measures.every((m) => (MEASURE_IDS as readonly string[]).includes(m))) return null;
  if (!o.orgTypes.every((t) => (ORG_TYPES as readonly string[]).includes(t))) return null;
  if (typeof o.period !== "string" || typeof o.farBelowFactor !== "number") return null;
  if (typeof o.thresholds !== "object" || o.thresholds === null) return null;
  // A recipe stored before the workbook had a language was an English workbook.
  const lang = o.lang ?? "en";
  if (!WORKBOOK_LANGS.includes(lang)) return null;
  return { options: { ...(o as PlanOptions), lang }, periods: r.periods };
}

/** The plan the recipe describes, from these reports; undefined when one of its periods is gone. */
export function replan(stored: unknown, reports: readonly Report[]): WorkbookPlan | undefined {
  const recipe = readRecipe(stored);
  if (!recipe) return undefined;
  const byPeriod = new Map(reports.map((r) => [r.period ?? "unknown", r]));
  const chosen = recipe.periods.map((p) => byPeriod.get(p));
  if (chosen.some((r) => !r)) return undefined;
  return planWorkbook(chosen as Report[], recipe.options);
}
