/**
 * The written report's Kazakh says every type, measure, body and document in the glossary's words
 * (src/domain/glossary.ts), the words the pane and the workbook use. Take out of the written text
 * every glossary term in every form, every territory's Kazakh name and every figure: what is left
 * must be the sentence's own words (verbs, connectives, the order's wording), listed below. A noun
 * written into the writer in other words than the glossary's is left over, and fails.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GLOSSARY, type Term } from "../../src/domain/glossary";
import { MEASURES } from "../../src/domain/measures";
import { ORG_TYPE_NAMES } from "../../src/domain/orgTypes";
import type { CoverageRecord } from "../../src/domain/report";
import { TERRITORIES } from "../../src/domain/territories";
import { draftReport, writeReportText } from "../../src/report/writeReport";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

/** The words of the writer's Kazakh sentences that name nothing the glossary names. */
const SENTENCE_WORDS = new Set(
  // The preamble: the order's own wording.
  (
    "министрлік қауіпсіздікке қойылатын бірыңғай талаптарды айқындау мақсатында жылғы наурыздағы " +
    "бұйрықпен терроризмге қарсы қорғалуын ұйымдастыру жөніндегі бұдан әрі бекітті қосу талабы " +
    "белгіленген " +
    // The headlines and the lead-in.
    "мәліметі бойынша республикада бар олардың барлығы қамтамасыз етілген жағдай қосылған жалпы " +
    "санның анықтама үшін сондай-ақ етілуі талданды жұмыс істейді оның ішінде немесе шарт " +
    "жасасқан орнатқан " +
    // The changes.
    "өсті төмендеді өзгеріссіз " +
    // A headline without its change: "Өзгеріс келтірілмеген, себебі жекелеген аумақтар бойынша …".
    "өзгеріс келтірілмеген себебі жекелеген салыстырылатын бірінде"
  ).split(" ")
);

const glossaryWords = (Object.values(GLOSSARY) as Term[])
  .flatMap((t) => [t.kk, ...Object.values(t.kkForms ?? {})])
  .sort((a, b) => b.length - a.length);
const territoryNames = TERRITORIES.map((t) => t.nameKk)
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words of a written Kazakh text that are neither a glossary term, a name, a figure nor a sentence's own word. */
function unexplainedWords(text: string): string[] {
  let rest = text;
  for (const phrase of [...glossaryWords, ...territoryNames])
    rest = rest.replace(new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, "giu"), " ");
  rest = rest.replace(/\d[\d\s]*%?(?:-\p{L}+)?/gu, " ").replace(/[^\p{L}-]+/gu, " ");
  const words = rest.split(" ").filter((w) => /\p{L}/u.test(w));
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => !SENTENCE_WORDS.has(w));
}

describe("the written Kazakh report in the glossary's words", () => {
  const seed = seedReport();

  it("the seed's quarter: nothing named in other words", () => {
    const text = writeReportText(draftReport(seed.records, { period: seed.period! }), "kk");
    expect(unexplainedWords(text)).toEqual([]);
  });

  it("two quarters, with changes, and a figure absent: nothing named in other words", () => {
    const q = quarters(2, 5);
    const [prev, cur] = q.periods;
    const records = q.reports
      .flatMap((r) => r.records)
      .filter(
        (r: CoverageRecord) =>
          !(r.period === cur && r.measure === "panic" && r.territoryId === "city:semey")
      );
    const text = writeReportText(draftReport(records, { period: cur, previous: prev }), "kk");
    expect(text).toMatch(/Деректер жоқ: /u);
    expect(text).toMatch(/өсті\)|төмендеді\)/u);
    expect(unexplainedWords(text)).toEqual([]);
  });

  it("finds a noun that is not the glossary's (the check can fail)", () => {
    expect(unexplainedWords("Астана қаласы (96 балабақша) – 100%")).toEqual([]);
    expect(unexplainedWords("Астана қаласы (96 балалар бақшасы) – 100%")).toEqual([
      "балалар",
      "бақшасы",
    ]);
    expect(unexplainedWords("12 оқу орны бейнебақылаумен жабдықталған")).toEqual([
      "оқу",
      "орны",
      "бейнебақылаумен",
      "жабдықталған",
    ]);
  });

  it("the pane and the workbook name the types and measures in the same words", () => {
    expect(ORG_TYPE_NAMES.kindergarten.kk.toLowerCase()).toBe(GLOSSARY.kindergarten.kkForms.plural);
    expect(ORG_TYPE_NAMES.school.kk.toLowerCase()).toBe(GLOSSARY.school.kkForms.plural);
    expect(ORG_TYPE_NAMES.college.kk.toLowerCase()).toBe(GLOSSARY.college.kkForms.plural);
    const names = MEASURES.map((m) => m.nameKk).join(" · ");
    for (const word of [
      "videoSurveillance",
      "licensedGuard",
      "panicButton",
      "accessSystem",
    ] as const)
      expect(names.toLowerCase()).toContain(GLOSSARY[word].kk);
    expect(names).toContain(GLOSSARY.policeCentreShort.kkForms.dative);
  });
});

/** The reference's official Kazakh names (../shared/reference), where this clone has them. */
const REFERENCE = join(__dirname, "../../../shared/reference");
const referenceRows = (file: string) =>
  readFileSync(join(REFERENCE, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"));
const withReference = existsSync(join(REFERENCE, "regions.tsv")) ? describe : describe.skip;
if (!existsSync(join(REFERENCE, "regions.tsv")))
  console.log(
    "skipped: the official names' check needs ../shared/reference, which this clone lacks"
  );

withReference(
  "the written Kazakh report's names, against the official ones (../shared/reference)",
  () => {
    const seed = seedReport();
    const text = writeReportText(draftReport(seed.records, { period: seed.period! }), "kk");
    const city = GLOSSARY.city.kkForms;

    it("every region and city of republican significance, as the ISO list's Kazakh writes it", () => {
      const missing = referenceRows("regions.tsv")
        .map(([, , type, , , kk]) => (type === "city" ? `${kk} ${city.possessive}` : kk))
        .filter((name) => !text.includes(`${name} (`));
      expect(missing).toEqual([]);
    });

    it("every large city, in its official Kazakh name, alone or in its group", () => {
      const names = referenceRows("cities.tsv").map(([, kk]) => kk);
      expect(names).toHaveLength(25);
      const missing = names.filter(
        (kk) =>
          !new RegExp(
            `(?<!\\p{L})${kk}(?: және \\p{L}+ ${city.pluralPossessive}| ${city.possessive}|(?=(?: және \\p{L}+)? ${city.pluralPossessive}))`,
            "u"
          ).test(text)
      );
      expect(missing).toEqual([]);
    });
  }
);

describe("the glossary's Kazakh forms", () => {
  it("each form inflects the term's last word and keeps the words before it", () => {
    const wrong: string[] = [];
    for (const [id, t] of Object.entries(GLOSSARY) as Array<[string, Term]>)
      for (const [form, written] of Object.entries(t.kkForms ?? {})) {
        const lemma = t.kk.toLowerCase().split(" ");
        const words = written.toLowerCase().split(" ");
        const head = lemma[lemma.length - 1].slice(0, 3);
        const same =
          words.length === lemma.length &&
          words.slice(0, -1).join(" ") === lemma.slice(0, -1).join(" ") &&
          words[words.length - 1].startsWith(head);
        if (!same) wrong.push(`${id}.${form}: ${written} (of ${t.kk})`);
      }
    expect(wrong).toEqual([]);
  });
});
