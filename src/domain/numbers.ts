/**
 * Numbers and counted words as each language writes them, from the platform's own rules
 * (Intl.NumberFormat, Intl.PluralRules: CLDR), never hand-made: "17.1%" in English, "17,1 %" in
 * Russian, "17,1%" in Kazakh; "1 строка, 3 строки, 5 строк"; Kazakh keeps the noun singular after
 * a numeral ("5 аумақ"), which CLDR's Kazakh rule gives as one form for every count.
 */
import type { Lang } from "./lang";

/** The locale each language formats numbers in. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

/**
 * Where the platform's ICU lacks Kazakh (Chromium as Debian builds it formats kk-KZ as English:
 * "1,832"), numbers take Russian's separators, which CLDR gives Kazakh too (a no-break space
 * between thousands, a decimal comma); a percentage then keeps Kazakh's own sign, with no space.
 */
const FALLBACK: Readonly<Partial<Record<Lang, string>>> = { kk: "ru-RU" };

/**
 * Whether the platform formats `lang` by its own data. A build may name a locale it has no data
 * for (supportedLocalesOf says yes, and the root locale's "1,5" comes out): so it is tried, on a
 * number whose Kazakh and Russian form has a decimal comma.
 */
function localeFor(lang: Lang): { locale: string; native: boolean } {
  const fallback = FALLBACK[lang];
  const native = !fallback || new Intl.NumberFormat(LOCALES[lang]).format(1.5) === "1,5";
  return { locale: native ? LOCALES[lang] : fallback, native };
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(localeFor(lang).locale, options)));
  return f;
}

/** 1234.5 → "1,234.5" / "1 234,5" (with `digits` after the point, exactly; 0 by default). */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share as a percentage: 0.171 → "17.1%" / "17,1 %" / "17,1%" (`digits` after the point). */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
  if (lang === "kk" && !localeFor(lang).native)
    return `${formatNumber(lang, share * 100, digits)}%`;
  return numberFormat(lang, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * How many decimals a share needs, from `digits` up, so that it and the target it is compared with
 * do not show the same figure when they differ: a tile framed "below 56.0%" never shows "56.0%".
 */
export function digitsApart(share: number, target: number, digits = 1): number {
  const shown = (x: number, d: number) => (x * 100).toFixed(d);
  let d = digits;
  while (d < 4 && share !== target && shown(share, d) === shown(target, d)) d++;
  return d;
}

/** A percentage as the report stated it (92 → "92%", 92.5 → "92,5 %"): its own decimals, never rounded. */
export function formatStated(lang: Lang, percent: number): string {
  const digits = (String(percent).split(".")[1] ?? "").length;
  return formatPercent(lang, percent / 100, digits);
}

/** A change with its sign: 20.5 → "+20.5" / "+20,5"; 0 → "0.0" / "0,0". */
export function formatSigned(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, {
    signDisplay: "exceptZero",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A word's forms by CLDR plural category; `other` is the form a language's every other count takes. */
export interface PluralForms {
  one?: string;
  few?: string;
  many?: string;
  other: string;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of a word for `n` in `lang`: plural("ru", 3, { one: "строка", few: "строки", many: "строк", other: "строки" }). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const category = rules.select(n) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** "3 строки": the count, formatted, and its word's form. */
export function counted(lang: Lang, n: number, forms: PluralForms): string {
  return `${formatNumber(lang, n)} ${plural(lang, n, forms)}`;
}
