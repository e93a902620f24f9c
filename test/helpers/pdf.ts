/**
 * Reports as PDFs, made here and offline: a report's text laid out on pages the way a word
 * processor prints it (pdf-lib, with the DejaVu fonts a package ships, Cyrillic included). Lines
 * wrap at the margin wherever a space is, so items, counts and headings break at any point and
 * across pages; justified lines stretch their spaces; long words are hyphenated at a line's end;
 * every page carries a running header and footer (a title, a date, a path, "Страница 3 из 7", a
 * lone number). The layout says where it drew each line, and what a PDF viewer's copy gives.
 */
import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, type PDFFont, rgb } from "pdf-lib";
import { random } from "./drift";

const FONTS = join(__dirname, "../../node_modules/dejavu-fonts-ttf/ttf");

export type Footer = "page-of" | "lone" | "dashes" | "slash" | "url" | "none";

export interface PdfLayout {
  font: "DejaVuSans.ttf" | "DejaVuSerif.ttf" | "DejaVuSansCondensed.ttf";
  size: number;
  /** The page's height in points (A4 is 842): shorter pages break the text more often. */
  pageHeight: number;
  justify: boolean;
  /** Break long words at a line's end with a hyphen ("Караган-" / "динская"). */
  hyphenate: boolean;
  /** The running header: the document's title, a date before it, or none. */
  header: "title" | "date and title" | "none";
  footer: Footer;
  /** A first-line indent for each paragraph, in points. */
  indent: number;
}

export const PLAIN_LAYOUT: PdfLayout = {
  font: "DejaVuSerif.ttf",
  size: 12,
  pageHeight: 842,
  justify: true,
  hyphenate: true,
  header: "date and title",
  footer: "page-of",
  indent: 28,
};

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** A layout drawn at random: fonts, sizes, page heights, justification, hyphens, furniture. */
export function randomLayout(rnd: () => number): PdfLayout {
  return {
    font: pick(rnd, ["DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed.ttf"] as const),
    size: pick(rnd, [9, 10, 11, 12, 13]),
    pageHeight: 420 + Math.floor(rnd() * 430),
    justify: rnd() < 0.7,
    hyphenate: rnd() < 0.7,
    header: pick(rnd, ["title", "date and title", "none"] as const),
    footer: pick(rnd, ["page-of", "lone", "dashes", "slash", "url", "none"] as const),
    indent: pick(rnd, [0, 20, 36]),
  };
}

const TITLE = "Информация о мерах антитеррористической защиты организаций образования";
const WIDTH = 595;
const MARGIN = { left: 70, right: 45, top: 60, bottom: 60 };

/** A line the layout drew: where, and its text as a reader sees it. */
export interface DrawnLine {
  page: number;
  /** 1-based, from the top of the page, the header included. */
  line: number;
  text: string;
  furniture: boolean;
}

export interface LaidOutPdf {
  bytes: Uint8Array;
  lines: DrawnLine[];
  pages: number;
}

/** A word split where it can be hyphenated: letters on both sides, at least three of them. */
function hyphenation(word: string, fits: (head: string) => boolean): [string, string] | null {
  const m = /^(\p{L}{8,})([,.;:)]*)$/u.exec(word);
  if (!m) return null;
  for (let k = m[1].length - 3; k >= 3; k--) {
    const head = `${m[1].slice(0, k)}-`;
    if (fits(head)) return [head, m[1].slice(k) + m[2]];
  }
  return null;
}

/** The text's paragraphs (one per line) broken into the lines of a page's width. */
function wrap(
  text: string,
  font: PDFFont,
  layout: PdfLayout
): Array<{ words: string[]; last: boolean; first: boolean }> {
  const width = WIDTH - MARGIN.left - MARGIN.right;
  const w = (s: string) => font.widthOfTextAtSize(s, layout.size);
  const out: Array<{ words: string[]; last: boolean; first: boolean }> = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(" ").filter((x) => x !== "");
    let line: string[] = [];
    let first = true;
    const room = () => width - (first ? layout.indent : 0);
    const fits = (ws: string[]) => w(ws.join(" ")) <= room();
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (fits([...line, word])) {
        line.push(word);
        continue;
      }
      const split = layout.hyphenate ? hyphenation(word, (head) => fits([...line, head])) : null;
      if (split) {
        out.push({ words: [...line, split[0]], last: false, first });
        first = false;
        line = [];
        words[i--] = split[1];
        continue;
      }
      if (line.length) out.push({ words: line, last: false, first });
      first = false;
      line = [word];
    }
    out.push({ words: line, last: true, first });
  }
  return out;
}

