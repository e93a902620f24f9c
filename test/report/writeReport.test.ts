/**
 * The report written from the workbook's figures, read back by the add-in's own reader in Russian
 * and in Kazakh: every figure as written, every share the computed one, every change the
 * workbook's difference. What the audit still finds is the data's own difference between
 * measures, which the draft lists for the analyst (baseDifferences); nothing else.
 */
import fc from "fast-check";
import { auditReport } from "../../src/analysis/audit";
import type { CoverageRecord, Report } from "../../src/domain/report";
import { territoryById, territoryName } from "../../src/domain/territories";
import { parseReport } from "../../src/report/parseReport";
import { readReportSource } from "../../src/report/readReportFile";
import { reportDocx } from "../../src/report/reportDocx";
import { parseReportSource } from "../../src/report/reportSource";
import {
  draftReport,
  type ReportDraft,
  type WrittenLang,
  writeReportText,
  writtenPercent,
} from "../../src/report/writeReport";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

const LANGS: WrittenLang[] = ["ru", "kk"];
const key = (r: Pick<CoverageRecord, "measure" | "orgType" | "territoryId">) =>
  `${r.measure}|${r.orgType}|${r.territoryId}`;
/** What a figure is, as the report states it. */
const figure = (r: CoverageRecord) => ({
  covered: r.covered,
  total: r.total,
  percent: r.statedPercent,
  change: r.statedChange,
});

function readBack(draft: ReportDraft, lang: WrittenLang): Report {
  const back = parseReport(writeReportText(draft, lang));
  expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
  return back;
}

/** The read-back figures, by key, against the figures the draft was made from. */
function expectSameFigures(back: Report, records: readonly CoverageRecord[], previous?: Report) {
  const before = new Map((previous?.records ?? []).map((r) => [key(r), r]));
  const read = new Map(back.records.map((r) => [key(r), figure(r)]));
  expect(read.size).toBe(records.length);
  for (const r of records)
    expect({ key: key(r), figure: read.get(key(r)) }).toEqual({
      key: key(r),
      figure: {
        covered: r.covered,
        total: r.total,
        percent: writtenPercent(r.covered, r.total),
        change: before.has(key(r)) ? r.covered - before.get(key(r))!.covered : null,
      },
    });
}

/**
 * A report's headline figures by what they are: each level's base, and per measure and type its
 * covered count, share, change and the base it is counted against (its own where it states one,
 * else its level's: a reader records an own base only where it differs from the level's).
 */
function headlines(r: Report): Map<string, number> {
  const out = new Map<string, number>();
  const total = (level: string, measure: string | null, orgType: string) =>
    r.statedTotals.find(
      (t) =>
        t.quantity === "total" &&
        t.level === level &&
        t.measure === measure &&
        t.orgType === orgType
    )?.value;
  for (const t of r.statedTotals) {
    if (t.quantity === "total" && t.measure !== null) continue;
    out.set(`${t.quantity}|${t.level}|${t.measure}|${t.orgType}`, t.value);
    if (t.quantity === "covered")
      out.set(
        `base|${t.measure}|${t.orgType}`,
        total(t.level, t.measure, t.orgType) ?? total(t.level, null, t.orgType) ?? NaN
      );
  }
  return out;
}

/**
 * The audit's findings: only the data's own differences between measures that the draft lists. A
 * measure whose lists sum to another base states its own, so no headline disagrees with its list.
 */
function expectOnlyBaseDifferences(back: Report, draft: ReportDraft) {
  const own = new Set(draft.baseDifferences.map((d) => `${d.territoryId}|${d.orgType}`));
  const findings = auditReport(back);
  for (const f of findings)
    expect({ code: f.code, own: own.has(`${f.territoryId}|${f.orgType}`) }).toEqual({
      code: "base-mismatch",
      own: true,
    });
  expect(findings).toHaveLength(draft.baseDifferences.length);
}

