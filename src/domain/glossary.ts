/**
 * The add-in's terms, each once, in its three languages, with where the term comes from when it is
 * official. Every catalogue (the pane's strings, the workbook's labels, the messages, the functions'
 * help, the report writer) says these things in these words: test/domain/glossary.test.ts reads
 * every text of every catalogue and fails on a spelling a term's `avoid` lists (a calque, a
 * Russian word in Kazakh, a shortened form). The measures' and types' own names live with them
 * (measures.ts, orgTypes.ts) and are read from there everywhere.
 *
 * Sources: "MS" is Microsoft's terminology for Office in that language (the words Excel itself
 * shows: жұмыс кітабы, парақ, ұяшық, жиынтық кесте); "order 117" is the ministry's order No. 117 of
 * 30 March 2022 and its reports; "project" is ours, kept consistent.
 */
import type { Lang } from "./lang";

export interface Term {
  en: string;
  ru: string;
  kk: string;
  source: "MS" | "order 117" | "project";
  /** Spellings that must not stand for this term in a language's texts. */
  avoid?: Partial<Record<Lang, RegExp[]>>;
}

/** A letter (any script), for "a whole word" without \b (which knows only Latin letters). */
const L = String.raw`\p{L}`;
const word = (w: string, flags = "u") => new RegExp(`(?<!${L})${w}(?!${L})`, flags);

export const GLOSSARY = {
  workbook: {
    en: "workbook",
    ru: "книга",
    kk: "жұмыс кітабы",
    source: "MS",
    // A bare "кітап" is any book: Excel's Kazakh UI says "жұмыс кітабы".
    avoid: { kk: [/(?<![Жж]ұмыс )[Кк]ітап/u] },
  },
  sheet: { en: "sheet", ru: "лист", kk: "парақ", source: "MS" },
  cell: { en: "cell", ru: "ячейка", kk: "ұяшық", source: "MS" },
  table: { en: "table", ru: "таблица", kk: "кесте", source: "MS" },
  pivotTable: { en: "PivotTable", ru: "сводная таблица", kk: "жиынтық кесте", source: "MS" },
  addIn: {
    en: "add-in",
    ru: "надстройка",
    kk: "қондырма",
    source: "MS",
    avoid: { ru: [word("аддин", "iu")], kk: [word("қосымша", "iu")] },
  },
  thisVersion: {
    en: "this version of Excel",
    ru: "эта версия Excel",
    kk: "Excel-дің бұл нұсқасы",
    source: "project",
    avoid: { kk: [/бұл Excel/u] },
  },
  territory: {
    en: "territory",
    ru: "территория",
    kk: "аумақ",
    source: "project",
    avoid: { kk: [word("территория", "iu")] },
  },
  region: { en: "region", ru: "регион", kk: "өңір", source: "project" },
  measure: { en: "measure", ru: "мера", kk: "шара", source: "order 117" },
  coverage: { en: "coverage", ru: "охват", kk: "қамту", source: "order 117" },
  covered: { en: "covered", ru: "охвачено", kk: "қамтылғаны", source: "order 117" },
  total: { en: "total", ru: "всего", kk: "барлығы", source: "order 117" },
  period: { en: "period", ru: "период", kk: "кезең", source: "project" },
  report: { en: "report", ru: "отчёт", kk: "есеп", source: "order 117" },
  percentagePoint: {
    en: "percentage point",
    ru: "процентный пункт",
    kk: "пайыздық тармақ",
    source: "project",
    avoid: { kk: [/пайыздық пункт/iu] },
  },
  policeCentre: {
    en: "police operational control centre",
    ru: "центр оперативного управления (ЦОУ)",
    kk: "жедел басқару орталығы (ЖБО)",
    source: "order 117",
  },
  import: {
    en: "import",
    ru: "импорт",
    kk: "импорттау",
    source: "project",
    // The noun "импорт" alone is a Russian calque: the action is "импорттау", the thing imported
    // "импортталған есеп".
    avoid: { kk: [word("[Ии]мпорт")] },
  },
  highlight: { en: "highlight", ru: "выделение", kk: "ерекшелеу", source: "project" },
  taskPane: { en: "pane", ru: "панель", kk: "тақта", source: "MS" },
  error: {
    en: "error",
    ru: "ошибка",
    kk: "қате",
    source: "MS",
    avoid: { kk: [/Бірдеңе дұрыс болмады/u] },
  },
} satisfies Record<string, Term>;

export type TermId = keyof typeof GLOSSARY;

/** A term in a language, as every catalogue writes it. */
export function term(id: TermId, lang: Lang): string {
  return GLOSSARY[id][lang];
}
