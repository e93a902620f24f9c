import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import {
  KK_ABLATIVE,
  KK_COVERED_VERBS,
  KK_DATIVE,
  KK_DOWN,
  KK_GENITIVE,
  KK_HEADINGS,
  KK_HYPHEN,
  KK_MEASURES,
  KK_NEUTRAL,
  KK_NO_CHANGE,
  KK_ORG_NOUN,
  KK_PART_LEADS,
  KK_PERCENT_ENDING,
  KK_PERIOD,
  KK_PERIOD_QUARTER_FIRST,
  KK_POSSESSIVE,
  KK_QUARTERS,
  KK_UP,
} from "./kazakhLexicon";

/**
 * The ministry report's vocabulary as regular expressions, in Russian and in Kazakh (the Kazakh
 * pieces are kazakhLexicon.ts'). One combined pattern with named groups
 * scans the text once, left to right; whatever lies between two matches is a "gap" that the parser
 * inspects (sentence ends, and unreadable items inside a list).
 */

/** Horizontal white space a count may have between its thousands (typed twice or as a tab, too). */
const HSPACE = String.raw`[ \t\u00A0\u202F\u2009]`;
/** Not the tail of a longer number: after no digit, "4," or "9 " ("4,12" gives no "12", "9 98" no "98"). */
const NOT_A_TAIL = String.raw`(?<!\d[.,'’]?|\d${HSPACE}+)`;

/**
 * A count as the ministry writes it: 9 986 (a space, no-break, narrow no-break or thin space
 * between thousands; two of them or a tab are read with a warning), 9986, or 9,986 / 9.986 (read,
 * with a warning).
 */
const NUM_STRICT = String.raw`${NOT_A_TAIL}(?:\d{1,3}(?:${HSPACE}+\d{3})+(?!\d|[.,'’]\d)|\d{1,3}(?:[,.'’]\d{3})+(?![\d]|[.,'’]\d)|\d+(?![.,'’]\d|${HSPACE}+\d))`;
/**
 * Something number-like that is no count, read as a token so that it is reported, never skipped
 * or read in part: "4,12" (a comma or dot that is no thousands separator), "2 65" (groups that are
 * no thousands).
 */
const NUM_LOOSE = String.raw`${NOT_A_TAIL}(?:\d[\d \u00A0\u202F\u2009]*[.,][\d \u00A0\u202F\u2009.,]*\d|\d+(?:${HSPACE}+\d+)+(?![.,]?\d))`;
const NUM = `(?:${NUM_STRICT}|${NUM_LOOSE})`;
const PCT = String.raw`\d{1,3}(?:[.,]\d+)?`;
/** After a percentage: "%", or the word: "60 процентов", "60 пайыз"; Kazakh endings: "60%-ы". */
const PERCENT = String.raw`(?:\s*%${KK_PERCENT_ENDING}|\s+(?:процент|пайыз)\p{L}*)`;
/** A percentage in a piece of text: "93%", "93,5 %", "93 процента" (the number in group 1). */
export const PERCENTAGE = new RegExp(String.raw`(${PCT})${PERCENT}`, "gu");
/** "из", "от" or "/" between two counts, as a word (not inside one: "изменение", "отчёт"). */
export const OUT_OF_WORD = /(?<!\p{L})(?:из|от)(?!\p{L})|\//iu;
const WORD = String.raw`\p{L}[\p{L}\p{M}’'ʼ-]*`;
const DASH = String.raw`[–—−‒-]`;

const HEADING_KINDERGARTEN = String.raw`(?:[Вв]\s+)?(?:[Дд]ошкольн\p{L}*(?:\s+организаци\p{L}*)?(?:\s+образования)?|[Дд]етск\p{L}*\s+сад\p{L}*|[Дд]етсад\p{L}*)|${KK_HEADINGS.kindergarten}`;
const HEADING_SCHOOL = String.raw`(?:[Вв]\s+)?(?:(?:[Оо]рганизаци\p{L}*\s+)?среднего\s+образования|[Шш]кол\p{L}*)|${KK_HEADINGS.school}`;
const HEADING_COLLEGE = String.raw`(?:[Вв]\s+)?(?:(?:[Оо]рганизаци\p{L}*\s+)?технического\s+и\s+профессионального\s+образования|[Кк]олледж\p{L}*|ТиПО)|${KK_HEADINGS.college}`;

