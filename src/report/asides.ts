/**
 * What ministry texts say between and inside their lists beside the items: a breakdown of an
 * item's figure ("…, в том числе частные школы (23 из 40) – 58%", "(в том числе г. Темиртау (5) –
 * 100%)", "из них 14 – в сельской местности", "оның ішінде жекеменшік 23"), and sentences with
 * other figures or none ("312 турникетов (г. Шымкент – 120, г. Алматы – 98)", "Данные уточняются").
 * A breakdown is kept as a part of its item (never a territory of its own); an aside is no item.
 * Pure.
 */
import type { SubFigure } from "../domain/report";
import { resolveTerritory } from "../domain/resolveTerritory";
import { KK_ABLATIVE, KK_GENITIVE, KK_HYPHEN } from "./kazakhLexicon";
import {
  COUNT_IN_TEXT,
  OUT_OF_WORD,
  PART_LEAD,
  PERCENTAGE,
  readCount,
  TERRITORY_LABEL,
} from "./lexicon";

/** A piece of text that starts with a breakdown's words ("в том числе", "из них", "оның ішінде"). */
const STARTS_PART = new RegExp(String.raw`^[\s,;:(–—‒−-]*${PART_LEAD}(?!\p{L})`, "u");
/** A breakdown's words at the end of a text, right before what they open. */
const ENDS_WITH_PART_LEAD = new RegExp(String.raw`${PART_LEAD}\s*[:–—-]?\s*\(?\s*$`, "u");

export function startsPart(text: string): boolean {
  return STARTS_PART.test(text);
}

export function endsWithPartLead(text: string): boolean {
  return ENDS_WITH_PART_LEAD.test(text);
}

/** A breakdown's words after a comma or a bracket inside a piece of text. */
const PART_WITHIN = new RegExp(String.raw`[,(;]\s*${PART_LEAD}(?!\p{L})`, "u");

/** Where the bracket opened at `open` closes (brackets nested inside it counted), or -1. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    depth += text[i] === "(" ? 1 : text[i] === ")" ? -1 : 0;
    if (depth === 0) return i;
  }
  return -1;
}

/** Where a breakdown starts inside an item's text ("…, 43%, в том числе …"), or -1. */
export function partWithin(text: string): number {
  return PART_WITHIN.exec(text)?.index ?? -1;
}

/** A count that is the whole of "M of N" in Kazakh: "40-тан", "40 мектептің" (the whole comes first). */
const KK_WHOLE_AFTER = new RegExp(
  String.raw`^(?:\s*${KK_HYPHEN}\s*(?:${KK_ABLATIVE}|${KK_GENITIVE})|\s+\p{L}+?(?:${KK_GENITIVE}|${KK_ABLATIVE}))(?!\p{L})`,
  "u"
);

/**
 * A breakdown's figures: "частные школы (23 из 40) – 58%" → 23 of 40, 58%, "частные школы";
 * "14 – в сельской местности" → 14; "г. Темиртау (5) – 100%" → 5 of 5. Null when its figures
 * can't be told apart (more than two counts, or none).
 */
export function readSubFigure(text: string): SubFigure | null {
  const body = text.replace(STARTS_PART, "").replace(/[\s.;,)]+$/u, "");
  const pct = [...body.matchAll(PERCENTAGE)];
  if (pct.length > 1) return null;
  const withoutPct = pct.length ? body.replace(pct[0][0], " ") : body;
  const numbers = [...withoutPct.matchAll(COUNT_IN_TEXT)];
  if (numbers.length === 0 || numbers.length > 2) return null;
  const values = numbers.map((n) => readCount(n[0]));
  if (values.some((v) => !v.ok)) return null;
  const [a, b] = values.map((v) => (v.ok ? v.value : 0));
  let covered = a;
  let total: number | undefined;
  if (numbers.length === 2) {
    const afterFirst = withoutPct.slice(numbers[0].index! + numbers[0][0].length);
    const between = afterFirst.slice(
      0,
      numbers[1].index! - numbers[0].index! - numbers[0][0].length
    );
    if (KK_WHOLE_AFTER.test(afterFirst)) [covered, total] = [b, a];
    else if (OUT_OF_WORD.test(between)) [covered, total] = [a, b];
    else return null;
  } else if (/^\s*\(\s*\d/u.test(withoutPct.replace(/^[^(\d]*/u, ""))) total = a;
  const label = withoutPct
    .replace(COUNT_IN_TEXT, " ")
    .replace(
      new RegExp(String.raw`${KK_HYPHEN}(?:${KK_ABLATIVE}|${KK_GENITIVE})(?!\p{L})`, "gu"),
      " "
    )
    .replace(/(?<!\p{L})(?:из|от)(?!\p{L})|[()/:–—‒−-]/gu, " ")
    .replace(/\s+/gu, " ")
    .replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
  return {
    text: body,
    label,
    covered,
    ...(total !== undefined ? { total } : {}),
    ...(pct.length ? { percent: Number(pct[0][1].replace(",", ".")) } : {}),
  };
}

/** List markers and punctuation an item's text may start with ("12)", "•", "–"). */
const LEADING_MARKS = /^[\s;,:–—‒−•·*-]*(?:\d{1,3}[.)]\s+)?/u;
/** A territory's mark before its name ("г.", "гг.", "город", "обл."): an item's start. */
const NAME_MARK = /^(?:гг?\.|гор\.|город\s|обл\.|область\s)/iu;

/**
 * Whether a piece of a list that the item pattern did not read has an item's shape: it starts with
 * a territory's name (or mark), or with a capitalised name right before its bracketed figures and a
 * share ("Алмааты (abc из 2) – 50%"; with `misspelt` false, only a known territory's name counts).
 * Such a piece is a broken item, an error; any other piece (a sentence, a count of something
 * else, a note) is an aside.
 */
export function hasItemShape(piece: string, misspelt = true): boolean {
  const p = piece.replace(LEADING_MARKS, "");
  if (p === "" || /^\d/u.test(p)) return false;
  // An item's figures: a share, counts in brackets, or "M из N": without any, a line about a
  // territory ("Алматы: данные уточняются (срок – 15 мая)") is an aside.
  if (!/%|процент|пайыз|\(\s*\d|\d\s*(?:из|от|\/)\s*\d/iu.test(p)) return false;
  if (NAME_MARK.test(p)) return true;
  // The name: up to a dash, a colon, a bracket, or the figures ("Алматы қ. 98% (…)": its dash lost).
  const head = /^([^\d()%:;–—‒−]*?)\s*(?:[–—‒−:-]\s*|(?=[(\d]))/u.exec(p)?.[1] ?? "";
  const words = head.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  // Its name without its marks ("Астана қ.", "г. Семей", "Абай обл.") as the resolver reads it.
  const name = TERRITORY_LABEL.exec(head.trim())?.groups?.name;
  if (name && name !== head.trim() && resolveTerritory(name).ok) return true;
  for (let i = 0; i < words.length; i++) {
    // "Всего", "Итого" name the country: a total's or an aside's word, not a territory's item.
    const r = resolveTerritory(words.slice(i).join(" "));
    if (r.ok && r.territory.kind !== "country") return true;
  }
  return (
    misspelt &&
    /^\p{Lu}/u.test(p) &&
    words.length <= 3 &&
    /\(\s*[^)]*\d/u.test(p) &&
    /%|процент|пайыз/iu.test(p)
  );
}
