/**
 * Text normalization for matching names the way people type them.
 *
 * The same function is applied to the gazetteer's aliases and to user input, so it only has to be
 * consistent, not linguistically exact: it folds case, ё/е, Kazakh letters onto their Russian
 * look-alikes, Latin look-alike letters typed inside Cyrillic words, diacritics, dashes and spaces.
 */

/** Kazakh-specific Cyrillic letters mapped to the Russian letters people type instead. */
const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
};

/** Latin letters that look like Cyrillic ones; replaced only inside words that contain Cyrillic. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  i: "і",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

const CYRILLIC = /[\u0400-\u04FF]/;
const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const DASHES = /[\u2010-\u2015\u2212-]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldWord(word: string): string {
  let w = word;
  if (CYRILLIC.test(w)) {
    w = Array.from(w, (ch) => LATIN_LOOKALIKES[ch] ?? ch).join("");
  }
  w = Array.from(w, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch).join("");
  // Strip diacritics (Kazakh Latin ö, ü, ū, ş, ğ; Cyrillic й folds to и on both sides alike).
  w = w.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
  return w.replace(/ı/g, "i");
}

/**
 * Fold a name to its matching key: lower case, one space between words, no punctuation except
 * the dot that marks abbreviations (г., обл.), dashes as spaces.
 */
export function foldName(text: string): string {
  const lower = text
    .normalize("NFC")
    .toLowerCase()
    .replace(DASHES, " ")
    .replace(/[_"«»“”„'’ʼ`(),;:!?]/g, " ");
  return lower
    .replace(SPACES, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0)
    .map(foldWord)
    .join(" ");
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Length of the common prefix of two strings. */
export function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