const MEASURE_WORDS = {
  video: String.raw`ЦОУ|[Вв]идеонаблюдени\p{L}*|[Цц]ентр\p{L}*\s+оперативного\s+управления|${KK_MEASURES.video}`,
  guard: String.raw`[Лл]ицензированн\p{L}*\s+охран\p{L}*|${KK_MEASURES.guard}`,
  panic: String.raw`[Тт]ревожн\p{L}*\s+кнопк\p{L}*|${KK_MEASURES.panic}`,
  turnstile: String.raw`[Тт]урникет\p{L}*|[Пп]ропускн\p{L}*\s+систем\p{L}*|${KK_MEASURES.turnstile}`,
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
  [
    "kindergarten",
    /детсад|детск\p{L}*\s+сад|дошкольн|(?<!\p{L})ясл|(?<!\p{L})д\/с|балабақша|мектепке\s+дейін/iu,
  ],
  [
    "school",
    /(?<!до)школ|среднего\s+образовани|(?<!\p{L})сош(?!\p{L})|общеобразоват|мектеп(?!ке\s+дейін)|орта\s+білім/iu,
  ],
  [
    "college",
    /колледж|(?<!\p{L})типо(?!\p{L})|технического\s+и\s+профессиональн|(?<!\p{L})тжкб(?!\p{L})|кәсіптік/iu,
  ],
];

/** Whether a piece of text names a type of organisation at all (a heading, a unit). */
export function namesOrgType(text: string): boolean {
  return NAMED_TYPES.some(([, re]) => re.test(text));
}

/** The organisation type a piece of text names, if it names exactly one. */
export function orgTypeNamedIn(text: string): OrgType | null {
  const named = NAMED_TYPES.filter(([, re]) => re.test(text));
  return named.length === 1 ? named[0][0] : null;
}

