/**
 * The Kazakh report's vocabulary, as pieces of the parser's patterns (lexicon.ts puts them beside
 * the Russian ones). Built from the grammar of official Kazakh, not from one text:
 *
 * - A figure takes its case ending after a hyphen ("122-ден", "114-і", "13-ке"), and the ending has
 *   every form vowel harmony and the figure's last sound give it: the ablative "from, of" -дан/-ден/
 *   -тан/-тен/-нан/-нен, the genitive -ның/-нің/-дың/-дің/-тың/-тің, the dative -ға/-ге/-қа/-ке,
 *   the third person's possessive -ы/-і/-сы/-сі. The reader takes any of them (a wrong one is still
 *   the same case), so it never depends on spelling a numeral out.
 * - "M of N" is said with the whole first: "122-ден 114" (ablative), "122 ұйымның 114-і" (genitive
 *   and possessive), "114 / 122"; a noun after a numeral stays singular ("96 мектеп").
 * - Names take the mark after them ("Ақмола облысы", "Алматы қ.", "Атырау және Құлсары қалалары")
 *   and may take a case ending on it ("Ақмола облысында").
 * - A period is the year first: "2023 жылғы 1-тоқсан", "2023 жылдың І тоқсанындағы жағдай бойынша".
 * - A change is the amount then the verb: "(+13-ке өсті)", "(1-ге төмендеді)", "(өзгеріссіз)".
 * Pure data: strings of regular expressions, and the word stems.
 */

/** A hyphen between a figure and its ending: as typed, as a word processor may turn it, or none. */
export const KK_HYPHEN = String.raw`[-‐‑–]?`;
/** The ablative ending: "122-ден", "49-дан", "225-тен", "160-тан", "80-нен", "10-нан". */
export const KK_ABLATIVE = String.raw`(?:дан|ден|тан|тен|нан|нен)`;
/** The genitive ending: "122-нің", "ұйымның", "мектептің", "колледждің". */
export const KK_GENITIVE = String.raw`(?:ның|нің|дың|дің|тың|тің)`;
/** The third person's possessive: "114-і", "21-і", "6-сы", "40-ы". */
export const KK_POSSESSIVE = String.raw`(?:сы|сі|ы|і)`;
/** The dative ending, on an amount of change: "13-ке", "6-ға", "1-ге". */
export const KK_DATIVE = String.raw`(?:ға|ге|қа|ке)`;
/** What "%" takes in Kazakh: the endings of "пайыз" ("93%-ы", "100%-ға", "60%-ын", "%-дан"). */
export const KK_PERCENT_ENDING = String.raw`(?:${KK_HYPHEN}(?:ын|ы|ға|дан|да|ды|ке|і))?`;

/** An organisation word after a count: "ұйым", "ұйымның", "білім беру ұйымы", "объект", "объектінің". */
export const KK_ORG_NOUN = String.raw`(?:білім\s+беру\s+)?(?:ұйым\p{L}*|объект\p{L}*|мекеме\p{L}*)`;

/** The Kazakh headings of the three lists, with their case endings ("мектепке дейінгі ұйымдарда"). */
export const KK_HEADINGS = {
  kindergarten: String.raw`(?:[Мм]ектепке\s+дейінгі(?:\s+(?:білім\s+беру\s+|тәрбие\s+және\s+оқыту\s+)?(?:ұйым\p{L}*|мекеме\p{L}*))?|[Бб]алабақша\p{L}*)`,
  school: String.raw`(?:(?:[Оо]рта|[Жж]алпы)\s+білім\s+(?:беру|беретін)\s+(?:ұйым\p{L}*|мекеме\p{L}*|мектеп\p{L}*)|[Мм]ектеп(?!ке\s+дейін)\p{L}*)`,
  college: String.raw`(?:[Тт]ехникалық\s+және\s+кәсіптік(?:,\s+орта\s+білімнен\s+кейінгі)?\s+білім\s+беру\s+(?:ұйым\p{L}*|мекеме\p{L}*)|ТжКБ(?:\s+ұйым\p{L}*)?)`,
};

/** The measures in Kazakh (ЦОУ is ЖБО, жедел басқару орталығы). */
export const KK_MEASURES = {
  video: String.raw`ЖБО|[Бб]ейнебақылау\p{L}*|[Жж]едел\s+басқару\s+орталы\p{L}*`,
  guard: String.raw`[Лл]ицензия\p{L}*\s+(?:бар\s+)?күзет\p{L}*`,
  panic: String.raw`[Дд]абыл\s+(?:түйме|батырма)\p{L}*`,
  turnstile: String.raw`[Өө]ткізу\s+(?:жүйе|режим)\p{L}*`,
};

