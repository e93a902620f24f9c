import { compareReports, previousReport } from "../../src/analysis/compare";
import { seedReport } from "../helpers/seed";

describe("compareReports", () => {
  const q1 = seedReport();
  const q2 = {
    ...q1,
    period: "2023-Q2",
    records: q1.records.map((r) => {
      if (
        r.measure === "turnstile" &&
        r.orgType === "school" &&
        r.territoryId === "city:karaganda-temirtau"
      )
        return { ...r, covered: r.covered, statedChange: 13 };
      if (r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75")
        return { ...r, covered: 110, statedChange: 10 };
      if (r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "city:turkistan")
        return { ...r, covered: 3, statedChange: -1 };
      return { ...r, statedChange: null };
    }),
  };

  it("computes each figure's change and checks every stated change against it", () => {
    const c = compareReports(q1, q2);
    expect(c.previousPeriod).toBe("2023-Q1");
    const pick = (id: string) =>
      c.changes.find(
        (x) => x.measure === "turnstile" && x.orgType === "school" && x.territoryId === id
      )!;
    expect(pick("KZ-75")).toMatchObject({
      coveredChange: 10,
      statedChange: 10,
      statedChangeMatches: true,
    });
    expect(pick("city:karaganda-temirtau")).toMatchObject({
      coveredChange: 0,
      statedChange: 13,
      statedChangeMatches: false,
    });
    expect(pick("city:turkistan")).toMatchObject({
      before: { covered: 1, total: 34 },
      after: { covered: 3, total: 34 },
      coveredChange: 2,
      statedChangeMatches: false,
    });
    expect(c.changes.filter((x) => x.statedChangeMatches !== null)).toHaveLength(3);
    expect(c.dropped).toEqual([]);
  });

  it("lists figures the new report no longer has, and new ones without a 'before'", () => {
    const shorter = { ...q2, records: q2.records.slice(1) };
    const c = compareReports(q1, shorter);
    expect(c.dropped.map((r) => r.territoryName)).toEqual(["Астана"]);
    expect(
      compareReports(undefined, q2).changes.every(
        (x) => x.before === null && x.statedChangeMatches === null
      )
    ).toBe(true);
  });

  it("compares with the latest period before the import", () => {
    const q4 = { ...q1, period: "2022-Q4" };
    expect(previousReport([q4, q1], "2023-Q2")?.period).toBe("2023-Q1");
    expect(previousReport([q4, q1], "2023-Q1")?.period).toBe("2022-Q4");
    expect(previousReport([q1], "2023-Q1")).toBeUndefined();
  });
});