/** A word in any case ("обл", "ОБЛ", "Обл"): the pattern for it (the u flag has no inline i). */
function anyCase(word: string): string {
  return [...word]
    .map((ch) =>
      ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`
    )
    .join("");
}

/**
 * "из", or the longer ways official prose says "out of": "из общего числа / количества", "от
 * общего числа", "из всего", "из общ. кол-ва", or a slash ("114/122").
 */
const OUT_OF = String.raw`(?:(?:из|от)(?:\s+\p{Ll}[\p{Ll}.-]*){0,3}?|\/)`;

/**
 * Abbreviations written after a name, in any case: "Восточно-Казахстанская обл.", "Семей г.а."
 * (городская администрация), "Бурабайский р-н", and the Kazakh "облысы", "қаласы", "қ.".
 */
const NAME_SUFFIX = [
  String.raw`${anyCase("г")}\.\s*${anyCase("а")}\.`,
  String.raw`${anyCase("обл")}\.`,
  String.raw`${anyCase("обл")}(?=\s*\()`,
  anyCase("области"),
  anyCase("область"),
  String.raw`${anyCase("облыс")}\p{L}*`,
  String.raw`${anyCase("р")}-${anyCase("н")}`,
  anyCase("район"),
  String.raw`${anyCase("қала")}\p{L}*`,
  String.raw`${anyCase("қ")}\.`,
  String.raw`${anyCase("гор")}\.`,
  String.raw`${anyCase("г")}\.`,
].join("|");

/** Before a name: "г. Алматы", "гг. Кокшетау и …", "город Семей", "область Абай", "обл. Абай". */
const NAME_PREFIX = String.raw`(?:${anyCase("гг")}?\.|${anyCase("гор")}\.|${anyCase("город")}(?:а)?\s|${anyCase("область")}\s|${anyCase("обл")}\.)`;

/** A territory as a list writes it, its marks split off: "г. Семей", "Семей г.а.", "Абай обл.". */
export const TERRITORY_LABEL = new RegExp(
  String.raw`^(?<prefix>${NAME_PREFIX}\s*)?(?<name>.+?)(?:\s*(?<suffix>${NAME_SUFFIX}))?$`,
  "u"
);

/**
 * A footnote mark after a name or a figure: "*", "**", "¹", "²⁾", "†", "‡". Superscript digits are
 * one UTF-16 unit each, so a mark blanked with spaces keeps every column (footnotes.ts).
 */
export const FOOTNOTE_MARK = String.raw`(?:\*{1,3}|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,2}|†{1,2}|‡{1,2})`;

/**
 * Words that open a breakdown of an item's figure: "в том числе", "в т.ч.", "из них", "включая",
 * "оның ішінде". What follows is a part of the item, never a territory of its own (asides.ts).
 */
export const PART_LEAD = String.raw`(?:[Вв]\s+том\s+числе|[Вв]\s+т\.\s*ч\.|[Ии]з\s+них|[Ии]з\s+которых|[Вв]ключая|${KK_PART_LEADS})`;

/**
 * "M of N" in Kazakh, the whole first: "122-ден 114", "122 ұйымның 114-і", "122 мектептен 114",
 * "122-нің 114-і" (kazakhLexicon.ts).
 */
const KK_OUT_OF = (total: string, unitOf: string, covered: string) =>
  String.raw`(?<${total}>${NUM})(?:\s*${KK_HYPHEN}\s*(?:${KK_ABLATIVE}|${KK_GENITIVE})|\s+(?<${unitOf}>\p{L}+?)(?:${KK_GENITIVE}|${KK_ABLATIVE}))(?!\p{L})\s+(?<${covered}>${NUM})(?:\s*${KK_HYPHEN}\s*${KK_POSSESSIVE}(?!\p{L}))?`;

/** A breakdown inside an item's brackets: ", в том числе частных – 23", "; оның ішінде 5". */
const INNER_PART = String.raw`(?:\s*[,;]?\s*(?<innerPart>${PART_LEAD}[^()]{0,200}?))?`;

const ITEM =
  String.raw`(?<prefix>${NAME_PREFIX}\s*)?` +
  String.raw`(?<name>(?<=^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}’'ʼ-]*(?:\s+(?:и\s+|және\s+)?${WORD}){0,3}?)` +
  String.raw`(?:\s*(?<suffix>${NAME_SUFFIX}))?` +
  // "(114 из 122)", "(114 школ из 122)", "(96 школ)", "(114/122)", "(114 из 122 ед.)"; in Kazakh
  // "(122-ден 114)", "(122 ұйымның 114-і)", "(96 мектеп)".
  String.raw`\s*\(\s*(?:${KK_OUT_OF("kkTotal", "kkUnitOf", "kkCovered")}|(?<covered>${NUM})(?:(?:\s*(?<unitBefore>\p{L}+)\.?)?\s*${OUT_OF}\s*(?<total>${NUM}))?)\s*(?:(?<unit>\p{L}+)\.?)?${INNER_PART}\s*\)` +
  // The dash may be lost (KOI8-R and CP866 have none): "(96 детсадов) 100%".
  String.raw`\s*(?:(?:${DASH}|:)\s*)?(?<pct>${PCT})${PERCENT}` +
  // Whatever note follows in parentheses (one level of brackets inside it, a long comment too):
  // read by readChangeNote, never a reason to lose the figure. A second one too: a breakdown
  // "(в том числе г. Темиртау (5) – 100%)" and a change "(рост на +3)", in either order.
  String.raw`(?:\s*\(\s*(?<note>(?:[^()]|\([^()]*\)){0,400}?)\s*\))?` +
  String.raw`(?:\s*\(\s*(?<note2>(?:[^()]|\([^()]*\)){0,400}?)\s*\))?`;

/** "от общего количества", "от общего числа организаций образования", in any case. */
const OF_ALL = String.raw`\s*${anyCase("от")}\s+${anyCase("общего")}\s+(?:${anyCase("количества")}|${anyCase("числа")})(?:\s+\p{L}+){0,3}`;
/** After a share: "от общего количества", or nothing. */
const SHARE_TAIL = `(?:${OF_ALL})?`;

/** A change of none, in words or as a zero: "без изменений", "на прежнем уровне", "өзгеріссіз", "0". */
export const NO_CHANGE_WORDS = String.raw`(?:остал\p{L}*\s+)?без\s+(?:изменени|динамик)\p{L}*|изменени\p{L}*\s+(?:нет|не\s+(?:произошл|был)\p{L}*)|не\s+изменил\p{L}*|(?:остал\p{L}*\s+)?на\s+(?:прежнем|том\s+же)\s+уровне|0|[+±]\s*0|${KK_NO_CHANGE}`;

/** The rest of a headline's change note, up to its bracket, but never a period ("за 1 квартал 2023 года"). */
const CHANGE_TAIL = String.raw`(?:(?!\sза\s)[^()]){0,60}?`;

/**
 * A headline's change note, the inside of its brackets (items.ts reads it): a change of none, or a
 * figure with a word for a rise or a fall, or a sign ("рост на +40", "40-қа өсті", "+40"). Never a
 * bracket without a figure that merely starts like one ("(российского производства)", "(өзгерістер
 * мен толықтырулармен)"), and never past a period ("за 1 квартал 2023 года"), which stays the
 * period's to read.
 */
const HEADLINE_CHANGE = String.raw`(?:(?:${NO_CHANGE_WORDS})(?:\s+(?:по\s+сравнению|в\s+сравнении|относительно)${CHANGE_TAIL})?(?=\s*\))|(?=[^()]*\d)(?:(?:рост|снижени|увеличени|уменьшени|прирост|сокращени|выросл|снизил|плюс|минус|өсім|төмендеу)\p{L}*|рос(?=\s)|на\s+\d+\s+(?:больше|меньше)|[+−–-]\s*\d|\d[\d\s]*${KK_HYPHEN}${KK_DATIVE}\s+(?:өсті|төмендеді|артты|азайды|кеміді)|\d+\s+бірлікке)${CHANGE_TAIL})`;

/** A word that names a type of organisation in a breakdown ("детсадов", "д/с", "школ", "мектеп", "балабақша"). */
const TYPE_WORD = String.raw`(?:детс|дошк|сад|ясл|школ|общеобраз|колледж|типо|д\/с|балабақ|мектеп)`;

/** A heading without its colon is a line of its own ("- организации среднего образования"). */
const LINE_START = String.raw`(?<=(?:^|\n)[ \t]*(?:[-–—‒−•][ \t]*)?)`;
const LINE_END = String.raw`[ \t]*\.?(?=[ \t]*(?:\r?\n|$))`;

const PERIOD = String.raw`(?:[Нн]а|[Зз]а)\s+(?<quarter>[1-4]|IV|I{1,3})(?:\s*-?\s*(?:й|ый|ой))?\s*(?:квартал\p{L}*|кв\.)\s+(?<year>(?:19|20)\d{2})`;

/** An organisation word after a headline's count, Russian or Kazakh. */
const ORG_WORD = String.raw`(?:организаци\p{L}*(?:\s+образования)?|объект\p{L}*|${KK_ORG_NOUN})`;

/** A headline's figure: a count of organisations, with its share or its base. */
const HEADLINE_PARTS = [
  // "93% или 2 426 объектов", "93% (2 426 объектов)", "93% или 2 426 из 2 621 объектов".
  // In Kazakh: "73%-ы немесе 1 911 объект", "93% (2 426 білім беру ұйымы)".
  // With a change after the count and its base after that: "55% или 1 469 (рост на +44) из 2 674 объектов".
  String.raw`(?<pctShare>${PCT})${PERCENT}\s*(?:или|немесе|\()\s*(?<pctCount>${NUM})(?:\s*\(\s*(?<pctChange>${HEADLINE_CHANGE})\s*\)(?=\s*${OUT_OF}))?(?:\s*${OUT_OF}\s*(?<pctBase>${NUM}))?\s*${ORG_WORD}\)?`,
  // "2 426 из 2 621 объектов", "5 985 из общего числа 9 986 организаций": covered, and the base.
  String.raw`(?<outOfCount>${NUM})\s*${OUT_OF}\s*(?<outOfBase>${NUM})\s*${ORG_WORD}`,
  // In Kazakh the base first: "2 621 объектінің 1 911-і", "2 621-ден 1 911 объект".
  // (An organisation word is said on one of them: "96-ның 8-і" alone is an item's, not a headline's.)
  String.raw`(?<kkOutOfBase>${NUM})(?:\s+${KK_ORG_NOUN}|\s*${KK_HYPHEN}\s*(?:${KK_ABLATIVE}|${KK_GENITIVE})(?=\s+${NUM}\s*${KK_ORG_NOUN}))(?!\p{L})\s+(?<kkOutOfCount>${NUM})(?:\s*${KK_HYPHEN}\s*${KK_POSSESSIVE}(?!\p{L})|\s*${KK_ORG_NOUN})?`,
  // "5 985 из общего числа организаций": covered, of a base it does not give.
  String.raw`(?<ofAllCount>${NUM})\s*(?:из|от)\s+(?:общего\s+(?:числа|количества)|всех)\s+(?:организаци\p{L}*(?:\s+образования)?|объект\p{L}*)`,
  String.raw`(?<count>${NUM})\s*${ORG_WORD}`,
];

let headlineFigure: RegExp | undefined;

/** Whether a piece of text holds a headline's figure ("93% или 2 426 объектов", "2 621 организаций"). */
export function hasHeadlineFigure(text: string): boolean {
  headlineFigure ??= new RegExp(HEADLINE_PARTS.join("|"), "u");
  return headlineFigure.test(text);
}

const TOKEN_PARTS = [
  String.raw`(?<period>${PERIOD})`,
  String.raw`(?<kkPeriod>${KK_PERIOD})`,
  String.raw`(?<kkPeriodB>${KK_PERIOD_QUARTER_FIRST})`,
  String.raw`(?<hkg>${HEADING_KINDERGARTEN})\s*:`,
  String.raw`(?<hschool>${HEADING_SCHOOL})\s*:`,
  String.raw`(?<hcollege>${HEADING_COLLEGE})\s*:`,
  String.raw`${LINE_START}(?<hkgLine>${HEADING_KINDERGARTEN})${LINE_END}`,
  String.raw`${LINE_START}(?<hschoolLine>${HEADING_SCHOOL})${LINE_END}`,
  String.raw`${LINE_START}(?<hcollegeLine>${HEADING_COLLEGE})${LINE_END}`,
  String.raw`(?<mvideo>${MEASURE_WORDS.video})`,
  String.raw`(?<mguard>${MEASURE_WORDS.guard})`,
  String.raw`(?<mpanic>${MEASURE_WORDS.panic})`,
  String.raw`(?<mturnstile>${MEASURE_WORDS.turnstile})`,
  ...HEADLINE_PARTS,
  // A headline's change since the period compared with, in brackets after its figure or its share:
  // "(рост на +40)", "(снижение на -3)", "(без изменений)", "(40-қа өсті)", "(өзгеріссіз)". (An
  // item's own change note is read with the item, which the scanner meets first.)
  String.raw`\(\s*(?<headlineChange>${HEADLINE_CHANGE})\s*\)`,
  // A breakdown by type: brackets with a figure and two words for types, in any wording
  // ("2657 детсадов, 6 936 школ и 393 колледжа", "детсадов – 2657, школ – 6 936"); its parts are
  // read one by one (HeadlineReader.breakdown), each unreadable one said, never the others lost.
  // (Not shares: "(60% детсадов, 90% школ)" are no counts.)
  String.raw`\((?=[^()]*\d)(?![^()]*(?:%|процент))(?=(?:[^()]*?${TYPE_WORD}){2})(?<breakdown>[^()]+)\)`,
  // "(60% от общего количества)", "(60% от общего числа организаций образования)", "(60%)";
  // "(жалпы санның 60%-ы)", "(жалпы саннан 60%)".
  // With the change after it: "(60% от общего количества; рост на +26)", "(55%; 44-ке өсті)".
  String.raw`\(\s*(?:жалпы\s+сан\p{L}*\s+)?(?<ofTotal>${PCT})${PERCENT}${SHARE_TAIL}(?:\s*;\s*(?<ofTotalChange>${HEADLINE_CHANGE}))?\s*\)`,
  // ", бұл жалпы санның 60%-ын құрайды".
  String.raw`(?:бұл\s+)?жалпы\s+сан\p{L}*\s+(?<ofTotalKk>${PCT})${PERCENT}(?:\s+құрайды)?`,
  // ", что составляет 60% от общего количества"; "– 60% от общего количества", ", или 60% от …".
  // (Not "составляет 93% (2 426 объектов)": that is a headline figure with its count, read below.)
  String.raw`(?:что\s+)?составля\p{L}*\s+(?<ofTotalSaid>${PCT})${PERCENT}(?!\s*(?:или|\()\s*\d)${SHARE_TAIL}`,
  String.raw`(?:${DASH}|,?\s*или)\s*(?<ofTotalDash>${PCT})${PERCENT}${OF_ALL}`,
  ITEM,
];

/** A fresh combined scanner (it carries lastIndex state, so each parse gets its own). */
export function tokenPattern(): RegExp {
  return new RegExp(TOKEN_PARTS.join("|"), "gu");
}

/**
 * Where a breakdown's parts part: ",", ";", " и ", " а также " (a comma between two digits belongs
 * to the number, "2,657" or "2657,5", and is read or reported with it).
 */
export const BREAKDOWN_SEPARATOR =
  /\s*(?:[,;]\s*(?:и|а\s+также|және|сондай-ақ)\s|(?<!\d),|,(?!\d)|;|\s(?:и|а\s+также|және|сондай-ақ)\s)\s*/u;

/** Letters a hurried hand types for digits: З for 3, О for 0, б for 6, I or l for 1. */
export const DIGIT_LOOKALIKE = /^[ЗзОоOoбIlІі]{1,2}(?![\p{L}])/u;

const PART_WORDS = String.raw`[\p{L}/][\p{L}/.\s-]*?`;
const NUMBER_FIRST = new RegExp(String.raw`^(?<n>${NUM})(?<words>\s*${PART_WORDS})$`, "u");
const WORDS_FIRST = new RegExp(
  String.raw`^(?<words>${PART_WORDS})\s*(?:${DASH}|:)?\s*(?<n>${NUM})$`,
  "u"
);

/** "901 из 1 010 детсадов": a covered part with its own base after it. */
const OUT_OF_FIRST = new RegExp(
  String.raw`^(?<n>${NUM})\s*из\s*(?<of>${NUM})(?<words>\s*${PART_WORDS})$`,
  "u"
);
/** "1 010-нан 901 балабақша": in Kazakh, the base first, in the ablative. */
const KK_BASE_FIRST = new RegExp(
  String.raw`^(?<of>${NUM})\s*${KK_HYPHEN}\s*${KK_ABLATIVE}(?!\p{L})\s+(?<n>${NUM})(?<words>\s*${PART_WORDS})$`,
  "u"
);

/**
 * One part of a breakdown, exactly a count and its words: "6 936 школ", "школ – 6 936",
 * "колледжей: 393", or a covered count with its own base ("901 из 1 010 детсадов", "1 010-нан 901
 * балабақша": `of`). Anything else ("из них 12 частных", "больше на 20") is no part (null).
 */
export function breakdownPart(text: string): {
  n: string;
  at: number;
  words: string;
  glued: string;
  of?: { n: string; at: number };
} | null {
  const out = OUT_OF_FIRST.exec(text);
  if (out?.groups) {
    const { n, of, words } = out.groups;
    return { n, at: 0, words, glued: "", of: { n: of, at: text.indexOf(of, n.length) } };
  }
  const kk = KK_BASE_FIRST.exec(text);
  if (kk?.groups) {
    const { n, of, words } = kk.groups;
    return { n, at: text.length - words.length - n.length, words, glued: "", of: { n: of, at: 0 } };
  }
  const m = NUMBER_FIRST.exec(text);
  if (m?.groups) {
    const glued = DIGIT_LOOKALIKE.exec(m.groups.words)?.[0] ?? "";
    return { n: m.groups.n, at: 0, words: m.groups.words, glued };
  }
  const w = WORDS_FIRST.exec(text);
  if (w?.groups)
    return { n: w.groups.n, at: text.length - w.groups.n.length, words: w.groups.words, glued: "" };
  return null;
}

/** A count, or something number-like, inside a piece of text (a breakdown's part). */
export const COUNT_IN_TEXT = new RegExp(String.raw`${NUM}(?!\d)`, "gu");

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
  "а",
  "гор",
  "общ",
  "кол",
  "кв",
  "қ",
  "ж",
]);

/** Words in a headline sentence that mark a count of covered organisations (not the base). */
export const COVERED_VERBS = new RegExp(
  String.raw`подключ|заключ|установ|оснащ|оборудов|охвач|имеют|обеспечен\p{L}*\s+(?:лицензированн|тревожн|турникет|пропускн)|${KK_COVERED_VERBS}`,
  "u"
);

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
  ...KK_QUARTERS,
};

