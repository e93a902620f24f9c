import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { CoverageRecord, Report } from "../domain/report";

/** Covered and total organisations for one cell of the report (or a sum of cells). */
export interface Figures {
  covered: number;
  total: number;
}

/**
 * All loaded periods' figures, indexed for constant-time look-up. One instance is shared by the
 * custom functions, the CLI and the task pane; adding a report replaces that period.
 */
export class CoverageDataset {
  private readonly reports = new Map<string, Report>();
  private readonly index = new Map<string, CoverageRecord>();
  private readonly sums = new Map<string, Figures>();
  private version = 0;
  private sortedPeriods: string[] = [];

  constructor(reports: readonly Report[] = []) {
    for (const r of reports) this.addReport(r);
  }

  static key(period: string, measure: Measure, territoryId: string, orgType: OrgType): string {
    return `${period}|${measure}|${territoryId}|${orgType}`;
  }

  /** Adds (or replaces) a period. Reports without a period are kept under "unknown". */
  addReport(report: Report): void {
    const period = report.period ?? "unknown";
    const old = this.reports.get(period);
    if (old)
      for (const r of old.records)
        this.index.delete(CoverageDataset.key(period, r.measure, r.territoryId, r.orgType));
    this.reports.set(period, report);
    for (const r of report.records)
      this.index.set(CoverageDataset.key(period, r.measure, r.territoryId, r.orgType), r);
    this.sums.clear();
    // A report without a period ("unknown") is never the latest: it sorts before every quarter.
    this.sortedPeriods = [...this.reports.keys()].sort((a, b) =>
      a === b ? 0 : a === "unknown" ? -1 : b === "unknown" ? 1 : a < b ? -1 : 1
    );
    this.version++;
  }

  /** Increases on every change, so that memoized answers can tell they are stale. */
  get revision(): number {
    return this.version;
  }

  /** Loaded periods, oldest first ("2023-Q1" sorts correctly as text). */
  periods(): readonly string[] {
    return this.sortedPeriods;
  }

  latestPeriod(): string | null {
    const all = this.sortedPeriods;
    return all.length ? all[all.length - 1] : null;
  }

  report(period: string): Report | undefined {
    return this.reports.get(period);
  }

  reportList(): Report[] {
    return this.periods().map((p) => this.reports.get(p)!);
  }

  record(
    period: string,
    measure: Measure,
    territoryId: string,
    orgType: OrgType
  ): CoverageRecord | undefined {
    return this.index.get(CoverageDataset.key(period, measure, territoryId, orgType));
  }

  records(period: string): readonly CoverageRecord[] {
    return this.reports.get(period)?.records ?? [];
  }

  /** Sum over every territory reported for the measure (the country figure), memoized per period. */
  countrySum(period: string, measure: Measure, orgTypes: readonly OrgType[]): Figures {
    const key = `${period}|${measure}|${orgTypes.join(",")}`;
    let hit = this.sums.get(key);
    if (!hit) {
      hit = { covered: 0, total: 0 };
      for (const r of this.records(period)) {
        if (r.measure === measure && orgTypes.includes(r.orgType)) {
          hit.covered += r.covered;
          hit.total += r.total;
        }
      }
      this.sums.set(key, hit);
    }
    return hit;
  }
}
