/**
 * Which version of the report a piece of it belongs to: the Russian one or the Kazakh one (the state
 * language), which the ministry publishes side by side and a text may hold both of. The parser
 * reads both; each item belongs to the version of the list it stands in, and the two versions are
 * one set of records (versions.ts).
 *
 * A token says its language by its words: a letter Russian lacks (ә ғ қ ң ө ұ ү һ і), a Kazakh word
 * that has none ("мектеп", "немесе", "ЖБО"), or a Russian word ("организаций", "квартал", "или").
 * A name says nothing (a Russian report may spell "г. Көкшетау"), nor does a word both languages
 * share ("колледж", "объект", "турникет"): such a token leaves the language as it was. Pure.
 */
import type { ReportLanguage } from "../domain/report";
import { KAZAKH_TOKEN } from "./kazakhLexicon";

/** Russian words of a report's headings, headlines, periods and measures. */
const RUSSIAN_TOKEN =
  /организаци|образовани|объект[аоы]|(?<!\p{L})(?:или|из|от|на|за|в)(?!\p{L})|квартал|детск|детсад|дошкольн|школ|колледж[еиао]|ЦОУ|видеонаблюд|оперативного|охран|кнопк|пропускн|турникет[аоыу]/iu;

/** The language a token of the report is written in, or null when its words are both languages'. */
export function tokenLanguage(text: string): ReportLanguage | null {
  if (KAZAKH_TOKEN.test(text)) return "kk";
  return RUSSIAN_TOKEN.test(text) ? "ru" : null;
}