/** Words that say "a change" without its direction: "изменение", "изм.", "динамика". */
export function isNeutralChangeWord(word: string): boolean {
  const w = word.toLowerCase();
  return /^(изм|динамик)/.test(w) || KK_NEUTRAL.test(w);
}

/** Words for a stated change and the sign they imply. */
export function changeDirection(word: string): 1 | -1 | 0 {
  const w = word.toLowerCase();
  if (
    /^(рос|рост|вырос|возрос|увелич|прирост|повыс|повыш|плюс|больше|добавил)/.test(w) ||
    KK_UP.test(w)
  )
    return 1;
  if (
    /^(сниж|сниз|уменьш|паден|упал|сокращ|сократ|убыл|убыв|минус|меньше|пониз|пониж)/.test(w) ||
    KK_DOWN.test(w)
  )
    return -1;
  return 0;
}

const COUNT_SPACED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})*$|^\d+$/u;
/** Thousands apart by two spaces or a tab: "9  986". */
const COUNT_LOOSELY_SPACED = /^\d{1,3}(?:[ \t\u00A0\u202F\u2009]+\d{3})+$/u;
const COUNT_COMMA = /^\d{1,3}(?:([,.'’])\d{3})+$/u;

/**
 * A count as read: its value, and what stood between its thousands when it was not one space (or
 * a no-break, narrow no-break or thin one): a comma, a dot, or white space typed twice or a tab.
 */
export type CountReading =
  { ok: true; value: number; separator: Separator | "spaces" | null } | { ok: false; text: string };

/** A mark between thousands that is no space: read, with a warning. */
type Separator = "," | "." | "'" | "’";

/** "9 986" → 9986; "9,986" → 9986 (separator ","); "9  986" → 9986 ("spaces"); "4,12", "2 65" → not a count. */
export function readCount(text: string): CountReading {
  const t = text.trim();
  const value = () => Number(t.replace(/\D/g, ""));
  if (COUNT_SPACED.test(t)) return { ok: true, value: value(), separator: null };
  if (COUNT_LOOSELY_SPACED.test(t)) return { ok: true, value: value(), separator: "spaces" };
  const comma = COUNT_COMMA.exec(t);
  if (comma) return { ok: true, value: value(), separator: comma[1] as Separator };
  return { ok: false, text: t };
}

/** "93,5" → 93.5. */
export function parsePercent(text: string): number {
  return Number(text.replace(",", "."));
}
