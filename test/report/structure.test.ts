/**
 * Reports whose structure changes (test/helpers/structure.ts draws them from known figures): a
 * figure is kept only when its measure, its type and its territory are known; otherwise it is said,
 * and never attached to a neighbour. Each class is drawn many times at random, alone and together,
 * as text, as a web page's source and as a PDF.
 */
import { nodePdfEngine } from "../../src/cli/nodePdf";
import type { Report, StatedTotal } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { readReportSource } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { figuresOf, random } from "../helpers/drift";
import { makePdf, randomLayout } from "../helpers/pdf";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";
import {
  type StructuralVariant,
  type StructureOptions,
  structuralVariant,
} from "../helpers/structure";

const headline = (totals: readonly StatedTotal[]) =>
  totals.map((t) => `${t.quantity}|${t.level}|${t.measure}|${t.orgType}=${t.value}`).sort();
/** What a variant's style alone may make the parser say (items written in another order). */
const STYLE_WARNINGS = new Set(["loose-item"]);
const sources = [seedReport(), ...quarters(3, 31).reports.slice(1)];

/**
 * The parser read exactly what was generated, and said exactly what the structure asks for: the
 * unknown measure once, each list left out, each unknown territory (and the real one it displaced).
 */
function expectRead(report: Report, v: StructuralVariant, label: string): void {
  const said = report.issues.filter((i) => !STYLE_WARNINGS.has(i.code));
  const expected: Array<[string, unknown]> = [];
  if (v.foreign)
    expected.push(["unknown-measure", { section: v.foreign.words, items: v.foreign.items }]);
  const droppedMeasures = new Set(
    v.dropped
      .map((d) => d.measure)
      .filter((m) => v.dropped.filter((d) => d.measure === m).length === 3)
  );
  for (const m of droppedMeasures) expected.push(["missing-measure", { measure: m }]);
  for (const d of v.dropped)
    if (!droppedMeasures.has(d.measure))
      expected.push(["missing-section", { measure: d.measure, orgType: d.orgType }]);
  for (const name of v.unknownNames) expected.push(["unknown-territory", { name }]);
  // A part in Kazakh is read like the Russian: nothing to say, and its figures counted once.
  if (v.kazakh) {
    const kk = v.kazakh.figures;
    const ru = v.records.length - (v.kazakh.how === "lists" ? kk : 0);
    expect({ label, languages: report.languages }).toEqual({
      label,
      languages: {
        figures: { ru, kk },
        both: v.kazakh.how === "section" ? kk : 0,
        differ: 0,
      },
    });
  }
  const got = said.map((i): [string, unknown] => {
    const p = i.params ?? {};
    if (i.code === "unknown-measure") return [i.code, { section: p.section, items: p.items }];
    if (i.code === "missing-measure") return [i.code, { measure: p.measure }];
    if (i.code === "missing-section") return [i.code, { measure: p.measure, orgType: p.orgType }];
    if (i.code === "unknown-territory") return [i.code, { name: p.name }];
    return [i.code, i.message];
  });
  // Each unknown territory leaves its list one territory short: said as a missing territory.
  const short = got.filter(([c]) => c === "missing-territory").length;
  const sorted = (xs: Array<[string, unknown]>) => xs.map((x) => JSON.stringify(x)).sort();
  expect({ label, said: sorted(got.filter(([c]) => c !== "missing-territory")) }).toEqual({
    label,
    said: sorted(expected),
  });
  expect(short).toBeLessThanOrEqual(v.unknownNames.length);
  expect(figuresOf(report.records)).toEqual(figuresOf(v.records));
  expect(headline(report.statedTotals)).toEqual(headline(v.totals));
}

const CLASSES: Record<string, StructureOptions> = {
  "a measure the parser does not know, with its own headline and lists": { foreign: true },
  "measures and type lists in another order": { reorder: true },
  "a list left out: its figures absent, never zero": { dropLists: 1 },
  "several lists left out": { dropLists: 4 },
  "a territory that is not in the gazetteer": { unknownTerritories: 1 },
  "shares with a decimal comma or point": { decimals: true },
  "text pasted from a web page's source": { web: true },
  "a measure's lists in Kazakh instead of Russian, after its Russian headline: read": {
    kazakh: "lists",
  },
  "a bilingual report (a section again in Kazakh): read once, not twice": { kazakh: "section" },
  "all of it at once": {
    reorder: true,
    foreign: true,
    dropLists: 2,
    unknownTerritories: 2,
    decimals: true,
    web: true,
  },
};

describe("reports whose structure changes", () => {
  for (const [name, options] of Object.entries(CLASSES))
    it(`${name}: what is known read exactly, the rest said`, () => {
      for (let i = 0; i < 12; i++) {
        const rnd = random(name.length * 1000 + i);
        const source = sources[i % sources.length];
        const v = structuralVariant(source, rnd, options);
        expectRead(parseReport(v.text), v, `${name} #${i}`);
      }
    });

  it("an unknown measure first, before any known one, is passed over the same", () => {
    const rnd = random(5);
    for (let i = 0; i < 40; i++) {
      const v = structuralVariant(sources[0], rnd, { foreign: true });
      expectRead(parseReport(v.text), v, `#${i}`);
    }
  });

  it("as PDFs too: read through pdf.js with page furniture, exactly as the text", async () => {
    for (let i = 0; i < 3; i++) {
      const rnd = random(900 + i);
      const v = structuralVariant(sources[i % sources.length], rnd, {
        foreign: true,
        dropLists: 1,
        unknownTerritories: 1,
        decimals: true,
      });
      const pdf = await makePdf(v.text, randomLayout(rnd));
      const report = parseReportSource(
        await readReportSource("q.pdf", pdf.bytes, { pdf: nodePdfEngine })
      );
      expectRead(report, v, `PDF #${i}`);
    }
  });
});

describe("a known section is never passed over as an unknown measure", () => {
  const seed = seedReport();
  const videoCount = seed.records.filter((r) => r.measure === "video").length;

  it("two covered sentences for the video headline, the measure named only in words the lexicon knows", () => {
    const text = SEED_TEXT.replace(
      "которые на 100% обеспечены системами видеонаблюдения.",
      "которые на 100% оснащены системами видеонаблюдения."
    ).replace("подключены к ЦОУ (60%", "подключены к Центрам оперативного управления (60%");
    const r = parseReport(text);
    expect(r.issues.map((i) => i.code)).not.toContain("unknown-measure");
    expect(r.records.filter((x) => x.measure === "video")).toHaveLength(videoCount);
  });

  it("a second covered sentence before a measure's lists stays the measure's own", () => {
    const text = SEED_TEXT.replace(
      "установили тревожные кнопки с подключением",
      "установили тревожные кнопки (из них 2 000 объектов оснащены ими полностью) с подключением"
    );
    expect(text).not.toBe(SEED_TEXT);
    const r = parseReport(text);
    expect(r.issues.map((i) => i.code)).not.toContain("unknown-measure");
    expect(figuresOf(r.records)).toEqual(figuresOf(seed.records));
  });
});
