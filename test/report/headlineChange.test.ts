/**
 * A headline's change since the period compared with ("(рост на +40)", "(40-қа өсті)"): the
 * writer states it only where both periods list the same territories; the reader reads it in
 * either language after the headline's figure or its share; the audit checks it against the sum of
 * the list's changes.
 */
import { auditReport } from "../../src/analysis/audit";
import type { CoverageRecord } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { draftReport, writeReportText } from "../../src/report/writeReport";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

const q = quarters(2, 3);
const [prev, cur] = q.periods;
const records = q.reports.flatMap((r) => r.records);
const changesOf = (text: string) =>
  parseReport(text)
    .statedTotals.filter((t) => t.quantity === "change")
    .map((t) => [t.measure, t.value]);

describe("a headline's change", () => {
  it.each(["ru", "kk"] as const)("in %s, is read where the writer put it", (lang) => {
    const text = writeReportText(draftReport(records, { period: cur, previous: prev }), lang);
    expect(changesOf(text)).toHaveLength(4);
    const back = parseReport(text);
    expect(back.issues.filter((i) => i.code === "stray-change")).toEqual([]);
  });

  it.each(["ru", "kk"] as const)(
    "in %s, is not stated when a territory is listed in one period only",
    (lang) => {
      const gone = (r: CoverageRecord) =>
        r.period === cur && r.measure === "guard" && r.territoryId === "city:semey";
      const draft = draftReport(
        records.filter((r) => !gone(r)),
        { period: cur, previous: prev }
      );
      expect(
        draft.report.statedTotals.some((t) => t.quantity === "change" && t.measure === "guard")
      ).toBe(false);
      expect(changesOf(writeReportText(draft, lang)).map(([m]) => m)).toEqual([
        "video",
        "panic",
        "turnstile",
      ]);
    }
  );

  it.each([
    [
      "ru",
      /из 2 617 объектов \(93%; без изменений\)|2 426 \(без изменений\) из 2 617 объектов/u,
      /1 4\d\d \(рост на \+\d+\) из 2 619 объектов/u,
      /\(60% от общего количества; без изменений\)/u,
    ],
    [
      "kk",
      /2 426-сы \(93%; өзгеріссіз\)/u,
      /2 619 объектінің 1 4\d\d-\p{L}+ \(\d+%; \d+-\p{L}+ өсті\)/u,
      /\(жалпы санның 60%-ы; өзгеріссіз\)/u,
    ],
  ] as const)(
    "in %s, beside a measure's own base and in the share's brackets, and read back",
    (lang, panic, turnstile, video) => {
      // The seed again a quarter later, every turnstile row one more: its own base (2 619) stays.
      const seed = seedReport();
      const later = seed.records.map((r) => ({
        ...r,
        period: "2023-Q2",
        covered: r.measure === "turnstile" ? Math.min(r.total, r.covered + 1) : r.covered,
      }));
      const full = seed.records.filter((r) => r.measure === "turnstile" && r.covered === r.total);
      const text = writeReportText(
        draftReport([...seed.records, ...later], { period: "2023-Q2", previous: seed.period! }),
        lang
      );
      expect(text).toMatch(panic);
      expect(text).toMatch(video);
      const rise = 60 - full.length;
      expect(text).toMatch(turnstile);
      expect(changesOf(text)).toEqual([
        ["video", 0],
        ["guard", 0],
        ["panic", 0],
        ["turnstile", rise],
      ]);
    }
  );

  it("is not stated without a period to compare with", () => {
    const draft = draftReport(records, { period: cur });
    expect(draft.report.statedTotals.filter((t) => t.quantity === "change")).toEqual([]);
  });

  it.each([
    ["ru", /(- \d+% или [\d ]+ объект\p{L}* )\(рост на \+?(\d+)\)/u, "(рост на +999)"],
    ["kk", /(немесе [\d ]+ объект )\((\d+)-\p{L}+ өсті\)/u, "(999-ға өсті)"],
  ] as const)(
    "in %s, one that differs from its list's sum is a finding",
    (lang, headline, wrong) => {
      const text = writeReportText(draftReport(records, { period: cur, previous: prev }), lang);
      const edited = text.replace(headline, `$1${wrong}`);
      expect(edited).not.toBe(text);
      const findings = auditReport(parseReport(edited)).filter(
        (f) => f.code === "change-sum-mismatch"
      );
      expect(findings.map((f) => [f.measure, f.stated])).toEqual([["guard", 999]]);
      expect(findings[0].message).toMatch(/999/);
    }
  );

  it("a change in brackets that belongs to no covered headline is said, not used", () => {
    const text =
      "Также проанализирована обеспеченность лицензированной охраной организаций образования в крупных городах. " +
      "В крупных городах функционируют 2 621 организация образования (1 010 детсадов, 1 407 школ, 204 колледжа) (рост на +5), из которых:";
    const report = parseReport(text);
    expect(report.statedTotals.filter((t) => t.quantity === "change")).toEqual([]);
    expect(report.issues.map((i) => i.code)).toContain("stray-change");
  });
});
