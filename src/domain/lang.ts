/**
 * The three languages the add-in speaks to people: English, Russian and Kazakh, the state language.
 * They cover the pane, the workbook it writes, and every message (the parser's issues, the audit's
 * findings, load and file errors, the EDU functions' errors). Each layer keeps its own catalogue of
 * texts, all keyed by this one type and built on the words below, so a measure, a type or a period
 * is named the same way everywhere.
 */
import { MEASURES } from "./measures";
import { plural as pluralOf } from "./numbers";
import { ORG_TYPE_NAMES, type OrgTypeOrAll } from "./orgTypes";

export type Lang = "en" | "ru" | "kk";
export const LANGS: readonly Lang[] = ["en", "ru", "kk"];

/** Office's (or the browser's) display language as ours: Kazakh (kk-KZ), Russian, else English. */
export function langOf(displayLanguage: string | undefined): Lang {
  if (/^kk/i.test(displayLanguage ?? "")) return "kk";
  return /^ru/i.test(displayLanguage ?? "") ? "ru" : "en";
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** "Тревожная кнопка" / "Panic button" / "Дабыл түймесі": a measure id named (an unknown id as it is). */
export function measureName(id: string, lang: Lang): string {
  const m = MEASURES.find((x) => x.id === id);
  return m ? { ru: m.nameRu, en: m.nameEn, kk: m.nameKk }[lang] : id;
}

/** "школы" / "schools" / "мектептер": a type id in lower case, as inside a sentence (an unknown id as it is). */
export function orgTypeName(id: string, lang: Lang): string {
  return has(ORG_TYPE_NAMES, id) ? ORG_TYPE_NAMES[id as OrgTypeOrAll][lang].toLowerCase() : id;
}

/**
 * "2023-Q1" → "1 квартал 2023 года", as the report itself writes it; "2023 жылғы 1-тоқсан" in
 * Kazakh (English keeps the id).
 */
export function periodName(period: string, lang: Lang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m || lang === "en") return period;
  return lang === "ru" ? `${m[2]} квартал ${m[1]} года` : `${m[1]} жылғы ${m[2]}-тоқсан`;
}

/**
 * The Russian form for a count: plural(3, "строка", "строки", "строк") → "строки", by CLDR's rule
 * (numbers.ts). Kept for the parser's catalogue; new code calls numbers.ts's plural(lang, …).
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return pluralOf("ru", n, { one, few, many, other: few });
}

/** Whether a line range as the parser gives it ("7", "7–9") is one line. */
export const oneLine = (lines: string | undefined) => /^\d+$/.test(lines ?? "");

/** A ", "-joined list of measure ids, each named by `name` ("«Турникеты», «Тревожная кнопка»"). */
export const measureList = (ids: string, name: (id: string) => string) =>
  ids
    .split(",")
    .map((id) => name(id.trim()))
    .join(", ");