/** A quarter as Kazakh writes it: "1", "І" (the Kazakh letter), "I", or the ordinal word. */
export const KK_QUARTER_NUMBER = String.raw`ІV|IV|І{1,3}|I{1,3}|[1-4]|бірінші|екінші|үшінші|төртінші`;

/**
 * "2023 жылғы 1-тоқсан", "2023 жылдың І тоқсанындағы жағдай бойынша", "2023 ж. 1-ші тоқсан": year,
 * quarter (an ordinal's ending "-ші", "-інші" may follow it), and whether it dates the report.
 */
export const KK_PERIOD = String.raw`(?<kkYear>(?:19|20)\d{2})\s*(?:ж\.|жыл\p{L}*)\s*(?<kkQuarter>${KK_QUARTER_NUMBER})\s*(?:${KK_HYPHEN}\s*(?:інші|ыншы|ші|шы))?\s*${KK_HYPHEN}\s*тоқсан(?<kkQuarterEnd>\p{L}*)(?<kkDating>\s+(?:жағдай\s+)?бойынша)?`;

/** The quarter first: "І тоқсан 2023 ж.", "1-тоқсан 2023 жыл", "2-тоқсан, 2023 жыл". */
export const KK_PERIOD_QUARTER_FIRST = String.raw`(?<!\d)(?<kkQuarterB>${KK_QUARTER_NUMBER})\s*(?:${KK_HYPHEN}\s*(?:інші|ыншы|ші|шы))?\s*${KK_HYPHEN}\s*тоқсан\p{L}*,?\s+(?<kkYearB>(?:19|20)\d{2})\s*(?:ж\.|жыл\p{L}*)(?<kkDatingB>\s+(?:жағдай\s+)?бойынша)?`;

/** Quarters by their Kazakh writing. */
export const KK_QUARTERS: Readonly<Record<string, number>> = {
  І: 1,
  ІІ: 2,
  ІІІ: 3,
  ІV: 4,
  бірінші: 1,
  екінші: 2,
  үшінші: 3,
  төртінші: 4,
};

/** Verbs of a covered count: "қосылған", "шарт жасасқан", "орнатқан", "жабдықталған", "қамтылған". */
export const KK_COVERED_VERBS = String.raw`қосыл|қосқан|жасас|орнат|жабдықта|жарақтандыр|қамтыл`;

/** Words that start a breakdown inside an item: "оның ішінде", "соның ішінде", "оның ішінен". */
export const KK_PART_LEADS = String.raw`(?:с?оның\s+ішін(?:де|ен)|олардың\s+ішінде|оның\s+ішінде)`;

/** A list's own total line in Kazakh: "Барлығы", "Жиыны", "Республика бойынша". */
export const KK_LIST_TOTAL = String.raw`барлығы|жиыны|жиынтығы|республика\s+бойынша|қр\s+бойынша|қазақстан\s+республикасы`;

/** Stems of a change's direction: "өсті", "артты", "ұлғайды", "көбейді"; "төмендеді", "азайды", "кеміді", "қысқарды". */
export const KK_UP = /^(?:өс|арт|ұлғай|көбей|жоғарыла)/u;
export const KK_DOWN = /^(?:төменде|төмен|азай|кем|қысқар)/u;
/** "өзгеріс", "динамика": a change without its direction. */
export const KK_NEUTRAL = /^(?:өзгеріс|өзгер)/u;
/** Notes that say there was no change: "(өзгеріссіз)", "(өзгеріс жоқ)", "(бұрынғы деңгейде)". */
export const KK_NO_CHANGE = String.raw`өзгеріссіз|өзгеріс\s+(?:жоқ|болған\s+жоқ)|өзгерген\s+жоқ|өзгермеген|өзгермеді|(?:бұрынғы|сол)\s+деңгейде(?:\s+қалды)?`;

/**
 * Signs that a token of the report is written in Kazakh (a heading, a headline, a period, a
 * measure): a letter Russian lacks, or a Kazakh word that has none. A name says nothing of the
 * language (a Russian report may spell "г. Көкшетау"), so items are judged by their counts' form.
 */
export const KAZAKH_TOKEN = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|ЖБО|немесе|мектеп|балабақша|колледжд/u;
