/**
 * An item the parser's pattern did not match, read loosely when its figures can still be told
 * apart: "Акмолинская (114 ед. из 122) – 93 процента", "Абай (из 49 – 21) – 43%", "Шымкент (71)
 * (рост на +3) – 100%", and the orders other quarters may use: "Акмолинская – 114 из 122 (93%)",
 * "Акмолинская: 93% (114 из 122)". What is read is only what is written (a name, one or two counts
 * with "из", one percentage, at most one note); anything less certain stays an unreadable item.
 */
import { KK_ABLATIVE, KK_GENITIVE, KK_HYPHEN, KK_POSSESSIVE } from "./kazakhLexicon";
import { COUNT_IN_TEXT, OUT_OF_WORD, PERCENTAGE, TERRITORY_LABEL } from "./lexicon";

export interface LooseItem {
  name: string;
  /** Offsets are within the item's text. */
  nameAt: number;
  covered: string;
  coveredAt: number;
  total: string;
  totalAt: number;
  pct: string;
  note?: string;
  /** The mark after the name ("облысы", "қ."): the region or the city. */
  suffix?: string;
}

/**
 * Kazakh words beside counts: a figure's endings ("-ден", "-нің", "-і"), the nouns counted
 * ("ұйымның", "мектеп"), "барлығы" (in all), "оның ішінде" (of them).
 */
const KAZAKH_COUNT_WORDS = String.raw`${KK_ABLATIVE}|${KK_GENITIVE}|${KK_POSSESSIVE}|ұйым\p{L}*|бірлік\p{L}*|мектеп\p{L}*|балабақша\p{L}*|барлығы|жалпы|оның|ішінде|ішінен|қосылған|орнатылған|жабдықталған|қамтылған`;

/** After a count, the ending or noun that makes it the whole of "M of N": "122-ден", "122 ұйымның". */
const KK_WHOLE = new RegExp(
  String.raw`^(?:\s*${KK_HYPHEN}\s*(?:${KK_ABLATIVE}|${KK_GENITIVE})|\s+\p{L}+?(?:${KK_GENITIVE}|${KK_ABLATIVE}))(?!\p{L})`,
  "u"
);

/** The words a count may have beside it besides the counts: "из", units, types ("ед.", "школ"). */
const COUNT_WORDS = new RegExp(
  String.raw`^(?:из|от|всего|общего|общ|числа|количества|кол|ва|во|ед|единиц\p{L}*|организаци\p{L}*|объект\p{L}*|учрежден\p{L}*|школ\p{L}*|детсад\p{L}*|детск\p{L}*|сад\p{L}*|дошкольн\p{L}*|колледж\p{L}*|имеющ\p{L}*|них|или|х|${KAZAKH_COUNT_WORDS})$`,
  "iu"
);

/** A percentage anywhere (not global: safe with test()). */
const PERCENTAGE_IN = new RegExp(PERCENTAGE.source, "u");

/**
 * The name: from the first letter to the first figure or bracket, after a list marker ("12)",
 * "3.", "•") and before a dash or colon ("Акмолинская – 114 из 122").
 */
const NAME =
  /^[\s;,:–—‒−-]*(?:\d{1,3}[.)]\s*|[•·*]\s*)?(\p{L}[^\d()%]*?)\s*(?:[–—‒−:-]\s*)?(?=[\d(])/u;

/** A bracket that holds a change, not a figure: words other than a count's, or a sign first. */
function isNote(inner: string): boolean {
  if (/^\s*[+−±]|^\s*-\s*\d/u.test(inner)) return true;
  const words = inner.replace(COUNT_IN_TEXT, " ").match(/\p{L}+/gu) ?? [];
  return words.some((w) => !COUNT_WORDS.test(w));
}

export function readLooseItem(text: string): LooseItem | null {
  const head = NAME.exec(text);
  if (!head) return null;
  // The name without its marks ("г.", "обл.", "г.а."), as the item pattern reads it.
  const label = TERRITORY_LABEL.exec(head[1].trim())?.groups;
  const name = label?.name ?? head[1].trim();
  if (name.length > 60) return null;
  const restAt = head[0].length;
  // The figures, with the brackets blanked (offsets kept): a bracket with a percentage holds
  // figures ("(93%)"), one with a change is the note, one with counts holds figures.
  let note: string | undefined;
  let figures = "";
  for (const m of text.slice(restAt).matchAll(/\(([^()]*)\)|[^()]+|[()]/gu)) {
    if (m[0] === "(" || m[0] === ")") return null; // an unbalanced or nested bracket
    // Once the share and a count are read, any bracket is the note ("(0)" after "10 из 103, 10%").
    const complete = PERCENTAGE_IN.test(figures) && /\d/.test(figures.replace(PERCENTAGE, " "));
    if (m[1] !== undefined && !/%|процент/iu.test(m[1]) && (complete || isNote(m[1]))) {
      // A second note is another item's figures run on, not this one's.
      if (note !== undefined) return null;
      note = m[1].trim();
      figures += " ".repeat(m[0].length);
    } else figures += m[1] !== undefined ? ` ${m[1]} ` : m[0];
  }
  const percentages = [...figures.matchAll(PERCENTAGE)];
  if (percentages.length !== 1) return null;
  const pct = percentages[0];
  const counted =
    figures.slice(0, pct.index) +
    " ".repeat(pct[0].length) +
    figures.slice(pct.index! + pct[0].length);
  const numbers = [...counted.matchAll(COUNT_IN_TEXT)];
  // Anything else beside the counts ("abc из 68", a letter for a digit) leaves them unread.
  const rest = counted.replace(COUNT_IN_TEXT, " ");
  const words = rest.match(/\p{L}+/gu) ?? [];
  if (words.some((w) => !COUNT_WORDS.test(w))) return null;
  if (/[^\p{L}\d\s.,;:/–—‒−-]/u.test(rest)) return null;
  let covered = 0;
  let total = 0;
  if (numbers.length === 1) {
    if (OUT_OF_WORD.test(counted)) return null; // "out of" with one count: the other is missing
  } else if (numbers.length === 2) {
    const between = counted.slice(numbers[0].index! + numbers[0][0].length, numbers[1].index);
    const before = counted.slice(0, numbers[0].index);
    // In Kazakh the whole takes the ending: "122-ден 114", "114 (122-ден)".
    const wholeFirst = KK_WHOLE.test(counted.slice(numbers[0].index! + numbers[0][0].length));
    const wholeSecond = KK_WHOLE.test(counted.slice(numbers[1].index! + numbers[1][0].length));
    if (wholeFirst !== wholeSecond) [covered, total] = wholeFirst ? [1, 0] : [0, 1];
    // "(всего 122, из них 114)", "(барлығы 122, оның ішінде 114)": the whole is said first.
    else if (/(?<!\p{L})(?:всего|барлығы|жалпы)\s*:?\s*$/iu.test(before)) [covered, total] = [1, 0];
    else if (OUT_OF_WORD.test(before) && !OUT_OF_WORD.test(between)) [covered, total] = [1, 0];
    else if (OUT_OF_WORD.test(between)) [covered, total] = [0, 1];
    else return null;
  } else return null;
  return {
    name,
    nameAt: text.indexOf(head[1]) + (label?.prefix?.length ?? 0),
    covered: numbers[covered][0],
    coveredAt: restAt + numbers[covered].index!,
    total: numbers[total][0],
    totalAt: restAt + numbers[total].index!,
    pct: pct[1],
    note,
    suffix: label?.suffix,
  };
}
