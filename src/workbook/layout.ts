import type { Measure } from "../domain/measures";
import type { OrgType, OrgTypeOrAll } from "../domain/orgTypes";

import { type Lang, LANGS } from "../domain/lang";

/** The languages the workbook's text is written in (src/workbook/labels.ts holds every text). */
export type WorkbookLang = Lang;
export const WORKBOOK_LANGS: readonly WorkbookLang[] = LANGS;

/** Sheet, table and name identifiers the plan uses; one place so the writers and the pane agree. */
export const SHEETS = {
  summary: "Summary",
  map: "Map",
  data: "Coverage",
  audit: "Audit",
  settings: "Settings",
  pivot: "Pivot",
  trend: "Trend",
} as const;

export const VIEW_SHEETS: Readonly<Record<Measure, string>> = {
  video: "Video",
  guard: "Guard",
  panic: "Panic",
  turnstile: "Turnstile",
};

/**
 * The data table's columns, in order: stable keys, the same in every language. A column's header
 * is the key's name in the plan's language (labels.ts); code finds a column by its key's index.
 */
export const COVERAGE_KEYS = [
  "period",
  "measure",
  "measureName",
  "level",
  "territory",
  "territoryId",
  "region",
  "orgType",
  "orgTypeName",
  "covered",
  "total",
  "uncovered",
  "coverage",
  "stated",
  "check",
  "sourceLine",
  /** Added after the first release: a kept table without it grows (plan.ts, addedColumns). */
  "footnote",
] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

/** The audit table's columns, in order (keys, as COVERAGE_KEYS). */
export const AUDIT_KEYS = [
  "number",
  "code",
  "finding",
  "period",
  "measure",
  "orgType",
  "territory",
  "stated",
  "computed",
  "status",
  "sourceLine",
] as const;
export type AuditKey = (typeof AUDIT_KEYS)[number];

/** The data table. Not "Coverage": tables and defined names share one case-insensitive namespace, and COVERAGE is the LAMBDA name. */
export const DATA_TABLE = "CoverageData";
export const AUDIT_TABLE = "AuditFindings";

export const NAMES = {
  period: "ReportPeriod",
  farBelowFactor: "FarBelowFactor",
  lagMeasures: "LagMeasures",
  lagTypes: "LagTypes",
  lagGrid: "LagGrid",
} as const;

/** The lagging threshold's name for a measure and type: Lag_video_kindergarten, Lag_turnstile_all. */
export function thresholdName(measure: Measure, orgType: OrgTypeOrAll): string {
  return `Lag_${measure}_${orgType}`;
}

/** Colours of the lagging highlight (fill, font), shared by the rules and the legend. */
export const HIGHLIGHT = {
  below: { fill: "#FFE699", font: "#7F6000" },
  farBelow: { fill: "#F4B6B6", font: "#9C0006" },
} as const;

/** Bars: at or above the target, below it, and (in the pane) below it but not far below. */
export const CHART_COLORS = {
  atOrAbove: "#2F75B5",
  below: "#C00000",
  nearBelow: "#E0A000",
} as const;

/**
 * The coverage scale, 0 % → 100 %, of the workbook's Map and the pane's map (light theme): pale to
 * blue, more coverage stronger. An Excel colour scale cannot switch its font, so the strong end is
 * the one blue on which black text and the white page both stand at 4.5:1 or more (WCAG AA).
 */
export const COVERAGE_SCALE = [
  { value: 0, color: "#F1F6FB" },
  { value: 0.5, color: "#8FBCE3" },
  { value: 1, color: "#3979B9" },
] as const;

/** "Far below" by default: under half the target. */
export const DEFAULT_FAR_BELOW_FACTOR = 0.5;

export { ALL_TYPES } from "../domain/orgTypes";

export type ThresholdKey = `${Measure}|${OrgTypeOrAll}`;

export interface PlanOptions {
  /** Measures and organisation types to load (all by default). */
  measures: readonly Measure[];
  orgTypes: readonly OrgType[];
  /** The period the views and the Settings defaults read (default: the latest loaded). */
  period: string;
  /** "Far below" means under this share of the target. */
  farBelowFactor: number;
  /** Fixed targets the user typed; the rest default to the national coverage (a formula). */
  thresholds: Partial<Record<ThresholdKey, number>>;
  /**
   * The language of every text a user reads in the workbook: titles, notes, headers (and so the
   * table column names that structured references use). Sheet, table and defined names, functions
   * and the ids written in cells stay the same in both.
   */
  lang: WorkbookLang;
}