/** The report's text as a PDF, laid out as `layout` says. */
export async function makePdf(text: string, layout: PdfLayout = PLAIN_LAYOUT): Promise<LaidOutPdf> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(join(FONTS, layout.font)), { subset: true });
  const small = await doc.embedFont(readFileSync(join(FONTS, "DejaVuSans.ttf")), { subset: true });
  const leading = layout.size * 1.25;
  const rows = wrap(text, font, layout);
  const perPage = Math.max(
    3,
    Math.floor((layout.pageHeight - MARGIN.top - MARGIN.bottom) / leading)
  );
  const pageCount = Math.ceil(rows.length / perPage);
  const lines: DrawnLine[] = [];
  const width = WIDTH - MARGIN.left - MARGIN.right;
  for (let p = 0; p < pageCount; p++) {
    const page = doc.addPage([WIDTH, layout.pageHeight]);
    let n = 0;
    const furniture = (s: string, y: number, x = MARGIN.left) => {
      page.drawText(s, { x, y, size: 8, font: small, color: rgb(0.3, 0.3, 0.3) });
      lines.push({ page: p + 1, line: ++n, text: s, furniture: true });
    };
    if (layout.header !== "none")
      furniture(
        layout.header === "title" ? TITLE : `03.12.2026 ${TITLE}`,
        layout.pageHeight - MARGIN.top / 2
      );
    let y = layout.pageHeight - MARGIN.top - layout.size;
    for (const row of rows.slice(p * perPage, (p + 1) * perPage)) {
      const x0 = MARGIN.left + (row.first ? layout.indent : 0);
      const room = width - (row.first ? layout.indent : 0);
      const natural = font.widthOfTextAtSize(row.words.join(" "), layout.size);
      if (layout.justify && !row.last && row.words.length > 1) {
        // Justified: each word drawn where the stretched spaces put it (no space is drawn).
        const gap =
          font.widthOfTextAtSize(" ", layout.size) + (room - natural) / (row.words.length - 1);
        let x = x0;
        for (const word of row.words) {
          page.drawText(word, { x, y, size: layout.size, font });
          x += font.widthOfTextAtSize(word, layout.size) + gap;
        }
      } else if (row.words.length)
        page.drawText(row.words.join(" "), { x: x0, y, size: layout.size, font });
      lines.push({ page: p + 1, line: ++n, text: row.words.join(" "), furniture: false });
      y -= leading;
    }
    const label = {
      "page-of": `Страница ${p + 1} из ${pageCount}`,
      lone: `${p + 1}`,
      dashes: `- ${p + 1} -`,
      slash: `${p + 1}/${pageCount}`,
      url: `file:///C:/Users/analyst/Documents/report.html ${p + 1}/${pageCount}`,
      none: "",
    }[layout.footer];
    if (label) furniture(label, MARGIN.bottom / 2, layout.footer === "url" ? 24 : WIDTH / 2);
  }
  return { bytes: await doc.save(), lines, pages: pageCount };
}

/**
 * What a PDF viewer's "select all, copy" gives of it: every line drawn, its header and footer too,
 * pages run together (or parted by form feeds, as pdftotext writes them).
 */
export function copiedText(pdf: LaidOutPdf, pages: "run together" | "form feeds"): string {
  const out: string[] = [];
  pdf.lines.forEach((l, i) => {
    const newPage = i > 0 && pdf.lines[i - 1].page !== l.page;
    out.push((newPage && pages === "form feeds" ? "\f" : "") + l.text);
  });
  return out.join("\n");
}

export { random };
