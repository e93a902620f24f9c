/**
 * A report's text as the parser reads it, whatever it went through before reaching us: a web page
 * (entities, tags), a PDF (page headers and footers between the items, words hyphenated at a line's
 * end, counts split by a line break, justified spacing), or a viewer's copy of one. The original
 * seed's text, and any report typed or saved as text, comes through unchanged. Pure.
 *
 * Each line of the result knows the line of the input it came from (`origin`), so the parser's
 * issues and records point at the text the user pasted or the file they chose.
 */
import { furnitureOfPages, furnitureOfText } from "./pageFurniture";
import { isStretched, joinBrokenWords, plainCharacters, unstretch } from "./reflow";
import { decodeWebText } from "./webText";

export interface CleanText {
  text: string;
  /** 1-based line of `text` → 1-based line of the input. */
  origin: readonly number[];
  /** Lines of the input left out as page headers and footers. */
  furniture: number;
}

export function cleanReportText(raw: string): CleanText {
  const decoded = decodeWebText(raw);
  const all = decoded.lines.map(plainCharacters);
  // Form feeds part pages (pdftotext writes one before each page after the first).
  const paged = all.some((l) => l.includes("\f"));
  const furnitureAt = new Set<number>();
  if (paged) {
    // A page starts at a line that begins with a form feed, or after a line that ends with one.
    const starts = [0];
    all.forEach((line, i) => {
      const at = line.indexOf("\f");
      if (at < 0) return;
      const start = line.slice(0, at).trim() === "" ? i : i + 1;
      if (start > starts[starts.length - 1] && start < all.length) starts.push(start);
    });
    for (let i = 0; i < all.length; i++) all[i] = all[i].replace(/\f/g, "");
    const pages = starts.map((first, k) => all.slice(first, starts[k + 1] ?? all.length));
    furnitureOfPages(pages).forEach((found, k) =>
      found.forEach((at) => furnitureAt.add(starts[k] + at))
    );
  } else {
    for (const i of furnitureOfText(all)) furnitureAt.add(i);
  }
  // Furniture goes, line and all, with the blank lines that set it apart: the text on either side of
  // a page break runs on as printed (an item broken there, a word hyphenated there); a page break is
  // no paragraph's end. Each line left keeps where it came from.
  const furniture = furnitureAt.size;
  const gone = new Set(furnitureAt);
  for (const f of furnitureAt)
    for (const step of [-1, 1])
      for (let i = f + step; i >= 0 && i < all.length && all[i].trim() === ""; i += step)
        gone.add(i);
  const lines = all.filter((_, i) => !gone.has(i));
  const origin = decoded.origin.filter((_, i) => !gone.has(i));
  const joins = joinBrokenWords(lines);
  // Justified spacing: in text that came from pages, every stretched run; else only in a line
  // stretched like one (two spaces typed between thousands elsewhere are the writer's, and said).
  const fromPages = paged || furniture > 0 || joins > 0;
  for (let i = 0; i < lines.length; i++)
    if (fromPages || isStretched(lines[i])) lines[i] = unstretch(lines[i]);
  return { text: lines.join("\n"), origin, furniture };
}
