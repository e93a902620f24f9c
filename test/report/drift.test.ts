/**
 * Next quarters' reports as ministries drift in wording: every variant of the seed's text must give
 * exactly the seed's figures (the seed is the reference, read once), with no error.
 */
import type { CoverageRecord } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const figures = (records: readonly CoverageRecord[]) =>
  records.map((r) => [
    r.measure,
    r.orgType,
    r.territoryId,
    r.covered,
    r.total,
    r.statedPercent,
    r.statedChange,
  ]);
const errors = (text: string) => parseReport(text).issues.filter((i) => i.severity === "error");

/** Rewrites each change note "(рост на +N)" / "(снижение на -N)" with `say(sign, n)`. */
const notes = (say: (sign: 1 | -1, n: number) => string) =>
  SEED_TEXT.replace(/\((\p{L}+) на ([+-]?)(\d+)\)/gu, (_, word: string, sign: string, n: string) =>
    say(sign === "-" || /^сниж/.test(word) ? -1 : 1, Number(n))
  );

const VARIANTS: Record<string, string> = {
  "no sign after the word": notes((s, n) => `(${s > 0 ? "рост" : "снижение"} на ${n})`),
  "other words": notes((s, n) => `(${s > 0 ? "увеличение" : "уменьшение"} на ${n})`),
  "a sign only": notes((s, n) => `(${s > 0 ? "+" : "-"}${n})`),
  "N more / N less": notes((s, n) => `(на ${n} ${s > 0 ? "больше" : "меньше"})`),
  "прирост, with a unit": notes((s, n) =>
    s > 0 ? `(прирост на ${n} ед.)` : `(сокращение на ${n} ед.)`
  ),
  "из общего числа": SEED_TEXT.replace(/ из /g, " из общего числа "),
  "из общего количества": SEED_TEXT.replace(/ из /g, " из общего количества "),
  "обл. after region names": SEED_TEXT.replace(/(\p{Lu}\p{Ll}+ская) \(/gu, "$1 обл. ("),
  "область after region names": SEED_TEXT.replace(/(\p{Lu}\p{Ll}+ская) \(/gu, "$1 область ("),
  "г. glued to the name": SEED_TEXT.replace(/(гг?\.) (\p{Lu})/gu, "$1$2"),
  "Kazakh: облысы after regions, қаласы after cities": SEED_TEXT.replace(
    /(\p{Lu}\p{Ll}+ская) \(/gu,
    "$1 облысы ("
  ).replace(/г\. (\p{Lu}\p{Ll}+) \(/gu, "$1 қаласы ("),
  "upper-case names and abbreviations": SEED_TEXT.replace(
    /(\p{Lu}\p{Ll}+ская) \(/gu,
    (_, name: string) => `${name.toUpperCase()} ОБЛ. (`
  ),
  "the unit before из": SEED_TEXT.replace(/\((\d+) из (\d+) (\p{L}+)\)/gu, "($1 $3 из $2)"),
  "changes in other verbs": notes((s, n) => `(${s > 0 ? "выросло" : "сократилось"} на ${n})`),
  "changes with a comment, brackets inside": notes(
    (s, n) =>
      `(${s > 0 ? "рост" : "снижение"} на ${n} по сравнению с аналогичным периодом прошлого года (данные МИО уточняются))`
  ),
  "the percentage without its dash": SEED_TEXT.replace(/\) [–—-] (\d+%)/g, ") $1"),
};

describe("wording drift: the seed's figures survive every variant exactly", () => {
  const expected = figures(seedReport().records);
  for (const [name, text] of Object.entries(VARIANTS))
    it(name, () => {
      expect(text).not.toBe(SEED_TEXT);
      expect(errors(text)).toEqual([]);
      expect(figures(parseReport(text).records)).toEqual(expected);
    });

  // The seed's one "+13" note (written "(рос на +13)" in the original): its item is the one that changes.
  const THIRTEEN = /\(\p{L}+ на \+13\)/u;
  const key = (r: CoverageRecord) => `${r.measure}|${r.orgType}|${r.territoryId}`;
  const target = key(seedReport().records.find((r) => r.statedChange === 13)!);

  it("no change, in words or as +0", () => {
    for (const words of ["без изменений", "изменений нет", "на прежнем уровне", "+0", "±0"]) {
      const text = SEED_TEXT.replace(THIRTEEN, `(${words})`);
      expect(text).not.toBe(SEED_TEXT);
      const r = parseReport(text).records.find((x) => key(x) === target);
      expect({ words, change: r?.statedChange }).toEqual({ words, change: 0 });
      expect(errors(text)).toEqual([]);
    }
  });

  it("a word for a change it does not know, with no sign: no change is read (never a guessed +)", () => {
    for (const word of ["колебание", "сдвиг"]) {
      const text = SEED_TEXT.replace(THIRTEEN, `(${word} на 13)`);
      const report = parseReport(text);
      const r = report.records.find((x) => key(x) === target)!;
      expect({ word, change: r.statedChange, covered: r.covered }).toEqual({
        word,
        change: null,
        covered: seedReport().records.find((x) => key(x) === target)!.covered,
      });
      expect(report.issues.map((i) => i.code)).toEqual(["unknown-change-word"]);
    }
    // With a sign, the sign says it.
    const signed = parseReport(SEED_TEXT.replace(THIRTEEN, "(сдвиг на +13)"));
    expect(signed.records.find((x) => key(x) === target)!.statedChange).toBe(13);
  });

  it("a list whose items lost their brackets is reported item by item, never taken for prose", () => {
    const line = SEED_TEXT.split("\n")[3];
    const broken = line.replace(/\(([^()]*)\)/g, "$1").replace(/;/g, ",");
    const report = parseReport(SEED_TEXT.replace(line, broken));
    expect(report.issues.filter((i) => i.severity === "error").length).toBeGreaterThan(0);
    expect(report.records.length).toBeLessThan(seedReport().records.length);
  });

  it("a note that can't be read keeps the figure and warns about the note only", () => {
    const text = SEED_TEXT.replace(THIRTEEN, "(см. примечание 3)");
    const report = parseReport(text);
    expect(figures(report.records).map((f) => f.slice(0, 6))).toEqual(
      figures(seedReport().records).map((f) => f.slice(0, 6))
    );
    expect(report.records.filter((r) => r.statedChange === 13)).toEqual([]);
    expect(errors(text)).toEqual([]);
    expect(
      report.issues.filter((i) => i.code === "unreadable-change-note").map((i) => i.message)
    ).toEqual([
      "'(см. примечание 3)' after the percentage is not a change this parser reads; the figures are kept, the change is not.",
    ]);
  });
});
