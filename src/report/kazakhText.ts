/**
 * Parts of a report written in Kazakh. The parser reads the ministry's Russian; a Kazakh part is
 * never read, because its names would resolve (the gazetteer knows "Ақмола облысы") and its figures
 * would land under the Russian section they follow. It is found line by line and said once.
 *
 * A line is Kazakh when its common words are: at least a third of them Kazakh, and at least one
 * with a letter Russian lacks (ә ғ қ ң ө ұ ү һ і) or two Kazakh words with none ("және",
 * "мектеп"). Common words are the lower-case ones and those in capitals (a heading). Capitalised
 * words are names, which a Russian report may spell in Kazakh ("г. Көкшетау") and which say nothing
 * of the language; so is a name's mark ("облысы", "қаласы"). A line with no common word (an item
 * "Көкшетау (27) – 100%;", a count) takes the language of the line before it; a blank line ends a
 * part unless a Kazakh line follows it. Pure.
 */

const KAZAKH_LETTER = /[әғқңөұүһі]/u;
/** Kazakh words of a report that have no letter of their own (and are no Russian words). */
const KAZAKH_WORDS = new Set([
  "және",
  "немесе",
  "объектілер",
  "мектеп",
  "мектептер",
  "мектепке",
  "балабақша",
  "балабақшалар",
  "колледждер",
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
  const common = [
    ...(line.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]+/gu) ?? []),
    ...(line.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu) ?? []).map((w) => w.toLowerCase()),
  ].filter((w) => /[а-яёәғқңөұүһі]/u.test(w) && !NAME_MARKS.has(w));
  if (common.length === 0) return "none";
  const lettered = common.filter((w) => KAZAKH_LETTER.test(w)).length;
  const kazakh = lettered + common.filter((w) => KAZAKH_WORDS.has(w)).length;
  return (lettered >= 1 || kazakh >= 2) && kazakh * 3 >= common.length ? "kk" : "other";
}

/** The runs of Kazakh lines: 0-based first and last line of each. */
export function kazakhRuns(lines: readonly string[]): Array<{ first: number; last: number }> {
  const runs: Array<{ first: number; last: number }> = [];
  let open: { first: number; last: number } | null = null;
  let blankSince = false;
  lines.forEach((line, i) => {
    if (line.trim() === "") {
      blankSince = open !== null;
      return;
    }
    const t = tongueOf(line);
    if (t === "kk") {
      if (open) open.last = i;
      else runs.push((open = { first: i, last: i }));
    } else if (t === "none" && open && !blankSince) open.last = i;
    else open = null;
    blankSince = false;
  });
  return runs;
}

/** A part in Kazakh as the parser says it: where it starts in the text read, its input lines, its shares. */
export interface KazakhPart {
  start: number;
  first: number;
  last: number;
  figures: number;
}

/**
 * The text with its Kazakh parts blanked, line for line (every other line keeps its place), and
 * the parts: their offset in the blanked text, their first and last line of the input (`origin`:
 * 1-based line of the text → line of the input), and how many shares they hold.
 */
export function leaveOutKazakh(
  text: string,
  origin: readonly number[]
): { text: string; parts: KazakhPart[] } {
  const lines = text.split("\n");
  const runs = kazakhRuns(lines);
  const figures = runs.map(
    (run) =>
      lines
        .slice(run.first, run.last + 1)
        .join("\n")
        .split("%").length - 1
  );
  for (const run of runs) for (let i = run.first; i <= run.last; i++) lines[i] = "";
  const starts: number[] = [];
  lines.reduce((at, line) => (starts.push(at), at + line.length + 1), 0);
  return {
    text: lines.join("\n"),
    parts: runs.map((run, k) => ({
      start: starts[run.first],
      first: origin[run.first] ?? run.first + 1,
      last: origin[run.last] ?? run.last + 1,
      figures: figures[k],
    })),
  };
}
