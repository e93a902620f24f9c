import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { rowMatcher } from "../../analysis/rowFilter";
import type { CoverageRecord } from "../../domain/report";
import type { TerritoryRows } from "../../host/paneHost";
import { useNames } from "../i18n";

export type SortKey = "territoryName" | "measure" | "orgType" | "covered" | "total" | "coverage";
/** A column's sort: ascending, descending, or none (the report's own order). */
export type Sort = { key: SortKey; dir: 1 | -1 } | null;

const coverage = (r: CoverageRecord) => (r.total === 0 ? 0 : r.covered / r.total);

/** A territory as the pane names it in its language (the report's text for one it does not know). */
export function useTerritoryName(): (r: CoverageRecord) => string {
  const names = useNames();
  return React.useCallback(
    (r: CoverageRecord) => names.territory(r.territoryId, r.territoryName),
    [names]
  );
}

/**
 * The Data tab's rows: one period, a measure (or all), what the person typed (rowFilter.ts), one
 * territory's rows when the map chose it; in the report's order, measure by measure, until a
 * column is sorted (ascending, descending, then back to the report's order).
 */
export function useDataRows(store: DatasetStore, territory?: TerritoryRows | null) {
  const names = useNames();
  const nameOf = useTerritoryName();
  const periods = store.dataset.periods();
  const [period, setPeriod] = React.useState(
    territory?.period ?? periods[periods.length - 1] ?? ""
  );
  const [measure, setMeasure] = React.useState<string>(territory?.measure ?? "all");
  const [filter, setFilter] = React.useState("");
  const [sort, setSort] = React.useState<Sort>(null);
  const revision = store.dataset.revision;

  const rows = React.useMemo(() => {
    const matches = rowMatcher(filter);
    const kept = store.dataset
      .records(period)
      .filter(
        (r) =>
          (measure === "all" || r.measure === measure) &&
          (!territory ||
            (r.territoryId === territory.territoryId &&
              (territory.orgType === "all" || r.orgType === territory.orgType))) &&
          matches(r)
      );
    if (!sort) return kept;
    const value = (r: CoverageRecord): string | number =>
      sort.key === "coverage"
        ? coverage(r)
        : sort.key === "territoryName"
          ? nameOf(r)
          : sort.key === "measure"
            ? names.measure(r.measure)
            : sort.key === "orgType"
              ? names.orgType(r.orgType)
              : r[sort.key];
    return kept.slice().sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const d =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : String(x).localeCompare(String(y), "ru");
      return d * sort.dir;
    });
    // revision: an import replaces the period's records.
  }, [store, revision, period, measure, filter, sort, territory, nameOf, names]);

  /** Ascending, then descending, then the report's order again. */
  const sortBy = (key: SortKey) =>
    setSort((s) => (s?.key !== key ? { key, dir: 1 } : s.dir === 1 ? { key, dir: -1 } : null));

  return { periods, period, setPeriod, measure, setMeasure, filter, setFilter, sort, sortBy, rows };
}
