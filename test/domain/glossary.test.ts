/**
 * One glossary (src/domain/glossary.ts): every text of every catalogue, in every language, says
 * the glossary's terms in the glossary's words. The texts are read from the catalogues' sources
 * (every string and template literal, by the TypeScript compiler) and from the manifest's
 * overrides; a text with Kazakh letters is Kazakh, another Cyrillic one Russian.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { GLOSSARY, type Term } from "../../src/domain/glossary";

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");
const KAZAKH = /[әғқңөұүһі]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The files whose texts people read: catalogues, messages, labels, the functions' help. */
const CATALOGUES = [
  "src/analysis/findingMessages.ts",
  "src/analysis/findingMessages.ru.ts",
  "src/analysis/findingMessages.kk.ts",
  "src/analysis/queryMessages.ts",
  "src/analysis/queryMessages.ru.ts",
  "src/analysis/queryMessages.kk.ts",
  "src/analysis/territoryCard.ts",
  "src/domain/lang.ts",
  "src/domain/measures.ts",
  "src/domain/nameMessages.ts",
  "src/domain/orgTypes.ts",
  "src/domain/vocabulary.ts",
  "src/functions/localizedHelp.ts",
  "src/host/hostMessages.ts",
  "src/host/hostMessages.ru.ts",
  "src/host/hostMessages.kk.ts",
  "src/report/fileMessages.ts",
  "src/report/fileMessages.ru.ts",
  "src/report/fileMessages.kk.ts",
  "src/report/issueMessages.ts",
  "src/report/issueTemplates.ts",
  "src/report/issueTemplates.ru.ts",
  "src/report/issueTemplates.kk.ts",
  "src/report/renderKazakh.ts",
  "src/report/reportDocx.ts",
  "src/report/writeReport.ts",
  "src/taskpane/friendlyError.ts",
  "src/taskpane/strings/en.ts",
  "src/taskpane/strings/ru.ts",
  "src/taskpane/strings/kk.ts",
  "src/workbook/labels/en.ts",
  "src/workbook/labels/ru.ts",
  "src/workbook/labels/kk.ts",
];
/** Files with Kazakh text that are no catalogue: what the reader matches in reports, names' data. */
const NOT_CATALOGUES = [
  "src/cli/main.ts",
  "src/domain/gazetteerData.ts",
  "src/domain/text.ts",
  "src/report/items.ts",
  "src/report/looseItem.ts",
  "src/domain/glossary.ts",
  "src/domain/coreTerms.ts",
  "src/domain/numbers.ts",
  "src/domain/tileGrid.ts",
  "src/domain/territories.ts",
  "src/report/kazakhGrammar.ts",
  "src/report/kazakhLexicon.ts",
  "src/report/kazakhText.ts",
  "src/report/lexicon.ts",
  "src/report/asides.ts",
  "src/report/footnotes.ts",
  "src/taskpane/i18n.ts",
  "src/workbook/labels.ts",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(ROOT, path).split("\\").join("/")] : [];
  });
}

/** Every string and template literal's text (a template's parts joined around its values). */
function literals(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node))
      out.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" … "));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function manifestTexts(): string[] {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return [...xml.matchAll(/Locale="(?:ru-RU|kk-KZ)" Value="([^"]*)"/g)].map((m) => m[1]);
}

const texts = [...CATALOGUES.flatMap(literals), ...manifestTexts()];
const inLang = (lang: "ru" | "kk") =>
  texts.filter((t) => (lang === "kk" ? KAZAKH.test(t) : CYRILLIC.test(t) && !KAZAKH.test(t)));

describe("the glossary", () => {
  it("every file with Kazakh text is a catalogue checked here or named as no catalogue", () => {
    const withKazakh = sourceFiles(SRC).filter((f) => literals(f).some((t) => KAZAKH.test(t)));
    expect(
      withKazakh.filter((f) => !CATALOGUES.includes(f) && !NOT_CATALOGUES.includes(f))
    ).toEqual([]);
    expect(inLang("kk").length).toBeGreaterThan(300);
    expect(inLang("ru").length).toBeGreaterThan(300);
  });

  it.each(["ru", "kk"] as const)("no %s text spells a term another way", (lang) => {
    const misspelt: string[] = [];
    for (const [id, t] of Object.entries(GLOSSARY) as Array<[string, Term]>)
      for (const avoid of t.avoid?.[lang] ?? [])
        for (const text of inLang(lang))
          if (avoid.test(text)) misspelt.push(`${id} (${t[lang]}): ${text.slice(0, 120)}`);
    expect(misspelt).toEqual([]);
  });

  it("catches a misspelling (the check can fail)", () => {
    const avoid = GLOSSARY.workbook.avoid.kk[0];
    expect(avoid.test("Кітапқа жүктеу")).toBe(true);
    expect(avoid.test("Жұмыс кітабына жүктеу")).toBe(false);
    expect(GLOSSARY.import.avoid.kk[0].test("Импорт сақталмады")).toBe(true);
    expect(GLOSSARY.import.avoid.kk[0].test("Импорттау")).toBe(false);
  });

  it("says each term in three languages, the Kazakh in Kazakh", () => {
    for (const t of Object.values(GLOSSARY) as Term[]) {
      expect([t.en, t.ru, t.kk].every((w) => w.trim().length > 0)).toBe(true);
      expect(CYRILLIC.test(t.ru) && CYRILLIC.test(t.kk)).toBe(true);
    }
  });
});
