/**
 * What ministry texts add around their figures (test/helpers/asides.ts draws it from known
 * figures, in Russian and in Kazakh, in every list): footnote marks after names and figures, with
 * their texts; breakdowns inside items; asides between lists and items. The figures are read
 * exactly as if none of it were there; each footnote is kept on the items that carry its mark, each
 * breakdown as its item's part; an aside with figures is said, and nothing is an error.
 */
import { issueCount, type Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { type AsideVariant, asideVariant } from "../helpers/asides";
import { figuresOf, random } from "../helpers/drift";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const sources = [seedReport(), ...quarters(3, 23).reports.slice(1)];
/** What may be said of such a report: an item in another order (its style), an aside with figures. */
const ALLOWED = new Set(["loose-item", "aside-not-read"]);

const key = (r: { measure: string; orgType: string; territoryId: string }) =>
  `${r.measure}|${r.orgType}|${r.territoryId}`;
const notes = (rs: Report["records"]) =>
  rs
    .filter((r) => r.footnotes)
    .map(
      (r) =>
        `${key(r)}: ${r
          .footnotes!.map((f) => `${f.mark} ${f.text}`)
          .sort()
          .join(" / ")}`
    )
    .sort();
const parts = (rs: Report["records"]) =>
  rs
    .filter((r) => r.parts)
    .map(
      (r) => `${key(r)}: ${r.parts!.map((p) => `${p.covered}/${p.total}/${p.percent}`).join(" ")}`
    )
    .sort();

function expectRead(r: Report, v: AsideVariant, label: string): void {
  expect({ label, said: r.issues.filter((i) => !ALLOWED.has(i.code)) }).toEqual({
    label,
    said: [],
  });
  const asides = issueCount(r.issues.filter((i) => i.code === "aside-not-read"));
  expect({ label, asides }).toEqual({
    label,
    asides: v.asidesWithFigures,
  });
  expect(figuresOf(r.records)).toEqual(figuresOf(v.records));
  expect(r.records).toHaveLength(v.records.length);
  expect(notes(r.records)).toEqual(notes(v.records));
  expect(parts(r.records)).toEqual(parts(v.records));
  expect((r.footnotes ?? []).map((f) => `${f.mark} ${f.text}`).sort()).toEqual(
    v.footnotes.map((f) => `${f.mark} ${f.text}`).sort()
  );
}

describe("footnotes, breakdowns and asides in every list", () => {
  for (const lang of ["ru", "kk"] as const)
    it(`${lang === "ru" ? "Russian" : "Kazakh"} variants read exactly, with their footnotes and parts`, () => {
      for (let i = 0; i < 16; i++) {
        const v = asideVariant(sources[i % sources.length], random(3100 + i), lang);
        expectRead(parseReport(v.text), v, `${lang} #${i}`);
      }
    });

  it("a bilingual report with them: one set of records, each footnote and part kept once", () => {
    for (let i = 0; i < 4; i++) {
      const source = sources[i % sources.length];
      const ru = asideVariant(source, random(4100 + i), "ru");
      const kk = asideVariant(source, random(4200 + i), "kk");
      const r = parseReport(`${ru.text}\n${kk.text}`);
      expect(r.issues.filter((x) => !ALLOWED.has(x.code))).toEqual([]);
      expect(figuresOf(r.records)).toEqual(figuresOf(source.records));
      expect(r.languages).toEqual({
        figures: { ru: source.records.length, kk: source.records.length },
        both: source.records.length,
        differ: 0,
      });
    }
  });
});

describe("footnote marks as the brief writes them", () => {
  const marked = SEED_TEXT.replace("г. Алматы (193) – 100%", "г. Алматы* (193) – 100%")
    .replace("Жетысу (29 из 91)", "Жетысу¹ (29 из 91)")
    .replace("г. Тараз (0 из 45) – 0%", "г. Тараз** (0 из 45) – 0%")
    .replace("Абай (124 из 303) – 41%", "Абай²⁾ (124 из 303) – 41%")
    .replace("ВКО (342) – 100%", "ВКО (342†) – 100%")
    .replace("г. Семей (10 из 14) – 71%", "г. Семей (10 из 14**) – 71%");

  it("each item reads as if the mark were absent; a mark without its text is said once", () => {
    const r = parseReport(marked);
    expect(figuresOf(r.records)).toEqual(figuresOf(seedReport().records));
    expect(r.issues.map((i) => [i.code, i.params?.mark]).sort()).toEqual(
      ["*", "**", "¹", "²", "†"].map((m) => ["footnote-without-text", m]).sort()
    );
  });

  it("the footnotes' texts, at the end of the report, go to the items that carry their marks and are never read", () => {
    const r = parseReport(
      `${marked}\n* с учётом филиалов\n** г. Алматы (12 из 14) – данные уточняются\n¹ без учёта 3 частных детсадов\n²⁾ включая область Абай; † по данным акимата`
    );
    expect(r.issues).toEqual([]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seedReport().records));
    expect(r.footnotes?.map((f) => [f.mark, f.text, f.figures])).toEqual([
      ["*", "с учётом филиалов", 1],
      ["**", "г. Алматы (12 из 14) – данные уточняются", 2],
      ["¹", "без учёта 3 частных детсадов", 1],
      ["²⁾", "включая область Абай", 1],
      ["†", "по данным акимата", 1],
    ]);
    const tараз = r.records.find((x) => x.territoryName === "Тараз" && x.measure === "guard");
    expect(tараз?.footnotes).toEqual([
      { mark: "**", text: "г. Алматы (12 из 14) – данные уточняются" },
    ]);
  });

  it("a mark a space apart, before the brackets or at a list's end, is a mark too", () => {
    const r = parseReport(
      `${SEED_TEXT.replace("г. Алматы (193) – 100%", "г. Алматы * (193) – 100%").replace(
        "ВКО (114) – 100%",
        "ВКО (114) – 100% **"
      )}\n* с учётом филиалов\n** по данным акимата`
    );
    expect(r.issues).toEqual([]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seedReport().records));
    expect(r.footnotes?.map((f) => f.figures)).toEqual([1, 1]);
  });

  it("a line about a territory with no item's figures is an aside; 'всего N, из них M' is an item", () => {
    const r = parseReport(
      SEED_TEXT.replace(
        "Жетысу (29 из 91) – 32%;",
        "Жетысу (29 из 91) – 32%;\nАлматы: данные уточняются (срок – 15 мая);"
      ).replace("Акмолинская (114 из 122) – 93%", "Акмолинская (всего 122, из них 114) – 93%")
    );
    expect(r.issues.map((i) => i.code).sort()).toEqual(["aside-not-read", "loose-item"]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seedReport().records));
  });

  it("a list's bullets '*' are no footnote marks", () => {
    const bullets = SEED_TEXT.replace(/; (г\. |гг\. )/g, ";\n* $1");
    expect(bullets).not.toBe(SEED_TEXT);
    const r = parseReport(bullets);
    expect(figuresOf(r.records)).toEqual(figuresOf(seedReport().records));
    expect(r.footnotes).toBeUndefined();
  });
});
