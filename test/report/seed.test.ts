import { seedReport } from "../helpers/seed";

describe("parseReport on the seed", () => {
  const report = seedReport();
  const rec = (measure: string, orgType: string, territoryName: string) =>
    report.records.find(
      (r) => r.measure === measure && r.orgType === orgType && r.territoryName === territoryName
    );

  it("reads the period and every territory figure without an issue", () => {
    expect(report.period).toBe("2023-Q1");
    expect(report.issues).toEqual([]);
    expect(report.records).toHaveLength(240);
    for (const measure of ["video", "guard", "panic", "turnstile"]) {
      for (const orgType of ["kindergarten", "school", "college"]) {
        const rows = report.records.filter((r) => r.measure === measure && r.orgType === orgType);
        expect(new Set(rows.map((r) => r.territoryId)).size).toBe(20);
      }
    }
  });

  it("reads figures as written, with their positions (checked by hand against the text)", () => {
    expect(rec("video", "kindergarten", "Астана")).toMatchObject({
      covered: 96,
      total: 96,
      statedPercent: 100,
      territoryId: "KZ-71",
      line: 4,
      column: 1,
    });
    expect(rec("video", "school", "Алматинская")).toMatchObject({
      covered: 152,
      total: 425,
      statedPercent: 36,
      territoryId: "KZ-19",
    });
    expect(rec("video", "kindergarten", "ВКО")).toMatchObject({
      covered: 114,
      total: 114,
      territoryId: "KZ-63",
    });
    expect(rec("turnstile", "school", "Алматы")).toMatchObject({
      covered: 100,
      total: 214,
      statedPercent: 47,
      territoryId: "KZ-75",
    });
    expect(rec("turnstile", "kindergarten", "Усть-Каменогорск")).toMatchObject({
      covered: 1,
      total: 37,
      statedPercent: 3,
    });
    expect(rec("turnstile", "college", "Семей")).toMatchObject({
      covered: 10,
      total: 13,
      statedPercent: 54,
      statedChange: 1,
    });
    expect(rec("turnstile", "school", "Караганда и Темиртау")).toMatchObject({
      covered: 120,
      total: 120,
      statedChange: 13,
    });
    expect(rec("turnstile", "school", "Туркестан")).toMatchObject({
      covered: 1,
      total: 34,
      statedChange: -1,
    });
    expect(rec("panic", "college", "Туркестан")).toMatchObject({ covered: 0, total: 2 });
    expect(rec("guard", "school", "Атырау и Кульсары")).toMatchObject({
      covered: 69,
      total: 86,
      territoryId: "city:atyrau-kulsary",
    });
  });

  it("reads eight stated changes and no others", () => {
    expect(report.records.filter((r) => r.statedChange !== null)).toHaveLength(8);
  });

  it("reads the stated headline figures", () => {
    const stated = (quantity: string, measure: string | null, orgType: string, level: string) =>
      report.statedTotals.find(
        (t) =>
          t.quantity === quantity &&
          t.measure === measure &&
          t.orgType === orgType &&
          t.level === level
      )?.value;
    expect(stated("total", null, "all", "region")).toBe(9986);
    expect(stated("total", null, "kindergarten", "region")).toBe(2657);
    expect(stated("total", null, "school", "region")).toBe(6936);
    expect(stated("total", null, "college", "region")).toBe(393);
    expect(stated("covered", "video", "all", "region")).toBe(5985);
    expect(stated("covered", "video", "school", "region")).toBe(4360);
    expect(stated("percent", "video", "all", "region")).toBe(60);
    expect(stated("total", null, "all", "city")).toBe(2621);
    expect(stated("total", null, "school", "city")).toBe(1407);
    expect(stated("covered", "guard", "all", "city")).toBe(1911);
    expect(stated("covered", "guard", "college", "city")).toBe(156);
    expect(stated("percent", "guard", "all", "city")).toBe(73);
    expect(stated("covered", "panic", "all", "city")).toBe(2426);
    expect(stated("percent", "panic", "all", "city")).toBe(93);
    expect(stated("covered", "turnstile", "all", "city")).toBe(1410);
    expect(stated("covered", "turnstile", "college", "city")).toBe(169);
    expect(stated("percent", "turnstile", "all", "city")).toBe(54);
    expect(report.statedTotals).toHaveLength(28);
  });
});
