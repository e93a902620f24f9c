/**
 * Text pasted from a web page's source or a content system's export: HTML entities ("&nbsp;",
 * "&ndash;", "&#160;") and light tags ("<p>", "<br>", "<b>", "<span style=…>", Word's "<o:p>").
 * Entities become the characters they stand for; a block tag ends a line, an inline tag vanishes.
 * Text with neither is returned as it is. Each line of the result knows the input line it came
 * from, so what the parser says points at the text the user pasted.
 */

/** Lines of text, each with the 1-based line of the original text it came from. */
export interface MappedLines {
  lines: string[];
  origin: number[];
}

const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00A0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hyphen: "-",
  shy: "\u00AD",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  lsquo: "‘",
  rsquo: "’",
  quot: '"',
  apos: "'",
  amp: "&",
  lt: "<",
  gt: ">",
  hellip: "…",
  numero: "№",
  plusmn: "±",
  percnt: "%",
  sol: "/",
  colon: ":",
  semi: ";",
  comma: ",",
  period: ".",
  lpar: "(",
  rpar: ")",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** Tags a page's text carries; anything else in angle brackets ("<5%") is text. */
const TAG_NAMES =
  "p|br|div|span|b|strong|i|em|u|s|li|ul|ol|td|th|tr|tbody|thead|table|font|a|h[1-6]|sup|sub|small|big|center|blockquote|section|article|header|footer|nobr|wbr|o:p|w:\\w+|st1:\\w+";
const TAG = new RegExp(String.raw`<\/?(?:${TAG_NAMES})(?:\s[^<>]*)?\/?>`, "gi");
/** Tags that end a line of text. */
const BLOCK =
  /^<\/?(?:p|br|div|li|ul|ol|tr|tbody|thead|table|h[1-6]|blockquote|section|article|header|footer|center)\b/i;
/** Whole elements whose content is no text: comments, scripts and styles (their line breaks are kept). */
const NO_TEXT = /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi;

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return whole;
  return String.fromCodePoint(code);
}

/** Whether the text carries HTML: a known tag, or an entity. */
export function looksLikeWebText(text: string): boolean {
  TAG.lastIndex = 0;
  ENTITY.lastIndex = 0;
  return TAG.test(text) || ENTITY.test(text);
}

/** The input's lines, as they are: each its own origin. */
export function plainLines(text: string): MappedLines {
  const lines = text.split(/\r\n|\r|\n/);
  return { lines, origin: lines.map((_, i) => i + 1) };
}

/** Text with its HTML decoded; its line breaks where the text or a block tag put them. */
export function decodeWebText(text: string): MappedLines {
  if (!looksLikeWebText(text)) return plainLines(text);
  const withoutCode = text.replace(NO_TEXT, (m) => m.replace(/[^\n]/g, ""));
  const input = withoutCode.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  const origin: number[] = [];
  input.forEach((line, i) => {
    const segments: string[] = [];
    let current = "";
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line); m !== null; m = TAG.exec(line)) {
      current += line.slice(last, m.index);
      last = m.index + m[0].length;
      if (BLOCK.test(m[0])) {
        segments.push(current);
        current = "";
      }
    }
    segments.push(current + line.slice(last));
    const decoded = segments.map((s) => s.replace(ENTITY, decodeEntity));
    // A line of tags only stays one empty line; text between block tags is a line each.
    const kept = decoded.filter((s) => s.trim() !== "");
    for (const s of kept.length ? kept : [""]) {
      lines.push(s);
      origin.push(i + 1);
    }
  });
  return { lines, origin };
}
