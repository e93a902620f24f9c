/**
 * Page furniture: what a printed report repeats on its pages and a reader skips: the running
 * header and footer (the document's title, a date and time, the file's path or address, "Страница
 * 3 из 7", "3/7", a lone page number). It stands between a report's items, and a title like
 * "Подключение видеонаблюдения к ЦОУ" would even switch the measure the parser reads, so it goes
 * before the report is read. Pure: it looks at lines of text only.
 *
 * Where the pages are known (a PDF, or text with form feeds as pdftotext writes it), furniture is
 * looked for in the few lines at each page's top and bottom. In text pasted from a PDF viewer the
 * pages run together; there only lines that can be nothing else are furniture, and lines repeated
 * beside them. A line the report's structure needs (a heading, "Справочно:", an item, a share) is
 * never furniture.
 */

import { FOOTNOTE_MARK, namesOrgType } from "./lexicon";

/** How many lines at a page's top and at its bottom may be its header or footer. */
const EDGE = 3;

const MONTHS_RU =
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:${MONTHS_RU})\s+\d{4}(?:\s*г(?:ода|\.)?)?)`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`;
/** "12/3/26, 8:26 AM", "03.12.2026 10:15": a date and a time, as a browser's print header gives them. */
const STAMP = new RegExp(String.raw`(?:^|\s)${DATE},?\s+${TIME}(?:\s|$)`, "u");
const DATE_ONLY = new RegExp(String.raw`^${DATE}$`, "u");
/** A short line that starts or ends with a date in digits: "03.12.2026 Информация о …". */
const NUMERIC_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})`;
const DATE_AT_EDGE = new RegExp(
  String.raw`^${NUMERIC_DATE}(?:[,\s]|$)|(?:^|\s)${NUMERIC_DATE}$`,
  "u"
);
/** "Страница 3 из 7", "стр. 3", "Page 3 of 7", "3-бет", "3 / 7", "3 из 7". */
const PAGE_LABEL =
  /^(?:(?:страница|стр\.?|page|лист|бет)\s*\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?|\d{1,4}\s*[-–]?\s*бет|\d{1,4}\s*(?:из|of|\/)\s*\d{1,4})\.?$/iu;
/** A lone number, maybe between dashes: "3", "- 3 -", "— 12 —". */
const LONE_NUMBER = /^[-–—‒\s]*(\d{1,4})[-–—‒\s]*$/u;
/** A web address or a file's path, as a browser prints it in the footer. */
const ADDRESS =
  /(?:^|\s)(?:(?:https?|file):\/\/\S+|www\.\S+\.\S+|[A-Za-z]:\\\S+|\/(?:[\w.-]+\/)+[\w.-]+\.(?:pdf|docx?|txt|html?|rtf))/u;

/** A footnote's text: its mark, then words ("* с учётом филиалов", "¹ по данным акимата на 01.04.2023"). */
const FOOTNOTE_LINE = new RegExp(String.raw`^\s*\(?${FOOTNOTE_MARK}⁾?\)?\s*\p{L}`, "u");

/**
 * A line the report's structure needs, never furniture however often it repeats: a share, an
 * item's brackets, a list's heading (it names a type of organisation), "Справочно" ("Анықтама"),
 * a footnote's text.
 */
function isStructural(line: string): boolean {
  return (
    line.includes("%") ||
    /\(\s*\d|\d\s*(?:из|от)(?!\p{L})/iu.test(line) ||
    namesOrgType(line) ||
    /справочно|анықтама/iu.test(line) ||
    FOOTNOTE_LINE.test(line)
  );
}

/**
 * Furniture by its look alone (never a line with a share): a page label, a date and time, a short
 * line that starts or ends with a date in digits, an address.
 */
function isStamped(line: string): boolean {
  if (line.includes("%")) return false;
  if (PAGE_LABEL.test(line)) return true;
  // A heading or an item dated or addressed ("дошкольные организации образования на 01.04.2023")
  // is the report's own line.
  if (isStructural(line)) return false;
  return (
    STAMP.test(line) ||
    DATE_ONLY.test(line) ||
    (DATE_AT_EDGE.test(line) && words(line) <= 8) ||
    ADDRESS.test(line)
  );
}

const mask = (line: string) => line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
const words = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;
/**
 * Whether a line reads like a running title: `least` words of three letters or more, and hardly a
 * number ("92) (снижение на -1);" repeated through a list is no title).
 */
const titleLike = (line: string, least: number) =>
  (line.match(/\p{L}{3,}/gu) ?? []).length >= least && (line.match(/\d+/g) ?? []).length <= 2;

function loneNumber(line: string): number | null {
  const m = LONE_NUMBER.exec(line);
  return m ? Number(m[1]) : null;
}

/** The non-blank lines at a page's top and bottom: where its header and footer stand. */
function edgeLines(lines: readonly string[]): { top: number[]; bottom: number[] } {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const n = Math.min(EDGE, Math.floor(filled.length / 2));
  return { top: filled.slice(0, n), bottom: filled.slice(filled.length - n) };
}

/**
 * The furniture of pages whose breaks are known: per page, the indices of its furniture lines.
 * A line at a page's edge is furniture when its look says so (a page label, a date, an address),
 * when it is the page's number (lone numbers that count the pages), or when it stands at the edge
 * of other pages too (a running title of three words or more, its digits aside).
 */
export function furnitureOfPages(pages: ReadonlyArray<readonly string[]>): Array<Set<number>> {
  const result = pages.map(() => new Set<number>());
  const edges = pages.map(edgeLines);
  const zone = (p: number) => [...edges[p].top, ...edges[p].bottom];
  // Running titles: the same line (digits aside) at the edges of two pages or more.
  const seenOn = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const i of zone(p)) {
      const key = `${edges[p].top.includes(i) ? "top" : "bottom"}|${mask(lines[i])}`;
      const on = seenOn.get(key) ?? new Set<number>();
      on.add(p);
      seenOn.set(key, on);
    }
  });
  // Page numbers: lone numbers at the edges that count the pages (the same offset from the page's
  // index on most pages), never a figure that happens to end a page.
  const offsets = new Map<number, number>();
  pages.forEach((lines, p) => {
    for (const i of zone(p)) {
      const n = loneNumber(lines[i]);
      if (n !== null) offsets.set(n - p, (offsets.get(n - p) ?? 0) + 1);
    }
  });
  const numbered = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0];
  const pageOffset =
    numbered && (numbered[1] >= 2 || numbered[0] === 1 || numbered[0] === 0) ? numbered[0] : null;
  pages.forEach((lines, p) => {
    for (const i of zone(p)) {
      const line = lines[i].trim();
      if (isStamped(line)) {
        result[p].add(i);
        continue;
      }
      if (isStructural(line)) continue;
      const n = loneNumber(line);
      const top = edges[p].top.includes(i);
      const repeated =
        titleLike(line, 3) &&
        (seenOn.get(`${top ? "top" : "bottom"}|${mask(line)}`)?.size ?? 0) >= 2;
      if ((n !== null && pageOffset !== null && n - p === pageOffset) || repeated) result[p].add(i);
    }
  });
  return result;
}

/**
 * The furniture of text whose page breaks are lost (pasted from a PDF viewer): the indices of the
 * lines that can be nothing else (a page label, a date and time, an address), the lone numbers
 * beside them or counting up through the text, and lines repeated beside them (a running title).
 */
export function furnitureOfText(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((l, i) => {
    if (isStamped(l.trim())) found.add(i);
  });
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const position = new Map(filled.map((line, k) => [line, k]));
  /** Whether a line stands within two non-blank lines of furniture already found. */
  const besideFurniture = (i: number) => {
    const k = position.get(i)!;
    for (let d = -2; d <= 2; d++) {
      const j = filled[k + d];
      if (d !== 0 && j !== undefined && found.has(j)) return true;
    }
    return false;
  };
  // Lone numbers: beside furniture, or counting up (3, 4, 5 …) at least ten lines apart; the text's
  // last line may be the number of a short last page.
  const lone = filled.flatMap((i) => {
    const n = loneNumber(lines[i]);
    return n === null ? [] : [{ i, n, k: position.get(i)! }];
  });
  const counting = new Set<number>();
  for (let a = 0; a < lone.length; a++) {
    const chain = [lone[a]];
    for (let b = a + 1; b < lone.length; b++) {
      const last = chain[chain.length - 1];
      const lastLine = lone[b].k === filled.length - 1 && lone[b].k - last.k >= 2;
      if (lone[b].n === last.n + 1 && (lone[b].k - last.k >= 10 || lastLine)) chain.push(lone[b]);
    }
    if (chain.length >= 2) for (const c of chain) counting.add(c.i);
  }
  for (const { i } of lone) if (counting.has(i) || besideFurniture(i)) found.add(i);
  // A running title: a line of four words or more, repeated, and beside furniture.
  const byMask = new Map<string, number[]>();
  for (const i of filled) {
    const line = lines[i].trim();
    if (found.has(i) || isStructural(line) || !titleLike(line, 4)) continue;
    const key = mask(line);
    byMask.set(key, [...(byMask.get(key) ?? []), i]);
  }
  // (The first page's header may have no footer before it: two of its repeats beside furniture do.)
  // Or, with no furniture beside it and no number in it, three repeats or more, each ten lines or
  // more after the last (an item broken at the same place in every list repeats too, with its count).
  const apart = (at: number[]) =>
    at.every((i, k) => k === 0 || position.get(i)! - position.get(at[k - 1])! >= 10);
  for (const at of byMask.values()) {
    const alone = at.length >= 3 && apart(at) && !/\d/.test(lines[at[0]]);
    if (at.length >= 2 && (at.filter(besideFurniture).length >= 2 || alone))
      for (const i of at) found.add(i);
  }
  return found;
}
