import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { CoverageRecord, Report } from "../domain/report";

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
  changes: FigureChange[];
  /** Figures of the previous period that the new report no longer lists. */
  dropped: CoverageRecord[];
}

const key = (r: CoverageRecord) => `${r.measure}|${r.orgType}|${r.territoryId}`;

/** Compares an imported report with the period before it (the latest loaded period earlier than it). */
export function compareReports(previous: Report | undefined, next: Report): ReportComparison {
  const before = new Map((previous?.records ?? []).map((r) => [key(r), r]));
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
        r.statedChange === null || coveredChange === null ? null : r.statedChange === coveredChange,
    };
  });
  const seen = new Set(next.records.map(key));
  return {
    previousPeriod: previous?.period ?? null,
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
 * Who moved most since the period before: the biggest gains and falls in coverage, and the figures
 * that stall (below 100% and not improving). Each list at most `n` long, the stalled count whole.
 */
export function movers(
  comparison: ReportComparison,
  n = 5
): { gains: Mover[]; falls: Mover[]; stalled: Mover[]; stalledCount: number } {
  const moves: Mover[] = comparison.changes
    .filter((c) => c.before && c.before.total > 0 && c.after.total > 0)
    .map((c) => ({
      change: c,
      points: c.after.covered / c.after.total - c.before!.covered / c.before!.total,
    }));
  const stalled = moves
    .filter((m) => m.points <= STILL && m.change.after.covered < m.change.after.total)
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
