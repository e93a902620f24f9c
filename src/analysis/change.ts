/**
 * Quarter over quarter: a territory's coverage in two loaded periods, and its series over all of
 * them. The same questions for the functions (EDU.CHANGE, EDU.CHANGEIN, EDU.SERIES) and the CLI.
 */
import type { CoverageDataset } from "./dataset";
import { normalizePeriod } from "./period";
import { fail, queryFigures, type QueryResult, resolvePeriodArg } from "./query";

export interface Change {
  from: string;
  to: string;
  coveredFrom: number;
  coveredTo: number;
  coverageFrom: number;
  coverageTo: number;
  /** Percentage points as a fraction: 0.05 is +5 points (format the cell as %). */
  points: number;
  /** Change in the number of organisations covered. */
  covered: number;
}

const given = (v: unknown) => v !== undefined && v !== null && v !== "";

/** Fewer than two periods: no change, and no series, to speak of. */
function onePeriodOnly(loaded: readonly string[]): QueryResult<never> {
  return fail("notAvailable", "only-one-period", { loaded: loaded.join(", ") });
}

/** The two periods compared: by default the previous loaded period and the latest. */
export function resolvePeriodPair(
  ds: CoverageDataset,
  from?: unknown,
  to?: unknown
): QueryResult<{ from: string; to: string }> {
  const loaded = ds.periods();
  if (loaded.length < 2) return onePeriodOnly(loaded);
  const t = resolvePeriodArg(ds, given(to) ? to : undefined);
  if (!t.ok) return t;
  if (!given(from)) {
    const i = loaded.indexOf(t.value);
    if (i <= 0) return fail("notAvailable", "no-period-before", { period: t.value });
    return { ok: true, value: { from: loaded[i - 1], to: t.value } };
  }
  const f = resolvePeriodArg(ds, from);
  if (!f.ok) return f;
  if (normalizePeriod(f.value) === normalizePeriod(t.value))
    return fail("invalidValue", "same-period", { period: t.value });
  return { ok: true, value: { from: f.value, to: t.value } };
}

export function queryChange(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  from?: unknown,
  to?: unknown
): QueryResult<Change> {
  const pair = resolvePeriodPair(ds, from, to);
  if (!pair.ok) return pair;
  const a = queryFigures(ds, territory, orgType, measure, pair.value.from);
  if (!a.ok) return a;
  const b = queryFigures(ds, territory, orgType, measure, pair.value.to);
  if (!b.ok) return b;
  const coverageFrom = a.value.covered / a.value.total;
  const coverageTo = b.value.covered / b.value.total;
  return {
    ok: true,
    value: {
      ...pair.value,
      coveredFrom: a.value.covered,
      coveredTo: b.value.covered,
      coverageFrom,
      coverageTo,
      points: coverageTo - coverageFrom,
      covered: b.value.covered - a.value.covered,
    },
  };
}

/** One period of a series: its coverage, or why that period has no figure (a gap, kept in place). */
export interface SeriesPoint {
  period: string;
  coverage: QueryResult<number>;
}

/**
 * Coverage in every loaded period, oldest first. A period without the figure keeps its row, with
 * the reason in place of the coverage, so the rows stay one per period; a name that resolves in no
 * period is the whole answer's error, as is a single period loaded.
 */
export function querySeries(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown
): QueryResult<SeriesPoint[]> {
  const loaded = ds.periods();
  if (loaded.length < 2) return onePeriodOnly(loaded);
  const rows = loaded.map((period): SeriesPoint => {
    const f = queryFigures(ds, territory, orgType, measure, period);
    return { period, coverage: f.ok ? { ok: true, value: f.value.covered / f.value.total } : f };
  });
  const answered = rows.find((r) => r.coverage.ok);
  if (!answered) return rows[0].coverage as QueryResult<never>;
  return { ok: true, value: rows };
}
