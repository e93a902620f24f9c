import { type Change, queryChange, querySeries } from "./change";
import type { CoverageDataset } from "./dataset";
import {
  queryCoverage,
  queryFigures,
  queryLagging,
  queryRank,
  queryStated,
  queryTerritories,
  type QueryResult,
} from "./query";

type Arg = string | number | boolean | null | undefined;
const LIMIT = 50_000;

/** A tree of maps, one level per argument: no key string is built per call. */
type MemoTree = Map<unknown, MemoTree | unknown>;

/**
 * Memoized answers over one dataset. A workbook recalculation asks the same questions in many
 * cells; each distinct argument tuple is resolved once per dataset revision (an import clears it).
 */
export class QueryCache {
  private answers = new Map<string, MemoTree>();
  private size = 0;
  private seenRevision = -1;

  constructor(readonly dataset: CoverageDataset) {}

  private memo<T>(
    kind: string,
    args: readonly unknown[],
    compute: () => QueryResult<T>
  ): QueryResult<T> {
    if (this.dataset.revision !== this.seenRevision || this.size >= LIMIT) {
      this.answers = new Map();
      this.size = 0;
      this.seenRevision = this.dataset.revision;
    }
    let node = this.answers.get(kind);
    if (!node) this.answers.set(kind, (node = new Map()));
    const last = args.length - 1;
    for (let i = 0; i < last; i++) {
      const a = args[i];
      if (a !== null && typeof a === "object") return compute(); // ranges or arrays: not cached
      let next = node.get(a) as MemoTree | undefined;
      if (!next) node.set(a, (next = new Map()));
      node = next;
    }
    const hit = node.get(args[last]) as QueryResult<T> | undefined;
    if (hit) return hit;
    const answer = compute();
    if (args[last] === null || typeof args[last] !== "object") {
      node.set(args[last], answer);
      this.size++;
    }
    return answer;
  }

  coverage(territory: Arg, orgType: Arg, measure: Arg, period?: Arg): QueryResult<number> {
    return this.memo("coverage", [territory, orgType, measure, period], () =>
      queryCoverage(this.dataset, territory, orgType, measure, period)
    );
  }

  figures(territory: Arg, orgType: Arg, measure: Arg, period?: Arg) {
    return this.memo("figures", [territory, orgType, measure, period], () =>
      queryFigures(this.dataset, territory, orgType, measure, period)
    );
  }

  stated(territory: Arg, orgType: Arg, measure: Arg, period?: Arg): QueryResult<number> {
    return this.memo("stated", [territory, orgType, measure, period], () =>
      queryStated(this.dataset, territory, orgType, measure, period)
    );
  }

  change(territory: Arg, orgType: Arg, measure: Arg, from?: Arg, to?: Arg): QueryResult<Change> {
    return this.memo("change", [territory, orgType, measure, from, to], () =>
      queryChange(this.dataset, territory, orgType, measure, from, to)
    );
  }

  series(territory: Arg, orgType: Arg, measure: Arg) {
    return this.memo("series", [territory, orgType, measure], () =>
      querySeries(this.dataset, territory, orgType, measure)
    );
  }

  rank(territory: Arg, orgType: Arg, measure: Arg, period?: Arg): QueryResult<number> {
    return this.memo("rank", [territory, orgType, measure, period], () =>
      queryRank(this.dataset, territory, orgType, measure, period)
    );
  }

  lagging(measure: Arg, orgType?: Arg, threshold?: Arg, period?: Arg) {
    return this.memo("lagging", [measure, orgType, threshold, period], () =>
      queryLagging(this.dataset, measure, orgType, threshold, period)
    );
  }

  territories(measure?: Arg): QueryResult<string[]> {
    return this.memo("territories", [measure], () => queryTerritories(this.dataset, measure));
  }
}
