import { CoverageDataset } from "../../src/analysis/dataset";
import { normalizePeriod } from "../../src/analysis/period";
import {
  queryCoverage,
  queryFigures,
  queryLagging,
  queryRank,
  queryStated,
  queryTerritories,
  readThreshold,
} from "../../src/analysis/query";
import { seedDataset, seedReport } from "../helpers/seed";

const ds = seedDataset();
const value = <T>(
  r: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }
) => (r.ok ? r.value : `${r.error.kind}: ${r.error.message}`);

describe("queryCoverage (hand-computed from the seed text)", () => {
  it.each([
    ["Алматы", "school", "turnstile", 100 / 214],
    ["алматы", "школа", "турникеты", 100 / 214],
    ["Almaty", "Schools", "Turnstile", 100 / 214],
    ["г. Алматы", "school", "video", 198 / 214],
    ["Алматинская", "school", "video", 152 / 425],
    ["Almaty Region", "kg", "ЦОУ", 6 / 101],
    ["ВКО", "college", "video", 21 / 21],
    ["Шығыс Қазақстан облысы", "college", "video", 1],
    ["Темиртау", "детсад", "охрана", 2 / 64],
    ["Семей", "college", "turnstile", 10 / 13],
    ["Семей", "all", "turnstile", (0 + 47 + 10) / (14 + 70 + 13)],
    ["Туркестан", "колледж", "panic", 0 / 2],
  ])("%s / %s / %s", (territory, orgType, measure, expected) => {
    expect(value(queryCoverage(ds, territory, orgType, measure))).toBeCloseTo(
      expected as number,
      12
    );
  });

  it("sums the whole country over the territories reported for the measure", () => {
    // Turnstile schools: the 20 city rows of the seed sum to 1054 of 1407.
    const school = queryFigures(ds, "Казахстан", "school", "turnstile");
    expect(school.ok && [school.value.covered, school.value.total]).toEqual([1054, 1407]);
    // Panic bases sum to 2617 (the report states 2621: the audit says so).
    const panic = queryFigures(ds, "Kazakhstan", "all", "panic");
    expect(panic.ok && panic.value.total).toBe(2617);
    const video = queryFigures(ds, "РК", "all", "video");
    expect(video.ok && [video.value.covered, video.value.total]).toEqual([5985, 9986]);
  });

  it("answers a wrong name with a message, never a number", () => {
    expect(value(queryCoverage(ds, "Алмата", "school", "turnstile"))).toBe(
      "notAvailable: Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?"
    );
    expect(value(queryCoverage(ds, "Алматы", "university", "turnstile"))).toBe(
      "invalidValue: Unknown organisation type 'university'. Accepted: kindergarten, school, college, all."
    );
    expect(value(queryCoverage(ds, "Алматы", "school", "fence"))).toBe(
      "invalidValue: Unknown measure 'fence'. Accepted: video, guard, panic, turnstile."
    );
  });

  it("explains a territory that the measure is not reported for", () => {
    expect(value(queryCoverage(ds, "Алматинская", "school", "turnstile"))).toBe(
      "notAvailable: Turnstiles are reported for the large cities, not for Алматинская область. Its cities in the data: Конаев."
    );
    expect(value(queryCoverage(ds, "Караганда", "school", "video"))).toBe(
      "notAvailable: Video surveillance linked to the police centres (ЦОУ) is reported by region, not for the city Караганда и Темиртау; see Карагандинская область."
    );
  });

  it("answers an unknown period with the loaded ones", () => {
    expect(value(queryCoverage(ds, "Алматы", "school", "turnstile", "2019-Q1"))).toBe(
      "notAvailable: Unknown period '2019-Q1'. Loaded: 2023-Q1."
    );
    expect(value(queryCoverage(ds, "Алматы", "school", "turnstile", "1 квартал 2023"))).toBeCloseTo(
      100 / 214,
      12
    );
  });

  it("picks the latest period by default, and a named one on request", () => {
    const seed = seedReport();
    const next = {
      ...seed,
      period: "2023-Q2",
      records: seed.records.map((r) => ({ ...r, period: "2023-Q2", covered: r.total })),
    };
    const two = new CoverageDataset([seed, next]);
    expect(value(queryCoverage(two, "Алматы", "school", "turnstile"))).toBe(1);
    expect(value(queryCoverage(two, "Алматы", "school", "turnstile", "2023 Q1"))).toBeCloseTo(
      100 / 214,
      12
    );
    expect(two.periods()).toEqual(["2023-Q1", "2023-Q2"]);
  });
});

