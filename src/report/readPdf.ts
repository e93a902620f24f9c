/**
 * A PDF's text layer, page by page, in reading order, through Mozilla's pdf.js. The engine is given
 * by the caller (the CLI loads pdf.js's Node build, the pane its bundled worker: cli/nodePdf.ts,
 * taskpane/browserPdf.ts), so this module and everything that uses it stays free of either.
 * Nothing is fetched: the bytes are given, fonts and scripts in the PDF are never run.
 */
import { pageLines, runOf, type PdfTextRun } from "./pdfLines";

/** What this module uses of pdf.js's getDocument (pdfjs-dist's API, a structural subset). */
export interface PdfEngine {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported: boolean;
    useSystemFonts: boolean;
    disableFontFace: boolean;
    useWorkerFetch: boolean;
    stopAtErrors: boolean;
    enableXfa: boolean;
    /** 0: errors only (pdf.js would log warnings about fonts it need not draw for text). */
    verbosity: number;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfPage {
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem | object> }>;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/** Loads the engine when a PDF is first read (the pane loads pdf.js only then). */
export type PdfEngineLoader = () => Promise<PdfEngine>;

export interface PdfReading {
  /** Each page's lines, top to bottom. */
  pages: string[][];
  /** The 1-based pages with no text at all (scanned, or pictures only). */
  textless: number[];
  /** The 1-based pages pdf.js could not read (a broken font, a damaged stream): the others are read. */
  unreadable?: number[];
}

/** A PDF pdf.js could not open: protected by a password, or not a PDF it can read. */
export class PdfOpenError extends Error {
  constructor(
    readonly kind: "password" | "broken" | "engine",
    detail: string
  ) {
    super(detail);
    this.name = "PdfOpenError";
  }
}

const isTextItem = (item: PdfTextItem | object): item is PdfTextItem =>
  typeof (item as PdfTextItem).str === "string" && Array.isArray((item as PdfTextItem).transform);

export async function readPdf(bytes: Uint8Array, engine: PdfEngine): Promise<PdfReading> {
  // pdf.js takes the buffer over (it moves it to its worker) and wants no Node Buffer: a copy.
  const task = engine.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    let doc: PdfDocument;
    try {
      // eslint-disable-next-line office-addins/call-sync-before-read -- pdf.js's loading task, no Office proxy
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string })?.name ?? "";
      const detail = e instanceof Error ? e.message : String(e);
      // The file's fault only when pdf.js says so; else the reader itself failed (its worker).
      const kind =
        name === "PasswordException"
          ? "password"
          : /^(InvalidPDFException|MissingPDFException|FormatError|UnexpectedResponseException)$/.test(
                name
              )
            ? "broken"
            : "engine";
      throw new PdfOpenError(kind, detail);
    }
    const pages: string[][] = [];
    const textless: number[] = [];
    const unreadable: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let content: Awaited<ReturnType<PdfPage["getTextContent"]>>;
      try {
        content = await (await doc.getPage(n)).getTextContent();
      } catch {
        // One damaged page is said (pdfSource.ts), the others read.
        unreadable.push(n);
        pages.push([]);
        continue;
      }
      const runs = content.items
        .filter(isTextItem)
        .map((i) => runOf(i.str, i.transform, i.width))
        .filter((r): r is PdfTextRun => r !== null);
      const lines = pageLines(runs);
      if (lines.length === 0) textless.push(n);
      pages.push(lines);
    }
    return { pages, textless, unreadable };
  } finally {
    await task.destroy();
  }
}
