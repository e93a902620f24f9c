/**
 * A report file, as the CLI and the pane's file input receive it: a Word .docx (its paragraphs and
 * tables, docxDocument.ts), or text in whatever encoding it was saved (decodeText.ts). A file that is neither is
 * refused with what it is, never read as garbage.
 */
import { type Params, SaidError } from "../domain/catalogue";
import type { Lang } from "../domain/lang";
import { decodeReportBytes } from "./decodeText";
import { NotWordDocumentError, readDocx } from "./docxDocument";
import { type FileProblem, fileProblemText } from "./fileMessages";
import { lineRuns, notice } from "./issueMessages";
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

const isDocx = (fileName: string) => /\.docx$/i.test(fileName);

/** A report file as the parser takes it (parseReportSource): its text, and its Word tables' places. */
export async function readReportSource(fileName: string, bytes: Uint8Array): Promise<ReportSource> {
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

/** Just the text (tables as item lines), for an editor that shows what was read. */
export async function readReportFile(fileName: string, bytes: Uint8Array): Promise<string> {
  return (await readReportSource(fileName, bytes)).text;
}
