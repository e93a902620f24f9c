/**
 * The Kazakh version of the report, which the ministry publishes beside the Russian one: read to
 * the same records as the Russian, in every style the generator writes (kazakhReport.ts: case
 * endings on figures, word orders, headings, names, changes, periods, headlines); a report with
 * both versions gives one set of records, and where they disagree it says so. A Russian report
 * that spells names in Kazakh stays Russian.
 */
import fc from "fast-check";
import type { Report, StatedTotal } from "../../src/domain/report";
import { TERRITORIES } from "../../src/domain/territories";
import { parseReport } from "../../src/report/parseReport";
import { renderReport } from "../../src/report/renderReport";
import { SEED_LIKE_STYLE } from "../../src/report/reportStyle";
import { figuresOf, random, randomStyle } from "../helpers/drift";
import {
  KK_CHANGES,
  KK_HEADINGS,
  KK_HEADLINES,
  KK_ITEM_ORDERS,
  KK_OUT_OF,
  KK_PERIODS,
  kazakhLabel,
  randomKazakhStyle,
  renderKazakh,
  SEED_LIKE_KAZAKH,
} from "../helpers/kazakhReport";
import { figureIn } from "../../src/report/kazakhGrammar";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const seed = seedReport();
const sources = [seed, ...quarters(3, 17).reports.slice(1)];
const headline = (totals: readonly StatedTotal[]) =>
  totals.map((t) => `${t.quantity}|${t.level}|${t.measure}|${t.orgType}=${t.value}`).sort();
/** What a style alone may make the parser say: items in another order are read and said. */
const said = (r: Report) => r.issues.filter((i) => i.code !== "loose-item");

function expectExact(r: Report, source: Report, label: string): void {
  expect({ label, issues: said(r) }).toEqual({ label, issues: [] });
  expect({ label, period: r.period }).toEqual({ label, period: source.period });
  expect(figuresOf(r.records)).toEqual(figuresOf(source.records));
  expect(headline(r.statedTotals)).toEqual(headline(source.statedTotals));
}