describe("the report written from the workbook's figures", () => {
  const seed = seedReport();
  const draft = draftReport(seed.records, { period: seed.period! });

  it("lists the seed's own differences between measures, before anything is written", () => {
    const said = draft.baseDifferences.map((d) => ({
      name: territoryName(territoryById(d.territoryId)!, "ru"),
      orgType: d.orgType,
      totals: [...new Set(d.totals.map((t) => t.total))].sort((a, b) => a - b),
    }));
    expect(said).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orgType: "college", totals: [2, 6] }),
        expect.objectContaining({ orgType: "kindergarten", totals: [191, 193] }),
      ])
    );
    expect(said).toHaveLength(2);
  });

  it.each(LANGS)(
    "in %s, read back: 240 of 240 figures, each share the computed one, only the data's own differences",
    (lang) => {
      const back = readBack(draft, lang);
      expect(back.period).toBe(seed.period);
      expectSameFigures(back, seed.records);
      expectOnlyBaseDifferences(back, draft);
      // The seed's own contradictions (Семей's colleges 10 of 13 stated 54%, …) are not copied.
      expect(auditReport(back).filter((f) => f.code === "percent-mismatch")).toEqual([]);
    }
  );

  it.each(LANGS)("in %s, two periods: every stated change is the workbook's difference", (lang) => {
    const q = quarters(2, 11);
    const records = q.reports.flatMap((r) => r.records);
    const [prev, cur] = q.periods;
    const two = draftReport(records, { period: cur, previous: prev });
    const back = readBack(two, lang);
    expect(back.period).toBe(cur);
    expectSameFigures(back, q.reports[1].records, q.reports[0]);
    expect(back.records.some((r) => r.statedChange === 0)).toBe(true);
    expect(auditReport(back).filter((f) => f.code === "stated-change-mismatch")).toEqual([]);
    // Each headline's change: the difference of the workbook's sums between the two periods.
    const covered = (rs: readonly CoverageRecord[], m: string) =>
      rs.filter((r) => r.measure === m).reduce((n, r) => n + r.covered, 0);
    const changes = back.statedTotals
      .filter((t) => t.quantity === "change")
      .map((t) => [t.measure, t.value]);
    expect(changes).toEqual(
      (["video", "guard", "panic", "turnstile"] as const).map((m) => [
        m,
        covered(q.reports[1].records, m) - covered(q.reports[0].records, m),
      ])
    );
    expect(auditReport(back).filter((f) => f.code === "change-sum-mismatch")).toEqual([]);
  });

  it.each(LANGS)("in %s, a figure the analyst edited is the one written", (lang) => {
    const edited = seed.records.map((r) =>
      r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75"
        ? { ...r, covered: 200 }
        : r
    );
    const back = readBack(draftReport(edited, { period: seed.period! }), lang);
    const almaty = back.records.find(
      (r) => r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75"
    )!;
    expect(figure(almaty)).toEqual({ covered: 200, total: 214, percent: 93, change: null });
  });

  it.each(LANGS)(
    "in %s, a figure the workbook lacks stays absent, and the list says so",
    (lang) => {
      const gone = (r: CoverageRecord) =>
        r.measure === "guard" && r.orgType === "college" && r.territoryId === "city:semey";
      const partial = draftReport(
        seed.records.filter((r) => !gone(r)),
        { period: seed.period! }
      );
      expect(partial.absent).toEqual([
        { measure: "guard", orgType: "college", territoryIds: ["city:semey"] },
      ]);
      const text = writeReportText(partial, lang);
      // The name as the lists write it.
      expect(text).toContain(
        lang === "ru" ? "Нет данных: г. Семей." : "Деректер жоқ: Семей қаласы."
      );
      const back = parseReport(text);
      expect(back.records.filter(gone)).toEqual([]);
      expect(back.records).toHaveLength(239);
    }
  );

  it.each(LANGS)(
    "in %s, the .docx: read back by the add-in's Word reader to the same figures; lists and headings are Word styles",
    async (lang) => {
      const bytes = await reportDocx(draft, lang);
      const back = parseReportSource(await readReportSource("report.docx", bytes));
      expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(back.period).toBe(seed.period);
      expectSameFigures(back, seed.records);
      expectOnlyBaseDifferences(back, draft);
      const { default: JSZip } = await import("jszip");
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(12); // 4 measures × 3 types
      expect(xml.match(/<w:numPr>/g)).toHaveLength(240); // an item a list paragraph
      expect(xml).toContain('<w:pStyle w:val="Title"/>');
    }
  );

  it.each(LANGS)(
    "in %s, a generated quarter with its changes, as .docx: read back to every figure and headline",
    async (lang) => {
      const q = quarters(2, 17);
      const d = draftReport(
        q.reports.flatMap((r) => r.records),
        { period: q.periods[1], previous: q.periods[0] }
      );
      const back = parseReportSource(
        await readReportSource("report.docx", await reportDocx(d, lang))
      );
      expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(back.period).toBe(q.periods[1]);
      expectSameFigures(back, q.reports[1].records, q.reports[0]);
      expect(headlines(back)).toEqual(headlines(d.report));
    }
  );

  it.each(LANGS)(
    "in %s, only the measures chosen: no headline of another, and no zero for it",
    (lang) => {
      const two = draftReport(seed.records, {
        period: seed.period!,
        measures: ["panic", "turnstile"],
      });
      const back = readBack(two, lang);
      expect(back.records).toHaveLength(120);
      expect(new Set(back.records.map((r) => r.measure))).toEqual(new Set(["panic", "turnstile"]));
      expect(back.statedTotals.filter((t) => t.level === "region")).toEqual([]);
    }
  );

  it("for generated quarters, in both languages, parse(write(d)) = d", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...LANGS), (s, lang) => {
        const q = quarters(2, s);
        const records = q.reports.flatMap((r) => r.records);
        const d = draftReport(records, { period: q.periods[1], previous: q.periods[0] });
        const back = readBack(d, lang);
        expectSameFigures(back, q.reports[1].records, q.reports[0]);
        // The headlines too: every base, covered count, share and change, as the draft states them.
        expect(headlines(back)).toEqual(headlines(d.report));
      }),
      { numRuns: 6 }
    );
  });
});
