/**
 * A PDF as a report source: its text layer read (readPdf.ts), its running headers and footers left
 * out, each line of the text knowing its page and line. Its own module, loaded with pdf.js only
 * when a PDF is read (readReportFile.ts imports it on demand), so the pane's first load has none of it.
 */
import { lineRuns, notice, type SourceNotice } from "./issueMessages";
import { furnitureOfPages } from "./pageFurniture";
import { type PdfEngine, type PdfReading, readPdf } from "./readPdf";
import { NO_PLACES, type PageOrigin, type ReportSource } from "./reportSource";

/** A PDF's report source; null when no page has text (a scan). pdf.js's failures are PdfOpenError. */
export async function pdfReportSource(
  bytes: Uint8Array,
  engine: PdfEngine
): Promise<ReportSource | null> {
  const reading = await readPdf(bytes, engine);
  const empty = reading.textless.length + (reading.unreadable?.length ?? 0);
  return empty === reading.pages.length ? null : sourceFromPdf(reading);
}

/**
 * A PDF's pages as one text: each page's lines in reading order, its running header and footer
 * left out (pageFurniture.ts), each line knowing its page and its line there. Pages with no text
 * (scanned) are said, and the others read.
 */
export function sourceFromPdf(reading: PdfReading): ReportSource {
  const lines: string[] = [];
  const pageLines = new Map<number, PageOrigin>();
  const furniture = furnitureOfPages(reading.pages);
  reading.pages.forEach((page, p) =>
    page.forEach((line, i) => {
      if (furniture[p].has(i)) return;
      lines.push(line);
      pageLines.set(lines.length, { page: p + 1, line: i + 1 });
    })
  );
  const notices: Array<SourceNotice & { line: number }> = [];
  if (reading.textless.length > 0)
    notices.push({
      ...notice("warning", "pdf-textless-pages", {
        pages: lineRuns(reading.textless),
        count: reading.textless.length,
      }),
      line: 1,
    });
  if (reading.unreadable?.length)
    notices.push({
      ...notice("warning", "pdf-unreadable-pages", {
        pages: lineRuns(reading.unreadable),
        count: reading.unreadable.length,
      }),
      line: 1,
    });
  return {
    text: `${lines.join("\n")}\n`,
    ...NO_PLACES,
    pageLines,
    pages: reading.pages.length,
    notices,
  };
}
