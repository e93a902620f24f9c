import fc from "fast-check";
import type { CoverageRecord, Report } from "../../src/domain/report";
import { parseReport, parseReportStrict } from "../../src/report/parseReport";
import { renderReport } from "../../src/report/renderReport";
import { type RenderStyle } from "../../src/report/reportStyle";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const styleArb: fc.Arbitrary<RenderStyle> = fc.record({
  dash: fc.constantFrom("–", "—", "-"),
  thousands: fc.constantFrom(" ", "\u00A0", ""),
  tight: fc.boolean(),
  spaceAfterPrefix: fc.boolean(),
  itemsOnOwnLines: fc.boolean(),
  splitItems: fc.boolean(),
  headingWording: fc.constantFrom(0, 1),
  typoInGrowth: fc.boolean(),
});

/** A new quarter: the seed's territories with other numbers (thousands included), period and changes. */
const reportArb: fc.Arbitrary<Report> = fc
  .record({
    year: fc.integer({ min: 2023, max: 2030 }),
    quarter: fc.integer({ min: 1, max: 4 }),
    figures: fc.array(
      fc.record({
        total: fc.integer({ min: 1, max: 12_000 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        change: fc.option(fc.integer({ min: -50, max: 50 })),
      }),
      { minLength: 240, maxLength: 240 }
    ),
  })
  .map(({ year, quarter, figures }) => {
    const seed = seedReport();
    const records: CoverageRecord[] = seed.records.map((r, i) => {
      const f = figures[i];
      const covered = Math.floor(f.share * f.total);
      return {
        ...r,
        period: `${year}-Q${quarter}`,
        covered,
        total: f.total,
        statedPercent: Math.round((covered / f.total) * 100),
        statedChange: f.change,
      };
    });
    return { ...seed, period: `${year}-Q${quarter}`, records };
  });

const strip = (r: CoverageRecord) => [
  r.period,
  r.measure,
  r.orgType,
  r.territoryId,
  r.territoryName,
  r.covered,
  r.total,
  r.statedPercent,
  r.statedChange,
];

describe("parseReport properties", () => {
  it("reads back exactly any report rendered in any of the usual typographic styles", () => {
    fc.assert(
      fc.property(reportArb, styleArb, (report, style) => {
        const text = renderReport(report, style);
        const parsed = parseReportStrict(text);
        expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(parsed.period).toBe(report.period);
        expect(parsed.records.map(strip)).toEqual(report.records.map(strip));
        const totals = (r: Report) =>
          r.statedTotals.map((t) => [t.quantity, t.level, t.measure, t.orgType, t.value]).sort();
        expect(totals(parsed)).toEqual(totals(report));
      }),
      { numRuns: 150 }
    );
  });

  it("never throws on thousands of mutated seeds, and what it returns is sane", () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant("delete" as const),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 200 }),
      }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        text: fc.string({
          unit: fc.constantFrom(..."()%–-;:.,из 0123456789гГ\n\u00A0АяЁ"),
          maxLength: 20,
        }),
      }),
      fc.record({
        kind: fc.constant("unicode" as const),
        at: fc.nat(),
        text: fc.string({ unit: "grapheme", maxLength: 8 }),
      }),
      fc.record({
        kind: fc.constant("duplicate" as const),
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 400 }),
      })
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        let text = SEED_TEXT;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === "delete") text = text.slice(0, at) + text.slice(at + m.len);
          else if (m.kind === "duplicate")
            text = text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
          else text = text.slice(0, at) + m.text + text.slice(at);
        }
        const r = parseReportStrict(text);
        const lines = text.split("\n").length;
        // Plain checks (expect() in a loop of 240 is slow); the property fails on the first false.
        const insane = r.records.filter(
          (rec) => !(rec.total > 0 && rec.covered <= rec.total && rec.line <= lines)
        );
        const misplaced = r.issues.filter((i) => i.line > lines || i.line < 1 || i.column < 1);
        const keys = r.records.map((x) => `${x.measure}|${x.orgType}|${x.territoryId}`);
        return insane.length === 0 && misplaced.length === 0 && new Set(keys).size === keys.length;
      }),
      { numRuns: 2000 }
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        parseReportStrict(s);
      }),
      { numRuns: 2000 }
    );
    expect(
      parseReport(SEED_TEXT.repeat(3)).issues.some((i) => i.code === "duplicate-territory")
    ).toBe(true);
  });
});
