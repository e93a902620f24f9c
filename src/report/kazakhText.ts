/**
 * Parts of a report written in Kazakh. The parser reads the ministry's Russian; a Kazakh part is
 * never read, because its names would resolve (the gazetteer knows "Ақмола облысы") and its figures
 * would land under the Russian section they follow. It is found line by line and said once.
 *
 * A line is Kazakh when its common words are: lower-case words with a letter Russian lacks
 * (ә ғ қ ң ө ұ ү һ і) or a Kazakh word with none ("және", "мектеп"), at least a third of its
 * lower-case words (a name's mark, "облысы", "қаласы", counts for neither language). Capitalised words are names, which a Russian report may spell in Kazakh
 * ("г. Көкшетау") and which say nothing of the language. A line with no lower-case word (an item
 * "Көкшетау (27) – 100%;", a count) takes the language of the lines before it. Pure.
 */

const KAZAKH_LETTER = /[әғқңөұүһі]/u;
/** Kazakh words of a report that have no letter of their own. */
const KAZAKH_WORDS = new Set([
  "және",
  "немесе",
  "объект",
  "объектілер",
  "мектеп",
  "мектептер",
  "мектепке",
  "балабақша",
  "балабақшалар",
  "колледж",
  "колледждер",
  "анықтама",
  "орнатты",
  "бойынша",
  "жоқ",
  "жалпы",
  "санынан",
]);

/**
 * Marks after a name, which a Russian report may write in Kazakh ("Ақмола облысы", "Семей қаласы"):
 * part of the name, not of the language.
 */
const NAME_MARKS = new Set(["облысы", "облыс", "қаласы", "ауданы", "қ"]);

type Tongue = "kk" | "other" | "none";

function tongueOf(line: string): Tongue {
  const lower = line.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]+/gu) ?? [];
  const cyrillic = lower.filter((w) => /[а-яёәғқңөұүһі]/u.test(w) && !NAME_MARKS.has(w));
  if (cyrillic.length === 0) return "none";
  const kazakh = cyrillic.filter((w) => KAZAKH_LETTER.test(w) || KAZAKH_WORDS.has(w)).length;
  return kazakh >= 1 && kazakh * 3 >= cyrillic.length ? "kk" : "other";
}

/** The runs of Kazakh lines: 0-based first and last line of each. */
export function kazakhRuns(lines: readonly string[]): Array<{ first: number; last: number }> {
  const runs: Array<{ first: number; last: number }> = [];
  let open: { first: number; last: number } | null = null;
  lines.forEach((line, i) => {
    const t = tongueOf(line);
    if (t === "kk") {
      if (open) open.last = i;
      else runs.push((open = { first: i, last: i }));
    } else if (t === "none") {
      if (open && line.trim() !== "") open.last = i;
    } else open = null;
  });
  return runs;
}
