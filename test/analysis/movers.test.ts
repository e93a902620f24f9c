import { compareReports, movers } from "../../src/analysis/compare";
import { figureKey, quarters } from "../helpers/quarters";

describe("movers: the biggest gains and falls since the period before, and who stalls", () => {
  it("as the generated figures say", () => {
    const q = quarters(2, 17);
    const m = movers(compareReports(q.reports[0], q.reports[1]), 5);
    const [a, b] = q.periods.map((p) => q.figures.get(p)!);
    // The target: each measure and type's national coverage in the new period, from the figures.
    const national = new Map<string, { covered: number; total: number }>();
    for (const [key, f] of b) {
      const mt = key.split("|").slice(0, 2).join("|");
      const s = national.get(mt) ?? { covered: 0, total: 0 };
      national.set(mt, { covered: s.covered + f.covered, total: s.total + f.total });
    }
    const target = (key: string) => {
      const s = national.get(key.split("|").slice(0, 2).join("|"))!;
      return s.covered / s.total;
    };
    const points = [...b].map(([key, f]) => ({
      key,
      points: f.covered / f.total - a.get(key)!.covered / a.get(key)!.total,
      below: f.covered / f.total < target(key),
    }));
    const gains = points.filter((p) => p.points > 0.0005).sort((x, y) => y.points - x.points);
    const falls = points.filter((p) => p.points < -0.0005).sort((x, y) => x.points - y.points);
    const stalled = points.filter((p) => p.points <= 0.0005 && p.below);
    expect(m.gains.map((g) => figureKey(g.change))).toEqual(gains.slice(0, 5).map((g) => g.key));
    expect(m.falls.map((g) => figureKey(g.change))).toEqual(falls.slice(0, 5).map((g) => g.key));
    expect(m.stalledCount).toBe(stalled.length);
    expect(m.gains[0].points).toBeCloseTo(gains[0].points, 12);
    expect(m.stalled.length).toBe(Math.min(5, stalled.length));
    expect(stalled.length).toBeGreaterThan(0);
    expect(
      m.stalled.map((x) => figureKey(x.change)).every((k) => stalled.some((p) => p.key === k))
    ).toBe(true);
  });
});
