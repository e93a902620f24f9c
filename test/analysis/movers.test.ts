import { compareReports, movers } from "../../src/analysis/compare";
import { figureKey, quarters } from "../helpers/quarters";

describe("movers: the biggest gains and falls since the period before, and who stalls", () => {
  it("as the generated figures say", () => {
    const q = quarters(2, 17);
    const m = movers(compareReports(q.reports[0], q.reports[1]), 5);
    const [a, b] = q.periods.map((p) => q.figures.get(p)!);
    const points = [...b].map(([key, f]) => ({
      key,
      points: f.covered / f.total - a.get(key)!.covered / a.get(key)!.total,
      full: f.covered === f.total,
    }));
    const gains = points.filter((p) => p.points > 0.0005).sort((x, y) => y.points - x.points);
    const falls = points.filter((p) => p.points < -0.0005).sort((x, y) => x.points - y.points);
    const stalled = points.filter((p) => p.points <= 0.0005 && !p.full);
    expect(m.gains.map((g) => figureKey(g.change))).toEqual(gains.slice(0, 5).map((g) => g.key));
    expect(m.falls.map((g) => figureKey(g.change))).toEqual(falls.slice(0, 5).map((g) => g.key));
    expect(m.stalledCount).toBe(stalled.length);
    expect(m.gains[0].points).toBeCloseTo(gains[0].points, 12);
    expect(m.stalled.length).toBe(Math.min(5, stalled.length));
  });
});
