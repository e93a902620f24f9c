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

import {
  accessSystemTerm,
  collegeTerm,
  kindergartenTerm,
  licensedGuardTerm,
  panicButtonTerm,
  policeCentreShortTerm,
  policeCentreTerm,
  schoolTerm,
  type KazakhForm,
  type Term,
  turnstileTerm,
  videoSurveillanceTerm,
} from "./coreTerms";

export type { KazakhForm, Term } from "./coreTerms";
export { capitalised } from "./coreTerms";

// A whole word is written (?<!\p{L})…(?!\p{L}): \b knows only Latin letters. The avoid-lists are
// regex literals, never built by a call, so that a bundle that uses no term can leave them out.

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
    avoid: { ru: [/(?<!\p{L})аддин(?!\p{L})/iu], kk: [/(?<!\p{L})қосымша(?!\p{L})/iu] },
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
    avoid: { kk: [/(?<!\p{L})территория(?!\p{L})/iu] },
    kkForms: { plural: "аумақтар" },
  },
  region: { en: "region", ru: "регион", kk: "өңір", source: "project" },
  measure: { en: "measure", ru: "мера", kk: "шара", source: "order 117" },
  coverage: { en: "coverage", ru: "охват", kk: "қамту", source: "order 117" },
  covered: { en: "covered", ru: "охвачено", kk: "қамтылғаны", source: "order 117" },
  total: { en: "total", ru: "всего", kk: "барлығы", source: "order 117" },
  period: {
    en: "period",
    ru: "период",
    kk: "кезең",
    source: "project",
    kkForms: { pluralGenitive: "кезеңдердің" },
  },
  report: { en: "report", ru: "отчёт", kk: "есеп", source: "order 117" },
  percentagePoint: {
    en: "percentage point",
    ru: "процентный пункт",
    kk: "пайыздық тармақ",
    source: "project",
    avoid: { kk: [/пайыздық пункт/iu] },
  },
  policeCentre: policeCentreTerm,
  import: {
    en: "import",
    ru: "импорт",
    kk: "импорттау",
    source: "project",
    // The noun "импорт" alone is a Russian calque: the action is "импорттау", the thing imported
    // "импортталған есеп".
    avoid: { kk: [/(?<!\p{L})[Ии]мпорт(?!\p{L})/u] },
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
  kindergarten: kindergartenTerm,
  school: schoolTerm,
  college: collegeTerm,
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
  videoSurveillance: videoSurveillanceTerm,
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
  policeCentreShort: policeCentreShortTerm,
  policeCentres: {
    en: "operational control centres of the internal affairs bodies",
    ru: "центры оперативного управления органов внутренних дел",
    kk: "ішкі істер органдарының жедел басқару орталығы",
    source: "order 117",
    kkForms: { pluralDative: "ішкі істер органдарының жедел басқару орталықтарына" },
  },
  licensedGuard: licensedGuardTerm,
  panicButton: panicButtonTerm,
  monitoringConsole: {
    en: "central monitoring console",
    ru: "пульт централизованного наблюдения",
    kk: "орталықтандырылған бақылау пульті",
    source: "order 117",
    kkForms: { pluralDative: "орталықтандырылған бақылау пульттеріне" },
  },
  accessSystem: accessSystemTerm,
  turnstile: turnstileTerm,
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