describe("queryStated", () => {
  it("returns the percentage exactly as stated, even when it disagrees", () => {
    expect(value(queryStated(ds, "Семей", "college", "turnstile"))).toBe(0.54);
    expect(value(queryCoverage(ds, "Семей", "college", "turnstile"))).toBeCloseTo(10 / 13, 12);
    expect(value(queryStated(ds, "Казахстан", "all", "guard"))).toBe(0.73);
  });

  it("says when the report states no such percentage", () => {
    expect(value(queryStated(ds, "Семей", "all", "turnstile"))).toMatch(
      /^notAvailable: The report states percentages per type only/
    );
  });
});

describe("queryLagging, queryRank, queryTerritories", () => {
  it("lists territories below the national coverage, worst first", () => {
    const r = queryLagging(ds, "turnstile", "kindergarten");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.threshold).toBeCloseTo(187 / 1008, 12);
    expect(r.value.rows[0].coverage).toBe(0);
    expect(r.value.rows.every((x, i, a) => i === 0 || a[i - 1].coverage <= x.coverage)).toBe(true);
    expect(r.value.rows.map((x) => x.name)).toContain("Усть-Каменогорск");
    expect(r.value.rows.map((x) => x.name)).not.toContain("Шымкент");
  });

  it("takes a threshold as a share or a percentage", () => {
    const a = queryLagging(ds, "video", "school", 0.5);
    const b = queryLagging(ds, "video", "school", 50);
    expect(a.ok && b.ok && a.value.rows.map((x) => x.name)).toEqual(
      b.ok && b.value.rows.map((x) => x.name)
    );
    expect(a.ok && a.value.rows.map((x) => x.name)).toEqual([
      "ЗКО",
      "Жамбылская",
      "Алматинская",
      "Жетысу",
      "Абай",
      "Актюбинская",
      "Улытау",
      "Карагандинская",
    ]);
    expect(value(readThreshold("abc"))).toMatch(/^invalidValue/);
  });

  it("ranks 1 for the best, ties share a rank", () => {
    expect(value(queryRank(ds, "Астана", "school", "video"))).toBe(1);
    expect(value(queryRank(ds, "ВКО", "school", "video"))).toBe(1);
    // 5 territories at 100% for video schools, then Кызылординская (288/295).
    expect(value(queryRank(ds, "Кызылординская", "school", "video"))).toBe(6);
    expect(value(queryRank(ds, "ЗКО", "school", "video"))).toBe(20);
  });

  it("lists territory names as the report writes them", () => {
    const video = queryTerritories(ds, "video");
    expect(video.ok && video.value.slice(0, 5)).toEqual([
      "Астана",
      "Алматы",
      "Шымкент",
      "Акмолинская",
      "Абай",
    ]);
    const cities = queryTerritories(ds, "турникеты");
    expect(cities.ok && cities.value).toHaveLength(20);
    expect(cities.ok && cities.value[7]).toBe("Атырау и Кульсары");
  });
});

describe("normalizePeriod", () => {
  it.each([
    ["2023-Q1", "2023-Q1"],
    ["2023 q1", "2023-Q1"],
    ["Q3 2024", "2024-Q3"],
    ["1 квартал 2023", "2023-Q1"],
    ["II кв. 2024", "2024-Q2"],
    ["2023", null],
    ["hello", null],
  ])("%s → %s", (text, expected) => {
    expect(normalizePeriod(text)).toBe(expected);
  });
});
