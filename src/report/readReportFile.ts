/**
 * A report file, as the CLI and the pane's file input receive it: a Word .docx (its paragraphs and
 * tables, docxDocument.ts), or text in whatever encoding it was saved (decodeText.ts). A file that is neither is
 * refused with what it is, never read as garbage.
 */
import { decodeReportBytes } from "./decodeText";
import { readDocx } from "./docxDocument";
import { type ReportSource, sourceFromDocx, sourceFromText } from "./reportSource";

export class UnreadableFileError extends Error {
  constructor(
    readonly fileName: string,
    why: string
  ) {
    super(`${fileName}: ${why}`);
    this.name = "UnreadableFileError";
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
      throw new UnreadableFileError(
        fileName,
        `not a Word .docx that can be read (${e instanceof Error ? e.message : String(e)}).`
      );
    }
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) throw new UnreadableFileError(fileName, decoded.message);
  return sourceFromText(decoded.text);
}

/** Just the text (tables as item lines), for an editor that shows what was read. */
export async function readReportFile(fileName: string, bytes: Uint8Array): Promise<string> {
  return (await readReportSource(fileName, bytes)).text;
}
