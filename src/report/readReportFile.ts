/**
 * A report file, as the CLI and the pane's file input receive it: a Word .docx (its paragraphs and
 * tables, docxDocument.ts), a PDF (its text layer, readPdf.ts), or text in whatever encoding it was
 * saved (decodeText.ts). A file that is none of these is refused with what it is, never read as
 * garbage.
 */
import { type Params, SaidError } from "../domain/catalogue";
import type { Lang } from "../domain/lang";
import { decodeReportBytes } from "./decodeText";
import { NotWordDocumentError, readDocx } from "./docxDocument";
import { type FileProblem, fileProblemText } from "./fileMessages";
import { lineRuns, notice } from "./issueMessages";
import type { PdfEngineLoader, PdfOpenError } from "./readPdf";
import { type ReportSource, sourceFromDocx, sourceFromText } from "./reportSource";

/** A file that is not a report we can read: its name, and what it is (English `message`). */
export class UnreadableFileError extends SaidError {
  constructor(
    readonly fileName: string,
    readonly problem: FileProblem,
    readonly params: Params = {}
  ) {
    super(`${fileName}: ${fileProblemText(problem, "en", params)}`);
    this.name = "UnreadableFileError";
  }

  /** "q2.pdf: …" in the language. */
  say(lang: Lang): string {
    return `${this.fileName}: ${fileProblemText(this.problem, lang, this.params)}`;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

/** "%PDF" within the first kilobyte, where PDF readers look for it (a few bytes may precede it). */
function startsPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let at = 0; at <= end; at++) if (PDF.every((b, i) => bytes[at + i] === b)) return true;
  return false;
}

const isDocx = (fileName: string) => /\.docx$/i.test(fileName);
const isPdf = (fileName: string) => /\.pdf$/i.test(fileName);

/** What reading a file may need beside its bytes: the PDF engine (loaded only for a PDF). */
export interface ReadOptions {
  pdf?: PdfEngineLoader;
}

/** A report file as the parser takes it (parseReportSource): its text, and where its lines came from. */
export async function readReportSource(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<ReportSource> {
  const source = await readAnySource(fileName, bytes, options);
  // A file of nothing (or only spaces, or a PDF or .docx with no text in it) says so.
  if (!source.text.trim()) throw new UnreadableFileError(fileName, "empty");
  return source;
}

async function readAnySource(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions
): Promise<ReportSource> {
  if (bytes.length === 0) throw new UnreadableFileError(fileName, "empty");
  const zip = ZIP.every((b, i) => bytes[i] === b);
  if (isDocx(fileName) || zip) {
    try {
      return sourceFromDocx(await readDocx(bytes));
    } catch (e) {
      if (e instanceof NotWordDocumentError)
        throw new UnreadableFileError(fileName, "docx-no-document");
      throw new UnreadableFileError(fileName, "docx-broken", {
        detail: e instanceof Error ? e.message : String(e),
      });
    }
  }
  if (startsPdf(bytes) || (isPdf(fileName) && options.pdf))
    return readPdfSource(fileName, bytes, options.pdf);
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) throw new UnreadableFileError(fileName, decoded.problem);
  const damaged = decoded.damaged;
  return sourceFromText(
    decoded.text,
    damaged
      ? [
          {
            ...notice("warning", "damaged-text", {
              count: damaged.count,
              lines: lineRuns(damaged.lines),
            }),
            line: damaged.lines[0],
          },
        ]
      : []
  );
}

/** A PDF's text layer; a PDF with none (a scan) or one that can't be opened is said in one sentence. */
async function readPdfSource(
  fileName: string,
  bytes: Uint8Array,
  engine: PdfEngineLoader | undefined
): Promise<ReportSource> {
  if (!engine) throw new UnreadableFileError(fileName, "pdf");
  // The PDF reader is loaded with pdf.js, only when a PDF is read.
  const { pdfReportSource } = await import(/* webpackChunkName: "pdf" */ "./pdfSource");
  let source: ReportSource | null;
  try {
    source = await pdfReportSource(bytes, await engine());
  } catch (e) {
    if (e instanceof Error && e.name === "PdfOpenError")
      throw (e as PdfOpenError).kind === "password"
        ? new UnreadableFileError(fileName, "pdf-password")
        : (e as PdfOpenError).kind === "engine"
          ? new UnreadableFileError(fileName, "pdf-engine", { detail: e.message })
          : new UnreadableFileError(fileName, "pdf-broken", { detail: e.message });
    throw e;
  }
  if (!source) throw new UnreadableFileError(fileName, "pdf-no-text");
  return source;
}

/** Just the text (tables as item lines), for an editor that shows what was read. */
export async function readReportFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<string> {
  return (await readReportSource(fileName, bytes, options)).text;
}
