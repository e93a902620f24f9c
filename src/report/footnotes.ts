/**
 * Footnotes, as ministry texts add them: a mark after a territory's name or a figure ("г. Алматы*",
 * "Жетысу¹", "(193**)", "100%²⁾", "†") and the footnote's own text, usually at the end of a list or
 * of the report ("* с учётом филиалов", "¹ Примечание: данные уточняются"). The parser reads the
 * text with both taken out: every mark blanked (an item reads exactly as if it were absent) and
 * every footnote's text blanked (it is never read as an item or a headline). Blanking keeps each
 * line and column, so what the parser says still points at the text the user sees. Pure.
 *
 * A footnote's text starts a line (or follows a list's end on it) with its mark. A line starting
 * with "*" is a footnote only when "*" marks something else in the text: otherwise it is a list's
 * bullet. A footnote's text wrapped onto the next lines (a PDF's narrow column) goes on while its
 * sentence does, in lower case, and the next line is no item, heading or other footnote.
 */
import { FOOTNOTE_MARK, namesOrgType } from "./lexicon";

/** A footnote's text, and where it stands (its offset in the text). */
export interface FootnoteText {
  /** The mark without its closing bracket: "*", "¹", "†" (how references find it). */
  key: string;
  /** As written: "*", "²⁾", "(*)". */
  mark: string;
  text: string;
  start: number;
}

/** A mark used after a name or a figure, and where. */
export interface FootnoteReference {
  key: string;
  at: number;
}

export interface Footnotes {
  /** The text with every mark and every footnote's text blanked, line for line. */
  text: string;
  definitions: FootnoteText[];
  references: FootnoteReference[];
}

const MARK_AT_END = String.raw`${FOOTNOTE_MARK}⁾?`;
/** A mark glued to what it marks: a letter, a figure, a bracket, "%" or a name's "г."/"қ." before it. */
const REFERENCE = new RegExp(
  String.raw`(?<=[\p{L}\p{M}\d)%.])(${FOOTNOTE_MARK})⁾?(?![\p{L}\d*¹²³⁰⁴⁵⁶⁷⁸⁹†‡])` +
    // Or a space apart, before a bracket, a dash or a list's punctuation ("г. Алматы * (193)").
    String.raw`|(?<=[\p{L}\p{M}\d)%.] )(${FOOTNOTE_MARK})⁾?(?=\s*[(–—‒−:;,]|\s*$)`,
  "gmu"
);
/** A footnote's start: "* …", "¹ …", "²⁾ …", "(*) …", "*) …", "Примечание: * …", "Ескерту: ¹ …". */
const DEFINITION = new RegExp(
  String.raw`^(?<lead>(?:(?:Примечани\p{L}*|Сноск\p{L}*|Ескерту\p{L}*)\s*[:.]?\s*)?)(?<mark>\(?\s*(?<key>${FOOTNOTE_MARK})⁾?\s*\)?)\s*[-–—:]?\s*(?=[\p{L}\d«"(])`,
  "u"
);
/** Where another footnote may start inside a line: after a sentence's end. */
const INLINE_START = new RegExp(String.raw`[.;]\s+(?=\(?${MARK_AT_END}\s)`, "gu");

const keyOf = (mark: string) => mark.replace(/[()⁾\s]/gu, "");
const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** Whether a line carries on a footnote's text: no item, heading, list marker or other footnote. */
function carriesOn(sofar: string, next: string): boolean {
  const t = next.trim();
  // A sentence wrapped onto the next line goes on in lower case; a capital starts something new.
  if (t === "" || /[.!?;]\s*$/u.test(sofar) || !/^\p{Ll}/u.test(t)) return false;
  if (DEFINITION.test(t) || /^(?:[-–—•]|\d{1,3}[.)]\s)/u.test(t)) return false;
  if (/%|\(\s*\d/u.test(t)) return false;
  return !(namesOrgType(t) && /:\s*$/u.test(t));
}

/** The footnotes' texts in a text, and where each mark is used. */
export function takeFootnotes(text: string): Footnotes {
  const references: FootnoteReference[] = [];
  for (const m of text.matchAll(REFERENCE)) references.push({ key: m[1] ?? m[2], at: m.index! });
  if (references.length === 0 && !/[¹²³⁰⁴⁵⁶⁷⁸⁹†‡]/u.test(text))
    return { text, definitions: [], references };
  const used = new Set(references.map((r) => r.key));
  // An asterisk opens a footnote only where asterisks mark something; other marks always do.
  const opens = (key: string) => used.has(key) || !key.startsWith("*");
  const lines = text.split("\n");
  const definitions: FootnoteText[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineStart = offset;
    offset += lines[i].length + 1;
    const from = definitionStart(lines[i], opens);
    if (from === null) continue;
    // The footnote's text, and the lines it carries on to.
    let body = lines[i].slice(from);
    let last = i;
    while (last + 1 < lines.length && carriesOn(body, lines[last + 1])) {
      body += ` ${lines[++last].trim()}`;
    }
    definitions.push(...splitDefinitions(body, lineStart + from, opens));
    lines[i] = lines[i].slice(0, from) + blank(lines[i].slice(from));
    for (let k = i + 1; k <= last; k++) {
      offset += lines[k].length + 1;
      lines[k] = blank(lines[k]);
    }
    i = last;
  }
  // Every mark used, blanked: the item reads as if it were absent.
  const chars = lines.join("\n").split("");
  for (const m of text.matchAll(REFERENCE))
    for (let k = m.index!; k < m.index! + m[0].length; k++) chars[k] = " ";
  return { text: chars.join(""), definitions, references };
}

/** Where a footnote's text starts on a line: at its start, or after a list's end on it; else null. */
function definitionStart(line: string, opens: (key: string) => boolean): number | null {
  const lead = line.length - line.trimStart().length;
  const at = DEFINITION.exec(line.slice(lead));
  if (at?.groups && opens(at.groups.key)) return lead;
  for (const m of line.matchAll(INLINE_START)) {
    const from = m.index! + m[0].length;
    const def = DEFINITION.exec(line.slice(from));
    if (def?.groups && def.groups.lead === "" && opens(def.groups.key)) return from;
  }
  return null;
}

/** One or more footnotes in a run of text ("* … ** …"), each with its mark and text. */
function splitDefinitions(
  body: string,
  start: number,
  opens: (key: string) => boolean
): FootnoteText[] {
  const out: FootnoteText[] = [];
  let rest = body;
  let at = start;
  for (;;) {
    const def = DEFINITION.exec(rest);
    if (!def?.groups || !opens(def.groups.key)) break;
    const textFrom = def[0].length;
    // The next footnote on the same run: its mark after a space, then a space.
    const next = new RegExp(String.raw`\s(?=\(?${MARK_AT_END}\)?\s+\p{L})`, "gu");
    next.lastIndex = textFrom;
    let end = rest.length;
    for (let m = next.exec(rest); m !== null; m = next.exec(rest)) {
      const key = keyOf(DEFINITION.exec(rest.slice(m.index + 1))?.groups?.mark ?? "");
      if (key && opens(key)) {
        end = m.index;
        break;
      }
    }
    const text = rest
      .slice(textFrom, end)
      .replace(/\s+/g, " ")
      .replace(/[\s;,]+$/u, "")
      .trim();
    out.push({ key: def.groups.key, mark: def.groups.mark.trim(), text, start: at });
    if (end === rest.length) break;
    at += end + 1;
    rest = rest.slice(end + 1);
  }
  return out;
}
