import { CoverageDataset } from "../../src/analysis/dataset";
import { queryCoverage, queryLagging } from "../../src/analysis/query";
import { QueryCache } from "../../src/analysis/queryCache";
import { seedReport } from "../helpers/seed";

describe("QueryCache", () => {
  it("answers exactly as the uncached queries, for valid and invalid arguments", () => {
    const ds = new CoverageDataset([seedReport()]);
    const cache = new QueryCache(ds);
    const cases: Array<[string, string, string, string?]> = [
      ["Алматы", "school", "turnstile"],
      ["Алмата", "school", "turnstile"],
      ["Алматы", "school", "fence"],
      ["ВКО", "all", "video", "2023-Q1"],
      ["ВКО", "all", "video", "2030-Q1"],
    ];
    for (const c of cases) {
      expect(cache.coverage(...c)).toEqual(queryCoverage(ds, ...c));
      expect(cache.coverage(...c)).toBe(cache.coverage(...c)); // the second answer is the memo
    }
    expect(cache.lagging("video", "school", 0.5)).toEqual(queryLagging(ds, "video", "school", 0.5));
  });

  it("tells 1 (a number) from '1' (a string)", () => {
    const cache = new QueryCache(new CoverageDataset([seedReport()]));
    expect(cache.lagging("video", "school", 1)).not.toBe(cache.lagging("video", "school", "1"));
  });

  it("forgets its answers when the dataset changes", () => {
    const seed = seedReport();
    const ds = new CoverageDataset([seed]);
    const cache = new QueryCache(ds);
    const before = cache.coverage("Алматы", "school", "turnstile");
    expect(before.ok && before.value).toBeCloseTo(100 / 214, 12);
    ds.addReport({
      ...seed,
      period: "2023-Q2",
      records: seed.records.map((r) => ({ ...r, period: "2023-Q2", covered: r.total })),
    });
    expect(cache.coverage("Алматы", "school", "turnstile")).toEqual({ ok: true, value: 1 });
  });
});
