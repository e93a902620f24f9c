import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";

/**
 * The ministry report's vocabulary as regular expressions. One combined pattern with named groups
 * scans the text once, left to right; whatever lies between two matches is a "gap" that the parser
 * inspects (sentence ends, and unreadable items inside a list).
 */

/**
 * A count as the ministry writes it: 9 986 (a space, no-break, narrow no-break or thin space
 * between thousands), 9986, or 9,986 / 9.986 (read, with a warning). Never the tail of a longer
 * number: "4,12" gives no "12".
 */
const NUM_STRICT = String.raw`(?<!\d[.,]?)(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)|\d{1,3}(?:[,.]\d{3})+(?![\d]|[.,]\d)|\d+(?![.,]\d))`;
/** Something number-like with a comma or dot that is no count ("4,12"): read as a token so it is reported, not skipped. */
const NUM_LOOSE = String.raw`(?<!\d[.,]?)\d[\d \u00A0\u202F\u2009]*[.,][\d \u00A0\u202F\u2009.,]*\d`;
const NUM = `(?:${NUM_STRICT}|${NUM_LOOSE})`;
const PCT = String.raw`\d{1,3}(?:[.,]\d+)?`;
const WORD = String.raw`\p{L}[\p{L}\p{M}’'ʼ-]*`;
const DASH = String.raw`[–—−‒-]`;

const HEADING_KINDERGARTEN = String.raw`(?:[Вв]\s+)?(?:[Дд]ошкольн\p{L}*(?:\s+организаци\p{L}*)?(?:\s+образования)?|[Дд]етск\p{L}*\s+сад\p{L}*|[Дд]етсад\p{L}*)`;
const HEADING_SCHOOL = String.raw`(?:[Вв]\s+)?(?:(?:[Оо]рганизаци\p{L}*\s+)?среднего\s+образования|[Шш]кол\p{L}*)`;
const HEADING_COLLEGE = String.raw`(?:[Вв]\s+)?(?:(?:[Оо]рганизаци\p{L}*\s+)?технического\s+и\s+профессионального\s+образования|[Кк]олледж\p{L}*|ТиПО)`;

const MEASURE_WORDS = {
  video: String.raw`ЦОУ|[Вв]идеонаблюдени\p{L}*`,
  guard: String.raw`[Лл]ицензированн\p{L}*\s+охран\p{L}*`,
  panic: String.raw`[Тт]ревожн\p{L}*\s+кнопк\p{L}*`,
  turnstile: String.raw`[Тт]урникет\p{L}*|[Пп]ропускн\p{L}*\s+систем\p{L}*`,
};

const NAMED_MEASURES = Object.entries(MEASURE_WORDS).map(
  ([m, words]) => [m as Measure, new RegExp(words, "u")] as const
);

/** The measure a piece of text (a table header, a caption) names first, if any. */
export function measureNamedIn(text: string): Measure | null {
  let best: { measure: Measure; at: number } | null = null;
  for (const [measure, re] of NAMED_MEASURES) {
    const at = text.search(re);
    if (at >= 0 && (best === null || at < best.at)) best = { measure, at };
  }
  return best?.measure ?? null;
}

const NAMED_TYPES: ReadonlyArray<readonly [OrgType, RegExp]> = [
  ["kindergarten", /детсад|детск\p{L}*\s+сад|дошкольн|(?<!\p{L})ясл/iu],
  ["school", /школ|среднего\s+образовани|(?<!\p{L})сош(?!\p{L})/iu],
  ["college", /колледж|(?<!\p{L})типо(?!\p{L})|технического\s+и\s+профессиональн/iu],
];

/** The organisation type a piece of text names, if it names exactly one. */
export function orgTypeNamedIn(text: string): OrgType | null {
  const named = NAMED_TYPES.filter(([, re]) => re.test(text));
  return named.length === 1 ? named[0][0] : null;
}

/** "из", or the longer official "из общего числа / количества". */
const OUT_OF = String.raw`из(?:\s+общего\s+(?:числа|количества))?`;

/** Abbreviations written after a name: "Восточно-Казахстанская обл.", "Бурабайский р-н". */
const NAME_SUFFIX = String.raw`обл\.|обл(?=\s*\()|области|область|р-н|район|г\.`;

const ITEM =
  String.raw`(?<prefix>(?:гг?\.|город(?:а)?\s|область\s|обл\.)\s*)?` +
  String.raw`(?<name>(?<=^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}’'ʼ-]*(?:\s+(?:и\s+)?${WORD}){0,3}?)` +
  String.raw`(?:\s*(?<suffix>${NAME_SUFFIX}))?` +
  String.raw`\s*\(\s*(?<covered>${NUM})(?:\s*${OUT_OF}\s*(?<total>${NUM}))?\s*(?<unit>\p{L}+)?\s*\)` +
  String.raw`\s*${DASH}\s*(?<pct>${PCT})\s*%` +
  // Whatever note follows in parentheses: read by readChangeNote, never a reason to lose the figure.
  String.raw`(?:\s*\(\s*(?<note>[^()]{0,80}?)\s*\))?`;

