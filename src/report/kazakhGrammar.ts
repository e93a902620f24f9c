/**
 * The grammar a Kazakh text puts on a figure, for writing Kazakh reports: a numeral's case ending
 * follows the last word it is read as ("122" is "жүз жиырма екі", so "122-ден", "122-нің"; "160" is
 * "жүз алпыс", so "160-тан"), by vowel harmony (back а о ұ ы, front ә е ө ү і) and the word's last
 * sound (a vowel; м н ң; a voiced or sonorant р л й у з ж; a voiceless consonant).
 */

const UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The last word "n" is read as: 122 → "екі", 160 → "алпыс", 200 → "жүз", 3000 → "мың". */
export function lastNumeralWord(n: number): string {
  if (n === 0) return UNITS[0];
  if (n % 10 !== 0) return UNITS[n % 10];
  if (n % 100 !== 0) return TENS[(n % 100) / 10];
  if (n % 1000 !== 0) return "жүз";
  if (n % 1_000_000 !== 0) return "мың";
  return "миллион";
}

type Sound = "vowel" | "nasal" | "voiced" | "voiceless";

function soundOf(word: string): Sound {
  const last = word[word.length - 1];
  if (/[аоұыәеөүіиэюя]/u.test(last)) return "vowel";
  if (/[мнң]/u.test(last)) return "nasal";
  if (/[рлйузж]/u.test(last)) return "voiced";
  return "voiceless";
}

/** Whether the word's last vowel is a front one (ә е ө ү і). */
function front(word: string): boolean {
  const vowels = word.match(/[аоұыәеөүі]/gu) ?? ["а"];
  return /[әеөүі]/u.test(vowels[vowels.length - 1]);
}

export type KazakhCase = "ablative" | "genitive" | "dative" | "possessive" | "locative";

/** The ending a word takes in a case: ("екі", ablative) → "ден", ("алпыс", ablative) → "тан". */
export function ending(word: string, grammaticalCase: KazakhCase): string {
  const f = front(word);
  const sound = soundOf(word);
  const a = f ? "е" : "а";
  const y = f ? "і" : "ы";
  switch (grammaticalCase) {
    case "ablative":
      return `${sound === "nasal" ? "н" : sound === "voiceless" ? "т" : "д"}${a}н`;
    case "genitive":
      return `${sound === "vowel" || sound === "nasal" ? "н" : sound === "voiceless" ? "т" : "д"}${y}ң`;
    case "dative":
      return sound === "voiceless" ? (f ? "ке" : "қа") : f ? "ге" : "ға";
    case "possessive":
      return sound === "vowel" ? `с${y}` : y;
    case "locative":
      return `${sound === "voiceless" ? "т" : "д"}${a}`;
  }
}

/** A figure with its case ending, as Kazakh writes it: 122 → "122-ден", 114 → "114-і". */
export function figureIn(n: number, written: string, grammaticalCase: KazakhCase): string {
  return `${written}-${ending(lastNumeralWord(n), grammaticalCase)}`;
}

/** A noun with a case ending: ("ұйым", genitive) → "ұйымның", ("мектеп", genitive) → "мектептің". */
export function nounIn(noun: string, grammaticalCase: KazakhCase): string {
  return `${noun}${ending(noun, grammaticalCase)}`;
}
