/**
 * What laying a report out on pages does to its text, undone line by line: a word hyphenated at a
 * line's end ("Караган-" / "динская"), a count whose thousands a line break split ("1" / "366"),
 * and the stretched spaces of justified lines. Every edit moves a piece of the next line up to the
 * end of the line before it, so the text keeps its lines and what the parser says still points at
 * the line the user sees. Pure.
 */

/** Characters a PDF or a word processor leaves that are no text of the report's. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const LIGATURES: Readonly<Record<string, string>> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
};

/** The characters of a line as the parser reads them: hyphens as "-", no invisible marks. */
export function plainCharacters(line: string): string {
  return line
    .replace(INVISIBLE, "")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u2015/g, "—")
    .replace(/[\uFB00-\uFB04]/g, (c) => LIGATURES[c] ?? c);
}

/**
 * A word broken at the line's end: a letter, then a hyphen (a soft one, or PDFium's U+0002); a soft
 * hyphen drawn as a hyphen comes as both ("Павло\u00AD‐", as Poppler gives Chromium's print).
 */
// eslint-disable-next-line no-control-regex -- U+0002 is how PDFium marks a hyphen it broke at
const HYPHENATED = /(\p{L})(\u00AD*)([-\u00AD\u0002])[ \t]*$/u;
/** The first word of a line, and what follows it. */
const FIRST_WORD = /^[ \t]*(\p{L}[\p{L}\p{M}\u00AD]*)/u;
/** A count's first group at a line's end ("… (1"), its thousands at the next line's start ("366 из"). */
const COUNT_HEAD = /(?:^|[\s(])\d{1,3}[ \t]*$/u;
const COUNT_TAIL = /^[ \t]*(\d{3})(?![\d]|[.,]\d|\s*%)/u;

/** The next line with text after line i, or -1. */
function nextFilled(lines: readonly string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== "") return j;
  return -1;
}

/**
 * Joins what a line break split, moving the piece up: a hyphenated word (the hyphen dropped before a
 * lower-case letter, "Караган-динская" → "Карагандинская"; kept before a capital, "Усть-Каменогорск";
 * a soft hyphen always dropped), and a count split between its thousands ("1 366"). Returns how many
 * joins it made.
 */
export function joinBrokenWords(lines: string[]): number {
  let joins = 0;
  for (let i = 0; i < lines.length; i++) {
    for (;;) {
      const j = nextFilled(lines, i);
      if (j < 0) break;
      const hyphen = HYPHENATED.exec(lines[i]);
      const word = FIRST_WORD.exec(lines[j]);
      if (hyphen && word) {
        const keep = hyphen[3] === "-" && !hyphen[2] && word[1][0] !== word[1][0].toLowerCase();
        lines[i] = lines[i].slice(0, hyphen.index + 1) + (keep ? "-" : "") + word[1];
        lines[j] = lines[j].slice(word[0].length).trimStart();
        joins++;
        continue;
      }
      const tail = COUNT_TAIL.exec(lines[j]);
      if (COUNT_HEAD.test(lines[i]) && tail) {
        lines[i] = `${lines[i].trimEnd()} ${tail[1]}`;
        lines[j] = lines[j].slice(tail[0].length).trimStart();
        joins++;
        continue;
      }
      break;
    }
    // A soft hyphen inside a line is only where a word could have been broken.
    lines[i] = lines[i].replace(/\u00AD/g, "");
  }
  return joins;
}

/** Runs of two spaces or more between words: justified text stretched them. */
const STRETCHED = /\p{L}[ \t]{2,}\p{L}/gu;

/** Whether a line looks justified: its spaces stretched between words at least twice. */
export function isStretched(line: string): boolean {
  return (line.match(STRETCHED) ?? []).length >= 2;
}

/** One space wherever a justified line (or any line, in text known to come from pages) has several. */
export function unstretch(line: string): string {
  return line.replace(/(\S)[ \t]{2,}(?=\S)/g, "$1 ");
}
