/**
 * Where the country stands: each measure's national coverage in a period (every territory reported
 * for it, all types), and its change since the period before, in percentage points. What an
 * analyst asks first; the pane's first screen shows it.
 */
import { MEASURE_IDS, type Measure } from "../domain/measures";
import { type OrgType, ORG_TYPES } from "../domain/orgTypes";
import type { CoverageDataset, Figures } from "./dataset";

export interface NationalFigure extends Figures {
  measure: Measure;
  /** covered ÷ total. */
  share: number;
  /** Each type's share, where the measure has its figures. */
  byType: Array<{ orgType: OrgType; share: number }>;
  /** The period before, and the change since it (share points, as a fraction); null without it. */
  change: { period: string; points: number } | null;
}

/** Each measure with figures in `period` (default: the latest), in the report's order. */
export function nationalSummary(ds: CoverageDataset, period = ds.latestPeriod()): NationalFigure[] {
  if (period === null) return [];
  const periods = ds.periods();
  const before = periods[periods.indexOf(period) - 1];
  return MEASURE_IDS.flatMap((measure) => {
    const now = ds.countrySum(period, measure, ORG_TYPES);
    if (now.total === 0) return [];
    const share = now.covered / now.total;
    const then = before ? ds.countrySum(before, measure, ORG_TYPES) : null;
    const change =
      before && then && then.total > 0
        ? { period: before, points: share - then.covered / then.total }
        : null;
    const byType = ORG_TYPES.flatMap((orgType) => {
      const f = ds.countrySum(period, measure, [orgType]);
      return f.total > 0 ? [{ orgType, share: f.covered / f.total }] : [];
    });
    return [{ measure, covered: now.covered, total: now.total, share, byType, change }];
  });
}
