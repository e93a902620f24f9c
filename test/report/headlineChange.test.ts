/**
 * A headline's change since the period compared with ("(рост на +40)", "(40-қа өсті)"): the
 * writer states it only where both periods list the same territories; the reader reads it in
 * either language after the headline's figure or its share; the audit checks it against the sum of
 * the list's changes.
 */
import { auditReport } from "../../src/analysis/audit";
import type { CoverageRecord } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import {
  KK_CHANGES,
  KK_HEADLINES,
  renderKazakh,
  SEED_LIKE_KAZAKH,
} from "../../src/report/renderKazakh";
import { renderReport } from "../../src/report/renderReport";
import { CHANGE_WORDINGS, SEED_LIKE_STYLE } from "../../src/report/reportStyle";
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
    const covered = (period: string, m: string) =>
      records
        .filter((r) => r.period === period && r.measure === m)
        .reduce((n, r) => n + r.covered, 0);
    expect(changesOf(text)).toEqual(
      ["video", "guard", "panic", "turnstile"].map((m) => [m, covered(cur, m) - covered(prev, m)])
    );
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
      const text = writeReportText(draft, lang);
      expect(changesOf(text).map(([m]) => m)).toEqual(["video", "panic", "turnstile"]);
      // The text says why the headline has none, once, after it; the reader passes it over.
      const why =
        lang === "ru" ? /^Изменение не приводится, .*\.$/gmu : /^Өзгеріс келтірілмеген, .*\.$/gmu;
      expect(text.match(why)).toHaveLength(1);
      expect(text.split("\n").findIndex((l) => why.test(l))).toBe(
        text.split("\n").findIndex((l) => /лицензи/u.test(l) && /^- /u.test(l)) + 1
      );
      const issues = parseReport(text).issues.map((i) => i.code);
      expect(issues.filter((c) => c !== "missing-territory")).toEqual([]);
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

describe("a headline's change in every wording the renderers have", () => {
  // Q2 against Q1, with one headline unchanged, one fallen and the others risen.
  const draft = draftReport(records, { period: cur, previous: prev });
  const report = {
    ...draft.report,
    statedTotals: draft.report.statedTotals.map((t) =>
      t.quantity !== "change"
        ? t
        : { ...t, value: t.measure === "guard" ? 0 : t.measure === "panic" ? -17 : t.value }
    ),
  };
  const expected = changesOf(writeReportText(draft, "ru")).map(([m, v]) => [
    m,
    m === "guard" ? 0 : m === "panic" ? -17 : v,
  ]);

  it("Russian: every change wording, headline form and share wording reads back", () => {
    const wrong: string[] = [];
    for (const changeWording of CHANGE_WORDINGS)
      for (const headline of ["или", "parenthesis", "out-of"] as const)
        for (const ofTotal of [
          "количества",
          "числа",
          "числа организаций",
          "составляет",
          "bare",
        ] as const) {
          const text = renderReport(report, {
            ...SEED_LIKE_STYLE,
            changeWording,
            headline,
            ofTotal,
          });
          const got = changesOf(text);
          if (JSON.stringify(got) !== JSON.stringify(expected))
            wrong.push(`${changeWording}/${headline}/${ofTotal}: ${JSON.stringify(got)}`);
        }
    expect(wrong).toEqual([]);
  });

  it("Kazakh: every change wording and headline form reads back", () => {
    const wrong: string[] = [];
    for (const change of KK_CHANGES)
      for (const headline of KK_HEADLINES) {
        const got = changesOf(renderKazakh(report, { ...SEED_LIKE_KAZAKH, change, headline }));
        if (JSON.stringify(got) !== JSON.stringify(expected))
          wrong.push(`${change}/${headline}: ${JSON.stringify(got)}`);
      }
    expect(wrong).toEqual([]);
  });
});

describe("a bracket that is no headline's change", () => {
  const written = writeReportText(draftReport(records, { period: cur, previous: prev }), "ru");
  const video = written.split("\n")[1];

  it.each([
    [
      "a later sentence's change",
      " Охвачены также частные организации (рост на +3 по сравнению с прошлым годом).",
    ],
    ["a comparison in a later sentence", " Сведения (-1 по сравнению с планом) уточняются."],
    ["words without a figure", " Камеры (российского производства) (изменения уточняются)."],
  ])("%s: not the headline's, and no finding", (_, sentence) => {
    const text = written.replace(video, video + sentence);
    const back = parseReport(text);
    const before = parseReport(written);
    expect(changesOf(text)).toEqual(changesOf(written));
    expect(auditReport(back).filter((f) => f.code === "change-sum-mismatch")).toEqual([]);
    expect(back.records).toHaveLength(before.records.length);
    expect(back.issues.filter((i) => i.code === "unreadable-change-note")).toEqual([]);
  });

  it("a legal citation in the Kazakh preamble is no change", () => {
    const kk = writeReportText(draftReport(records, { period: cur }), "kk").replace(
      "№ 117 бұйрықпен",
      "№ 117 бұйрықпен (өзгерістер мен толықтырулармен)"
    );
    const back = parseReport(kk);
    expect(back.issues.map((i) => i.code)).not.toContain("unreadable-change-note");
    expect(back.statedTotals.filter((t) => t.quantity === "change")).toEqual([]);
  });

  it("a headline's change does not take the period after it", () => {
    const text = written
      .replace(/По состоянию на \d квартал \d{4} года /u, "")
      .replace(/(\(60% от общего количества; рост на \+\d+)\)/u, "$1 за 2 квартал 2023 года)");
    expect(parseReport(text).period).toBe(cur);
  });
});
