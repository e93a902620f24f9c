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
