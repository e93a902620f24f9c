/**
 * The add-in's terms, each once, in its three languages, with where the term comes from when it is
 * official. Every catalogue (the pane's strings, the workbook's labels, the messages, the functions'
 * help, the report writer) says these things in these words: test/domain/glossary.test.ts reads
 * every text of every catalogue and fails on a spelling a term's `avoid` lists (a calque, a
 * Russian word in Kazakh, a shortened form). The measures' and types' own names live with them
 * (measures.ts, orgTypes.ts) and are read from there everywhere; their Kazakh is built from the
 * terms here. The written report's Kazakh (report/renderKazakh.ts, report/writeReport.ts) draws
 * every term it names from here, in the forms spelled out below: test/report/kazakhTerms.test.ts
 * takes them out of a written report and fails on any other word that names a thing.
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
  /**
   * The Kazakh forms the written report puts the term in, each spelled out once. Kazakh inflects a
   * phrase's last word only ("білім беру ұйымы", "білім беру ұйымдарының"), and a loan word can take
   * an ending its spelling does not predict ("объект", "объектінің"), so the forms are written here,
   * where one careful reader can check them, rather than guessed by a rule.
   */
  kkForms?: Partial<Record<KazakhForm, string>>;
}

/** The forms of a Kazakh term the written report uses: a case, the plural, or both. */
export type KazakhForm =
  | "plural"
  | "genitive"
  | "dative"
  | "accusative"
  | "instrumental"
  | "locative"
  | "locativeOf"
  | "possessive"
  | "pluralPossessive"
  | "pluralGenitive"
  | "pluralDative"
  | "pluralAccusative"
  | "pluralInstrumental"
  | "pluralLocativeOf";

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
  // The written report's terms (order 117 and the ministry's quarterly reports). The pane and the
  // workbook name the types and the measures from these (orgTypes.ts, measures.ts), so the pane,
  // the workbook and the report say them in the same words.
  kindergarten: {
    en: "kindergarten",
    ru: "детский сад",
    kk: "балабақша",
    source: "order 117",
    kkForms: { plural: "балабақшалар" },
    avoid: { kk: [/балалар бақша/iu] },
  },
  school: {
    en: "school",
    ru: "школа",
    kk: "мектеп",
    source: "order 117",
    kkForms: { plural: "мектептер" },
  },
  college: {
    en: "college",
    ru: "колледж",
    kk: "колледж",
    source: "order 117",
    kkForms: { plural: "колледждер" },
    avoid: { kk: [/колледжтер/iu] },
  },
  preschoolOrganisations: {
    en: "pre-school education organisations",
    ru: "дошкольные организации образования",
    kk: "мектепке дейінгі білім беру ұйымдары",
    source: "order 117",
  },
  secondaryOrganisations: {
    en: "secondary education organisations",
    ru: "организации среднего образования",
    kk: "орта білім беру ұйымдары",
    source: "order 117",
  },
  vocationalOrganisations: {
    en: "technical and vocational education organisations",
    ru: "организации технического и профессионального образования",
    kk: "техникалық және кәсіптік білім беру ұйымдары",
    source: "order 117",
  },
  educationOrganisation: {
    en: "education organisation",
    ru: "организация образования",
    kk: "білім беру ұйымы",
    source: "order 117",
    kkForms: {
      genitive: "білім беру ұйымының",
      plural: "білім беру ұйымдары",
      pluralGenitive: "білім беру ұйымдарының",
      pluralLocativeOf: "білім беру ұйымдарындағы",
    },
    avoid: { kk: [/оқу орн/iu] },
  },
  educationFacility: {
    en: "education facility",
    ru: "объект образования",
    kk: "білім беру объектісі",
    source: "order 117",
    kkForms: { pluralGenitive: "білім беру объектілерінің" },
  },
  facility: {
    en: "facility",
    ru: "объект",
    kk: "объект",
    source: "order 117",
    kkForms: { genitive: "объектінің" },
    avoid: { kk: [/объекттің/iu] },
  },
  videoSurveillance: {
    en: "video surveillance",
    ru: "видеонаблюдение",
    kk: "бейнебақылау",
    source: "order 117",
    avoid: { kk: [/видеобақылау/iu] },
  },
  videoSystem: {
    en: "video surveillance system",
    ru: "система видеонаблюдения",
    kk: "бейнебақылау жүйесі",
    source: "order 117",
    kkForms: {
      plural: "бейнебақылау жүйелері",
      pluralAccusative: "бейнебақылау жүйелерін",
      pluralInstrumental: "бейнебақылау жүйелерімен",
    },
  },
  policeCentreShort: {
    en: "police centre",
    ru: "ЦОУ",
    kk: "ЖБО",
    source: "order 117",
    kkForms: { dative: "ЖБО-ға" },
  },
  policeCentres: {
    en: "operational control centres of the internal affairs bodies",
    ru: "центры оперативного управления органов внутренних дел",
    kk: "ішкі істер органдарының жедел басқару орталығы",
    source: "order 117",
    kkForms: { pluralDative: "ішкі істер органдарының жедел басқару орталықтарына" },
  },
  licensedGuard: {
    en: "licensed security",
    ru: "лицензированная охрана",
    kk: "лицензиясы бар күзет",
    source: "order 117",
    kkForms: { instrumental: "лицензиясы бар күзетпен" },
  },
  panicButton: {
    en: "panic button",
    ru: "тревожная кнопка",
    kk: "дабыл түймесі",
    source: "order 117",
    kkForms: { pluralAccusative: "дабыл түймелерін" },
    avoid: { kk: [/дабыл батырма/iu] },
  },
  monitoringConsole: {
    en: "central monitoring console",
    ru: "пульт централизованного наблюдения",
    kk: "орталықтандырылған бақылау пульті",
    source: "order 117",
    kkForms: { pluralDative: "орталықтандырылған бақылау пульттеріне" },
  },
  accessSystem: {
    en: "access control system",
    ru: "пропускная система",
    kk: "өткізу жүйесі",
    source: "order 117",
    kkForms: { accusative: "өткізу жүйесін" },
  },
  turnstile: {
    en: "turnstile",
    ru: "турникет",
    kk: "турникет",
    source: "order 117",
    kkForms: { plural: "турникеттер", pluralAccusative: "турникеттерді" },
  },
  localAuthorities: {
    en: "local executive bodies",
    ru: "местные исполнительные органы",
    kk: "жергілікті атқарушы органдар",
    source: "order 117",
    kkForms: { genitive: "жергілікті атқарушы органдардың" },
  },
  largeCities: {
    en: "large cities",
    ru: "крупные города",
    kk: "ірі қалалар",
    source: "order 117",
    kkForms: { locative: "ірі қалаларда", locativeOf: "ірі қалалардағы" },
  },
  city: {
    en: "city",
    ru: "город",
    kk: "қала",
    source: "order 117",
    kkForms: { possessive: "қаласы", pluralPossessive: "қалалары" },
  },
  quarter: {
    en: "quarter",
    ru: "квартал",
    kk: "тоқсан",
    source: "order 117",
    kkForms: { locativeOf: "тоқсандағы" },
  },
  instruction: {
    en: "Instruction",
    ru: "Инструкция",
    kk: "Нұсқаулық",
    source: "order 117",
    kkForms: { accusative: "нұсқаулықты", locative: "Нұсқаулықта" },
  },
  noData: { en: "no data", ru: "нет данных", kk: "деректер жоқ", source: "project" },
} satisfies Record<string, Term>;

export type TermId = keyof typeof GLOSSARY;

/** A term in a language, as every catalogue writes it. */
export function term(id: TermId, lang: Lang): string {
  return GLOSSARY[id][lang];
}

/** A term's Kazakh in one of its forms ("білім беру ұйымдарының"); a form the glossary lacks throws. */
export function kazakhForm(id: TermId, form: KazakhForm): string {
  const t: Term = GLOSSARY[id];
  const written = t.kkForms?.[form];
  if (written === undefined) throw new Error(`The glossary has no ${form} of '${id}' in Kazakh`);
  return written;
}

/** A term as a label starts it: "Балабақшалар", "Дабыл түймесі". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
