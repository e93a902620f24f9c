import { createContext, useContext } from "react";
import type { Measure } from "../domain/measures";
import { ORG_TYPE_NAMES, type OrgTypeOrAll } from "../domain/orgTypes";

import { type Lang, langOf, measureName } from "../domain/lang";
import { territoryById, territoryName } from "../domain/territories";
import { loadMessageTexts, messageTextsHere } from "../host/messageTexts";
import type { Strings } from "./strings/en";

export type { Lang };
export type { Strings };

/**
 * One language's strings at a time: each is its own chunk, fetched before the pane first renders
 * (its first language) or before a switch shows another, so the page never carries all three and
 * never paints a text in a language it was not asked for.
 */
const STRING_LOADERS: Record<Lang, () => Promise<Strings>> = {
  en: () => import(/* webpackChunkName: "strings-en" */ "./strings/en").then((m) => m.EN),
  ru: () => import(/* webpackChunkName: "strings-ru" */ "./strings/ru").then((m) => m.RU),
  kk: () => import(/* webpackChunkName: "strings-kk" */ "./strings/kk").then((m) => m.KK),
};
const loadedStrings: Partial<Record<Lang, Strings>> = {};

/** Fetches a language's strings (once): the pane switches to it only when this has resolved. */
export async function loadStrings(lang: Lang): Promise<Strings> {
  return (loadedStrings[lang] ??= await STRING_LOADERS[lang]());
}

/** Whether a language's strings are here, so that a switch to it can render at once. */
export function stringsLoaded(lang: Lang): boolean {
  return loadedStrings[lang] !== undefined;
}

/** A loaded language's strings. The pane renders only in a language it has loaded (App). */
export function stringsOf(lang: Lang): Strings {
  const strings = loadedStrings[lang];
  if (!strings) throw new Error(`The pane's ${lang} strings were used before they were loaded.`);
  return strings;
}

/**
 * A language whole: its strings and its messages (the catalogues' texts). A switch waits for both,
 * so that a message shown already (a load's warning, an import's issues) changes language with the
 * rest. A language chosen again after a failed fetch is fetched again.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  gaveUp.delete(lang);
  await Promise.all([loadStrings(lang), loadMessageTexts(lang)]);
}

/** Whether a switch to the language can render at once. */
export function languageLoaded(lang: Lang): boolean {
  return stringsLoaded(lang) && messageTextsHere(lang);
}

/** The languages whose messages could not be fetched: said in English rather than waited for. */
const gaveUp = new Set<Lang>();

/**
 * Called while rendering a message (a Suspense boundary above): waits for the language's messages.
 * The first screen needs none, so they are fetched after it (App); a message wanted before they
 * arrive suspends its panel for that moment rather than show English in a Russian pane. A fetch
 * that fails leaves the message in English, which still says what happened.
 */
export function awaitMessages(lang: Lang): void {
  if (messageTextsHere(lang) || gaveUp.has(lang)) return;
  throw loadMessageTexts(lang).catch(() => {
    gaveUp.add(lang);
  });
}

/** Each language by its own name, in the order the language choices list them (the state language first). */
export const LANGUAGE_NAMES: ReadonlyArray<[Lang, string]> = [
  ["kk", "Қазақша"],
  ["ru", "Русский"],
  ["en", "English"],
];

/** A language's own name: "Қазақша", "Русский", "English". */
export function languageName(lang: Lang): string {
  return LANGUAGE_NAMES.find(([l]) => l === lang)![1];
}

export const LangContext = createContext<Lang>("en");

export function useStrings(): Strings {
  return stringsOf(useContext(LangContext));
}

/** The pane's language, for text rendered outside these strings (the parser's issues). */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The pane's first language: Office's (or the browser's): Kazakh (kk-KZ), Russian, else English. */
export const initialLang = langOf;

/** Short names for a narrow table's cells: a measure's one word, a type's. */
export const SHORT: Record<
  Lang,
  { measure: Record<Measure, string>; orgType: Record<OrgTypeOrAll, string> }
> = {
  en: {
    measure: { video: "video", guard: "guard", panic: "panic", turnstile: "turnstile" },
    orgType: { kindergarten: "kg", school: "school", college: "college", all: "all" },
  },
  ru: {
    measure: { video: "ЦОУ", guard: "охрана", panic: "кнопка", turnstile: "турникет" },
    orgType: { kindergarten: "д/с", school: "школа", college: "колледж", all: "все" },
  },
  kk: {
    measure: { video: "ЖБО", guard: "күзет", panic: "түйме", turnstile: "турникет" },
    orgType: {
      kindergarten: "балабақша",
      school: "мектеп",
      college: "колледж",
      all: "барлық түрлер",
    },
  },
};

/** Measure and type names in the pane's language (territory names stay as the report writes them). */
export function useNames() {
  return namesIn(useContext(LangContext));
}

const NAMES = new Map<Lang, ReturnType<typeof makeNames>>();
/** One object per language, so that a memo keyed on it holds while the language does. */
function namesIn(lang: Lang) {
  let names = NAMES.get(lang);
  if (!names) NAMES.set(lang, (names = makeNames(lang)));
  return names;
}

function makeNames(lang: Lang) {
  return {
    /**
     * A territory by its id, as the pane names territories in its language (territoryName: the
     * map, the bars, the card, the tables and the lists all say the same); the report's own words
     * for one the gazetteer does not know.
     */
    territory: (id: string, asWritten: string) => {
      const t = territoryById(id);
      return t ? territoryName(t, lang) : asWritten;
    },
    /** A measure's name (an id it does not know, as it is: a figure read back from the workbook). */
    measure: (m: Measure | string) => measureName(m, lang),
    orgType: (o: OrgTypeOrAll | string) =>
      (ORG_TYPE_NAMES as Partial<Record<string, Record<Lang, string>>>)[o]?.[lang] ?? o,
    shortMeasure: (m: Measure) => SHORT[lang].measure[m],
    shortOrgType: (o: OrgTypeOrAll) => SHORT[lang].orgType[o],
  };
}
