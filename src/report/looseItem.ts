/**
 * An item the parser's pattern did not match, read loosely when its figures can still be told
 * apart: "Акмолинская (114 ед. из 122) – 93 процента", "Абай (из 49 – 21) – 43%", "Шымкент (71)
 * (рост на +3) – 100%". What is read is only what is written (a name, one or two counts with "из",
 * a percentage); anything less certain stays an unreadable item.
 */
import { COUNT_IN_TEXT, OUT_OF_WORD, PERCENTAGE } from "./lexicon";

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
}

/** The words a count's brackets may hold besides the counts: "из", units, types ("ед.", "школ"). */
const COUNT_WORDS =
  /^(?:из|от|всего|общего|общ|числа|количества|кол|ва|во|ед|единиц\p{L}*|организаци\p{L}*|объект\p{L}*|учрежден\p{L}*|школ\p{L}*|детсад\p{L}*|детск\p{L}*|сад\p{L}*|дошкольн\p{L}*|колледж\p{L}*|имеющ\p{L}*|них|или|х)$/iu;

export function readLooseItem(text: string): LooseItem | null {
  const open = text.indexOf("(");
  const close = open < 0 ? -1 : text.indexOf(")", open);
  if (open < 1 || close < 0) return null;
  const rawName = text.slice(0, open);
  const lead = rawName.length - rawName.replace(/^[\s;,:–—-]+/u, "").length;
  const name = rawName.slice(lead).trim();
  if (!/^\p{L}/u.test(name) || name.length > 60 || /\d/.test(name)) return null;
  const inner = text.slice(open + 1, close);
  const after = text.slice(close + 1);
  // After the brackets: at most one percentage outside brackets, and no other counts in brackets
  // (a second item run on after a comma is not read as this one's note).
  const outside = after.replace(/\([^()]*\)/g, " ");
  const percentages = [...outside.matchAll(PERCENTAGE)];
  if (percentages.length > 1 || /\(\s*\d/.test(after)) return null;
  // The percentage: after the brackets ("– 93 процента"), else inside them ("114 из 122, или 93%").
  let pct = percentages[0]?.[1];
  let counted = inner;
  if (pct === undefined) {
    const inside = [...inner.matchAll(PERCENTAGE)];
    if (inside.length !== 1) return null;
    pct = inside[0][1];
    counted = inner.slice(0, inside[0].index);
  }
  const numbers = [...counted.matchAll(COUNT_IN_TEXT)];
  // Anything else in the brackets ("abc из 68", a letter for a digit) leaves the counts unread.
  const words = counted.replace(COUNT_IN_TEXT, " ").match(/\p{L}+/gu) ?? [];
  if (words.some((w) => !COUNT_WORDS.test(w))) return null;
  if (/[^\p{L}\d\s.,;:/–—-]/u.test(counted.replace(COUNT_IN_TEXT, " "))) return null;
  const at = (i: number) => open + 1 + numbers[i].index!;
  let covered = 0;
  let total = 0;
  if (numbers.length === 1) {
    if (OUT_OF_WORD.test(counted)) return null; // "out of" with one count: the other is missing
  } else if (numbers.length === 2) {
    const between = counted.slice(numbers[0].index! + numbers[0][0].length, numbers[1].index);
    const before = counted.slice(0, numbers[0].index);
    if (OUT_OF_WORD.test(before) && !OUT_OF_WORD.test(between)) [covered, total] = [1, 0];
    else if (OUT_OF_WORD.test(between)) [covered, total] = [0, 1];
    else return null;
  } else return null;
  // A note in brackets, after the percentage or before it: "(рост на +3)"; never one with a "%".
  const note = /\(\s*([^()%]{1,200}?)\s*\)/u.exec(after)?.[1];
  if (note === undefined && /\(/.test(after)) return null;
  return {
    name,
    nameAt: lead,
    covered: numbers[covered][0],
    coveredAt: at(covered),
    total: numbers[total][0],
    totalAt: at(total),
    pct,
    note,
  };
}
