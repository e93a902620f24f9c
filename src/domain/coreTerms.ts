/**
 * The glossary's types, and the terms the domain's own names are built from (orgTypes.ts,
 * measures.ts): a module of their own, because the functions' runtime carries these names and,
 * through the pane's dependence on its bundle, would carry whatever else this module held. The
 * glossary (glossary.ts) holds these terms too: one glossary, in two files.
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

export const kindergartenTerm = {
  en: "kindergarten",
  ru: "детский сад",
  kk: "балабақша",
  source: "order 117",
  kkForms: { plural: "балабақшалар" },
  avoid: { kk: [/балалар бақша/iu] },
} satisfies Term;

export const schoolTerm = {
  en: "school",
  ru: "школа",
  kk: "мектеп",
  source: "order 117",
  kkForms: { plural: "мектептер" },
} satisfies Term;

export const collegeTerm = {
  en: "college",
  ru: "колледж",
  kk: "колледж",
  source: "order 117",
  kkForms: { plural: "колледждер" },
  avoid: { kk: [/колледжтер/iu] },
} satisfies Term;

export const videoSurveillanceTerm = {
  en: "video surveillance",
  ru: "видеонаблюдение",
  kk: "бейнебақылау",
  source: "order 117",
  avoid: { kk: [/видеобақылау/iu] },
} satisfies Term;

export const licensedGuardTerm = {
  en: "licensed security",
  ru: "лицензированная охрана",
  kk: "лицензиясы бар күзет",
  source: "order 117",
  kkForms: { instrumental: "лицензиясы бар күзетпен" },
} satisfies Term;

export const panicButtonTerm = {
  en: "panic button",
  ru: "тревожная кнопка",
  kk: "дабыл түймесі",
  source: "order 117",
  kkForms: { pluralAccusative: "дабыл түймелерін" },
  avoid: { kk: [/дабыл батырма/iu] },
} satisfies Term;

export const accessSystemTerm = {
  en: "access control system",
  ru: "пропускная система",
  kk: "өткізу жүйесі",
  source: "order 117",
  kkForms: { accusative: "өткізу жүйесін" },
} satisfies Term;

export const turnstileTerm = {
  en: "turnstile",
  ru: "турникет",
  kk: "турникет",
  source: "order 117",
  kkForms: { plural: "турникеттер", pluralAccusative: "турникеттерді" },
} satisfies Term;

/** The pane's first screen names it (NationalSummary), so it travels with the core terms. */
export const policeCentreTerm = {
  en: "police operational control centre",
  ru: "центр оперативного управления (ЦОУ)",
  kk: "жедел басқару орталығы (ЖБО)",
  source: "order 117",
} satisfies Term;

export const policeCentreShortTerm = {
  en: "police centre",
  ru: "ЦОУ",
  kk: "ЖБО",
  source: "order 117",
  kkForms: { dative: "ЖБО-ға" },
} satisfies Term;

/** A term as a label starts it: "Балабақшалар", "Дабыл түймесі". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