describe("the Kazakh version of the report", () => {
  it("a Kazakh rendering of the seed reads 240 of 240 exactly, with its headlines, period and no issue", () => {
    const r = parseReport(renderKazakh(seed, SEED_LIKE_KAZAKH));
    expect(r.issues).toEqual([]);
    expectExact(r, seed, "seed");
    expect(r.records).toHaveLength(240);
    expect(r.languages).toEqual({ figures: { kk: 240 }, both: 0, differ: 0 });
  });

  // Every value of every choice the generator has, each with the rest drawn at random.
  const choices: Array<[string, readonly string[]]> = [
    ["outOf", KK_OUT_OF],
    ["itemOrder", KK_ITEM_ORDERS],
    ["heading", KK_HEADINGS],
    ["change", KK_CHANGES],
    ["headline", KK_HEADLINES],
    ["period", KK_PERIODS],
  ];
  for (const [choice, values] of choices)
    it(`generated Kazakh variants, every ${choice} (${values.join(", ")}), read exactly`, () => {
      values.forEach((value, k) => {
        for (let i = 0; i < 2; i++) {
          const rnd = random(choice.length * 100 + k * 10 + i);
          const source = sources[(k + i) % sources.length];
          const style = randomKazakhStyle(rnd, { [choice]: value });
          expectExact(parseReport(renderKazakh(source, style)), source, `${choice}=${value} #${i}`);
        }
      });
    });

  it("a bilingual report gives 240 figures, not 480, whichever version comes first", () => {
    for (let i = 0; i < 6; i++) {
      const rnd = random(700 + i);
      const source = sources[i % sources.length];
      const ru = renderReport(source, { ...randomStyle(rnd), thousands: " " });
      const kk = renderKazakh(source, randomKazakhStyle(rnd));
      const text = i % 2 === 0 ? `${ru}\n${kk}` : `${kk}\n\n${ru}`;
      const r = parseReport(text);
      expectExact(r, source, `bilingual #${i}`);
      expect(r.records).toHaveLength(source.records.length);
      expect(r.languages).toEqual({
        figures: { ru: source.records.length, kk: source.records.length },
        both: source.records.length,
        differ: 0,
      });
    }
  });

  it("where the versions disagree it says so for each figure, and uses the first version's", () => {
    const rnd = random(77);
    for (let i = 0; i < 4; i++) {
      const changed = new Set<number>();
      while (changed.size < 3) changed.add(Math.floor(rnd() * seed.records.length));
      const other: Report = {
        ...seed,
        records: seed.records.map((r, k) =>
          changed.has(k) ? { ...r, covered: r.covered === 0 ? 1 : r.covered - 1 } : r
        ),
      };
      const kazakhFirst = i % 2 === 1;
      const kk = renderKazakh(kazakhFirst ? other : seed, randomKazakhStyle(rnd));
      const ru = renderReport(kazakhFirst ? seed : other, SEED_LIKE_STYLE);
      const r = parseReport(kazakhFirst ? `${kk}\n${ru}` : `${ru}\n${kk}`);
      const disagree = r.issues.filter((x) => x.code === "versions-disagree");
      expect(disagree.map((x) => x.params?.kept)).toEqual(Array(3).fill(kazakhFirst ? "kk" : "ru"));
      expect(
        disagree
          .map((x) => `${x.params?.measure}|${x.params?.orgType}|${x.params?.keptFigure}`)
          .sort()
      ).toEqual(
        [...changed]
          .map((k) => other.records[k])
          .map(
            (x) =>
              `${x.measure}|${x.orgType}|${x.covered}/${x.total} (${x.statedPercent}%${x.statedChange === null ? "" : `, ${x.statedChange > 0 ? "+" : ""}${x.statedChange}`})`
          )
          .sort()
      );
      expect(figuresOf(r.records)).toEqual(figuresOf(other.records));
      expect(r.languages?.differ).toBe(3);
    }
  });

  it("every territory's official Kazakh name, with its marks and as ШҚО, БҚО, СҚО, is that territory", () => {
    for (const t of TERRITORIES)
      for (const style of [
        SEED_LIKE_KAZAKH,
        { ...SEED_LIKE_KAZAKH, cityWord: true, shortRegion: true, abbreviations: true },
      ]) {
        const measure = t.levels.includes("city") ? "турникеттерді орнатқан" : "ЖБО-ға қосылған";
        const text = `2023 жылғы 1-тоқсан. - 54%-ы немесе 1 410 объект ${measure}.\nАнықтама:\n- мектептер:\n${kazakhLabel(t.id, style)} (20-дан 10) – 50%.`;
        const r = parseReport(text);
        expect({
          name: kazakhLabel(t.id, style),
          read: r.records.map((x) => x.territoryId),
        }).toEqual({
          name: kazakhLabel(t.id, style),
          read: [t.id],
        });
      }
  });

  it("reads any count of any size in every Kazakh form of 'M of N', its endings as grammar gives them", () => {
    const forms = [
      (c: number, t: number) => `(${figureIn(t, String(t), "ablative")} ${c})`,
      (c: number, t: number) => `(${t} ұйымның ${figureIn(c, String(c), "possessive")})`,
      (c: number, t: number) =>
        `(${figureIn(t, String(t), "genitive")} ${figureIn(c, String(c), "possessive")})`,
      (c: number, t: number) =>
        `– ${figureIn(t, String(t), "ablative")} ${c} (${Math.round((100 * c) / t)}%)`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: forms.length - 1 }),
        (total, share, form) => {
          const covered = Math.floor(share * total);
          const pct = Math.round((100 * covered) / total);
          const item = forms[form](covered, total);
          const tail = form === 3 ? "" : ` – ${pct}%`;
          const text = `2023 жылғы 2-тоқсан. - 54%-ы немесе 1 410 объект дабыл түймелерін орнатқан.\nАнықтама үшін:\n- мектептер:\nТараз қ. ${item}${tail}.`;
          const r = parseReport(text);
          expect(r.records.map((x) => [x.covered, x.total, x.statedPercent])).toEqual([
            [covered, total, pct],
          ]);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("other Kazakh wordings: the quarter before the year, 'барлығы N, оның ішінде M', 'өзгерген жоқ'", () => {
    const kk = renderKazakh(seed, SEED_LIKE_KAZAKH);
    const swaps: Array<[string, string]> = [
      ["2023 жылғы 1-тоқсандағы жағдай бойынша", "І тоқсан 2023 ж. бойынша"],
      [
        "Ақмола облысы (122-ден 114) – 93%",
        "Ақмола облысы (барлығы 122, оның ішінде 114 қосылған) – 93%",
      ],
    ];
    const text = swaps.reduce((t, [from, to]) => {
      expect(t).toContain(from);
      return t.replace(from, to);
    }, kk);
    const r = parseReport(text);
    expect(r.period).toBe("2023-Q1");
    expect(figuresOf(r.records)).toEqual(figuresOf(seed.records));
    expect(r.issues.map((i) => i.code)).toEqual(["loose-item"]);
    const same = parseReport(kk.replace("(13-ке өсті)", "(өзгерген жоқ)"));
    expect(same.records.find((x) => x.statedChange === 0 && x.covered === 120)).toBeDefined();
  });

  it("a quarter named for comparison never dates the Kazakh report", () => {
    const kk = renderKazakh(seed, SEED_LIKE_KAZAKH);
    const r = parseReport(`${kk}\n2022 жылғы 4-тоқсанмен салыстырғанда қамту артты.`);
    expect(r.period).toBe("2023-Q1");
    expect(r.issues).toEqual([]);
  });

  it("a Russian report with names spelled in Kazakh and a unit 'колледж' stays Russian, all read", () => {
    const onOwnLines = renderReport(seed, { ...SEED_LIKE_STYLE, itemsOnOwnLines: true });
    const text = onOwnLines
      .replace("г. Астана (8 колледжей)", "г. Астана (8 колледж)")
      .replace(/г\. Кокшетау/g, "г. Көкшетау")
      .replace(/^Акмолинская \(/gm, "Ақмола облысы (");
    expect(text).not.toBe(onOwnLines);
    const r = parseReport(text);
    expect(r.issues).toEqual([]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seed.records));
    expect(r.languages).toEqual({ figures: { ru: 240 }, both: 0, differ: 0 });
  });

  it("the seed itself is read as Russian only", () => {
    expect(parseReport(SEED_TEXT).languages).toEqual({ figures: { ru: 240 }, both: 0, differ: 0 });
  });
});