const PERIOD = String.raw`(?:[Нн]а|[Зз]а)\s+(?<quarter>[1-4]|IV|I{1,3})(?:\s*-?\s*(?:й|ый|ой))?\s*(?:квартал\p{L}*|кв\.)\s+(?<year>(?:19|20)\d{2})`;

const TOKEN_PARTS = [
  String.raw`(?<period>${PERIOD})`,
  String.raw`(?<hkg>${HEADING_KINDERGARTEN})\s*:`,
  String.raw`(?<hschool>${HEADING_SCHOOL})\s*:`,
  String.raw`(?<hcollege>${HEADING_COLLEGE})\s*:`,
  String.raw`(?<mvideo>${MEASURE_WORDS.video})`,
  String.raw`(?<mguard>${MEASURE_WORDS.guard})`,
  String.raw`(?<mpanic>${MEASURE_WORDS.panic})`,
  String.raw`(?<mturnstile>${MEASURE_WORDS.turnstile})`,
  String.raw`(?<pctShare>${PCT})\s*%\s*или\s*(?<pctCount>${NUM})\s*(?:объект\p{L}*|организаци\p{L}*)`,
  String.raw`(?<count>${NUM})\s*(?:организаци\p{L}*(?:\s+образования)?|объект\p{L}*)`,
  String.raw`\((?<breakdown>\s*(?:${NUM})\s*\p{L}+(?:\s*(?:,|\sи\s)\s*(?:${NUM})\s*\p{L}+)+\s*)\)`,
  String.raw`\(\s*(?<ofTotal>${PCT})\s*%\s*от\s+общего\s+(?:количества|числа)\s*\)`,
  ITEM,
];

/** A fresh combined scanner (it carries lastIndex state, so each parse gets its own). */
export function tokenPattern(): RegExp {
  return new RegExp(TOKEN_PARTS.join("|"), "gu");
}

/** One "N unit" part of a breakdown: "6 936 школ". */
export const BREAKDOWN_PART = new RegExp(String.raw`(?<n>${NUM})\s*(?<unit>\p{L}+)`, "gu");

/** A sentence end inside prose: ". " before a capital or a dash, ";" or ":". Abbreviations are checked by the caller. */
export const SENTENCE_END = /[.;:](?=\s|$)/gu;

/** Words whose trailing dot is an abbreviation, not a sentence end. */
export const ABBREVIATIONS = new Set([
  "г",
  "гг",
  "тыс",
  "обл",
  "им",
  "ст",
  "т",
  "е",
  "п",
  "млн",
  "ул",
  "№",
]);

/** Words in a headline sentence that mark a count of covered organisations (not the base). */
export const COVERED_VERBS =
  /подключ|заключ|установ|оснащ|охвач|имеют|обеспечен\p{L}*\s+(?:лицензированн|тревожн|турникет|пропускн)/u;

/** Roman or Arabic quarter numbers. */
export const QUARTERS: Readonly<Record<string, number>> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
};

/** Words for a stated change and the sign they imply. */
export function changeDirection(word: string): 1 | -1 | 0 {
  const w = word.toLowerCase();
  if (/^(рос|рост|увелич|прирост)/.test(w)) return 1;
  if (/^(сниж|уменьш|паден|сокращ)/.test(w)) return -1;
  return 0;
}

const COUNT_SPACED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})*$|^\d+$/u;
const COUNT_COMMA = /^\d{1,3}(?:([,.])\d{3})+$/u;

/** A count as read: its value, and whether it was written with a comma or dot between thousands. */
export type CountReading =
  { ok: true; value: number; separator: "," | "." | null } | { ok: false; text: string };

/** "9 986" → 9986; "9,986" → 9986 (separator ","); "4,12" → not a count. */
export function readCount(text: string): CountReading {
  const t = text.trim();
  if (COUNT_SPACED.test(t))
    return { ok: true, value: Number(t.replace(/\D/g, "")), separator: null };
  const comma = COUNT_COMMA.exec(t);
  if (comma)
    return { ok: true, value: Number(t.replace(/\D/g, "")), separator: comma[1] as "," | "." };
  return { ok: false, text: t };
}

/** "93,5" → 93.5. */
export function parsePercent(text: string): number {
  return Number(text.replace(",", "."));
}
