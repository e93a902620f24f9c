import { queryChange, querySeries } from "../../src/analysis/change";
import { CoverageDataset } from "../../src/analysis/dataset";
import { territoryById } from "../../src/domain/territories";
import { figureKey, quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

describe("quarter over quarter (figures generated, rendered and parsed back)", () => {
  const q = quarters(3, 7);
  const ds = new CoverageDataset(q.reports);

  it("every period reads back", () => {
    expect(ds.periods()).toEqual(q.periods);
  });

  it("CHANGE and CHANGEIN for every measure, type and territory, by default the two latest periods", () => {
    const [, b, c] = q.periods;
    let compared = 0;
    for (const [key, now] of q.figures.get(c)!) {
      const [measure, orgType, territoryId] = key.split("|");
      const before = q.figures.get(b)!.get(key)!;
      const name = territoryById(territoryId)!.nameRu;
      const answer = queryChange(ds, name, orgType, measure);
      expect(answer.ok).toBe(true);
      if (!answer.ok) continue;
      expect(answer.value).toMatchObject({ from: b, to: c, covered: now.covered - before.covered });
      expect(answer.value.points).toBeCloseTo(
        now.covered / now.total - before.covered / before.total,
        12
      );
      compared++;
    }
    expect(compared).toBe(240);
  });

  it("explicit periods, the series oldest first, the country summed", () => {
    const [a, , c] = q.periods;
    const key = figureKey(seedReport().records[0]);
    const r = seedReport().records[0];
    const name = territoryById(r.territoryId)!.nameRu;
    const x = q.figures.get(a)!.get(key)!;
    const z = q.figures.get(c)!.get(key)!;
    const answer = queryChange(ds, name, r.orgType, r.measure, a, c);
    expect(answer.ok && answer.value.covered).toBe(z.covered - x.covered);
    const series = querySeries(ds, name, r.orgType, r.measure);
    expect(series.ok && series.value.map((s) => s.period)).toEqual(q.periods);
    const second = series.ok ? series.value[1].coverage : null;
    expect(second?.ok && second.value).toBeCloseTo(
      q.figures.get(q.periods[1])!.get(key)!.covered / q.figures.get(q.periods[1])!.get(key)!.total,
      12
    );
    const sum = (p: string) =>
      [...q.figures.get(p)!]
        .filter(([k]) => k.startsWith("turnstile|school|"))
        .reduce((s, [, f]) => s + f.covered, 0);
    const country = queryChange(ds, "Казахстан", "school", "turnstile");
    expect(country.ok && country.value.covered).toBe(sum(c) - sum(q.periods[1]));
  });

  it("the series keeps a period without the figure as a row with the reason; a wrong name is one error", () => {
    const [first, second, third] = q.reports;
    const r = second.records[0];
    const gap = { ...second, records: second.records.filter((x) => x !== r) };
    const withGap = new CoverageDataset([first, gap, third]);
    const name = territoryById(r.territoryId)!.nameRu;
    const series = querySeries(withGap, name, r.orgType, r.measure);
    if (!series.ok) throw new Error(series.error.message);
    expect(series.value.map((s) => [s.period, s.coverage.ok])).toEqual([
      [q.periods[0], true],
      [q.periods[1], false],
      [q.periods[2], true],
    ]);
    expect(querySeries(withGap, "Нарния", r.orgType, r.measure)).toMatchObject({
      ok: false,
      error: { kind: "notAvailable", message: expect.stringContaining("Нарния") },
    });
    expect(querySeries(new CoverageDataset([first]), name, r.orgType, r.measure)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Only one period is loaded/) },
    });
  });

  it("clear errors: one period only, the same period twice, an unknown period, no period before", () => {
    const one = new CoverageDataset([seedReport()]);
    expect(queryChange(one, "Алматы", "school", "turnstile")).toEqual({
      ok: false,
      error: {
        kind: "notAvailable",
        code: "only-one-period",
        params: { loaded: "2023-Q1" },
        message:
          "Only one period is loaded (2023-Q1): a change needs two. Import another quarter's report.",
      },
    });
    expect(queryChange(ds, "Алматы", "school", "turnstile", "2023-Q2", "2023-Q2")).toMatchObject({
      ok: false,
      error: { kind: "invalidValue" },
    });
    expect(queryChange(ds, "Алматы", "school", "turnstile", "2019-Q1")).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("Unknown period '2019-Q1'") },
    });
    expect(queryChange(ds, "Алматы", "school", "turnstile", undefined, "2023-Q1")).toMatchObject({
      ok: false,
      error: { message: "No period is loaded before 2023-Q1." },
    });
    expect(queryChange(ds, "Нарния", "school", "turnstile")).toMatchObject({
      ok: false,
      error: { kind: "notAvailable" },
    });
  });
});
