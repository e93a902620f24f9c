import type { Measure } from "../domain/measures";
import type { OrgType, OrgTypeOrAll } from "../domain/orgTypes";

/** Sheet, table and name identifiers the plan uses; one place so the writers and the pane agree. */
export const SHEETS = {
  summary: "Summary",
  data: "Coverage",
  audit: "Audit",
  settings: "Settings",
  pivot: "Pivot",
} as const;

export const VIEW_SHEETS: Readonly<Record<Measure, string>> = {
  video: "Video",
  guard: "Guard",
  panic: "Panic",
  turnstile: "Turnstile",
};

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

/** "Far below" by default: under half the target. */
export const DEFAULT_FAR_BELOW_FACTOR = 0.5;

export const ALL_TYPES: readonly OrgTypeOrAll[] = ["kindergarten", "school", "college", "all"];

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
}
