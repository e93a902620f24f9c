import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { CoverageRecord, Report } from "../domain/report";
import { quarterBefore } from "./period";

/** One figure of the new report against the same figure of the period before. */
export interface FigureChange {
  measure: Measure;
  orgType: OrgType;
  territoryId: string;
  territoryName: string;
  line: number;
  before: { covered: number; total: number } | null;
  after: { covered: number; total: number };
  /** covered(after) − covered(before), or null when the figure is new. */
  coveredChange: number | null;
  /** The change the report states ("рост на +13"), or null. */
  statedChange: number | null;
  /** Whether the stated change equals the computed one (null when nothing is stated or nothing to compare). */
  statedChangeMatches: boolean | null;
}

export interface ReportComparison {
  previousPeriod: string | null;
  /**
   * Whether the report's stated changes were checked: only against the quarter just before it (a
   * stated change is against that quarter; an older loaded period would make every one "wrong").
   */
  statedChecked: boolean;
  changes: FigureChange[];
  /** Figures of the previous period that the new report no longer lists. */
  dropped: CoverageRecord[];
}

const key = (r: CoverageRecord) => `${r.measure}|${r.orgType}|${r.territoryId}`;

/** Compares an imported report with the period before it (the latest loaded period earlier than it). */
export function compareReports(previous: Report | undefined, next: Report): ReportComparison {
  const before = new Map((previous?.records ?? []).map((r) => [key(r), r]));
  const statedChecked =
    previous?.period != null &&
    next.period != null &&
    quarterBefore(next.period) === previous.period;
  const changes: FigureChange[] = next.records.map((r) => {
    const b = before.get(key(r));
    const coveredChange = b ? r.covered - b.covered : null;
    return {
      measure: r.measure,
      orgType: r.orgType,
      territoryId: r.territoryId,
      territoryName: r.territoryName,
      line: r.line,
      before: b ? { covered: b.covered, total: b.total } : null,
      after: { covered: r.covered, total: r.total },
      coveredChange,
      statedChange: r.statedChange,
      statedChangeMatches:
        !statedChecked || r.statedChange === null || coveredChange === null
          ? null
          : r.statedChange === coveredChange,
    };
  });
  const seen = new Set(next.records.map(key));
  return {
    previousPeriod: previous?.period ?? null,
    statedChecked,
    changes,
    dropped: (previous?.records ?? []).filter((r) => !seen.has(key(r))),
  };
}

/** The loaded report that an import should be compared with: the latest period before it (or the latest of all). */
export function previousReport(
  reports: readonly Report[],
  period: string | null
): Report | undefined {
  const sorted = [...reports]
    .filter((r) => r.period !== period)
    .sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const earlier = period ? sorted.filter((r) => String(r.period) < period) : sorted;
  return (earlier.length ? earlier : sorted).at(-1);
}

export interface Mover {
  change: FigureChange;
  /** Coverage after minus before, in points as a fraction. */
  points: number;
}

/** Below this (a twentieth of a point) a change is rounding, not progress. */
const STILL = 0.0005;

/**
 * The national coverage of each measure and type in the new report: the default target, as the
 * workbook's lagging rule has it (Settings' Lag_* names, the Trend sheet's "below target").
 */
export function nationalTargets(comparison: ReportComparison): (c: FigureChange) => number {
  const sums = new Map<string, { covered: number; total: number }>();
  for (const c of comparison.changes) {
    const k = `${c.measure}|${c.orgType}`;
    const s = sums.get(k) ?? { covered: 0, total: 0 };
    s.covered += c.after.covered;
    s.total += c.after.total;
    sums.set(k, s);
  }
  return (c) => {
    const s = sums.get(`${c.measure}|${c.orgType}`)!;
    return s.total > 0 ? s.covered / s.total : 0;
  };
}

/**
 * Who moved most since the period before: the biggest gains and falls in coverage, and the figures
 * that stall: below the target (by default the national coverage, as the workbook's lagging rule
 * and its Trend sheet have it) and not improving. Each list at most `n` long, the stalled count whole.
 */
export function movers(
  comparison: ReportComparison,
  n = 5,
  target: (c: FigureChange) => number = nationalTargets(comparison)
): { gains: Mover[]; falls: Mover[]; stalled: Mover[]; stalledCount: number } {
  const moves: Mover[] = comparison.changes
    .filter((c) => c.before && c.before.total > 0 && c.after.total > 0)
    .map((c) => ({
      change: c,
      points: c.after.covered / c.after.total - c.before!.covered / c.before!.total,
    }));
  const stalled = moves
    .filter(
      (m) => m.points <= STILL && m.change.after.covered / m.change.after.total < target(m.change)
    )
    .sort(
      (a, b) =>
        a.change.after.covered / a.change.after.total -
        b.change.after.covered / b.change.after.total
    );
  return {
    gains: moves
      .filter((m) => m.points > STILL)
      .sort((a, b) => b.points - a.points)
      .slice(0, n),
    falls: moves
      .filter((m) => m.points < -STILL)
      .sort((a, b) => a.points - b.points)
      .slice(0, n),
    stalled: stalled.slice(0, n),
    stalledCount: stalled.length,
  };
}
