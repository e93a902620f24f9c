/**
 * A report file, as the CLI and the pane's file input receive it: a Word .docx (its text, by
 * mammoth), or text in whatever encoding it was saved (decodeText.ts). A file that is neither is
 * refused with what it is, never read as garbage.
 */
import { decodeReportBytes } from "./decodeText";
import { docxToText, isDocx } from "./docxText";

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

export async function readReportFile(fileName: string, bytes: Uint8Array): Promise<string> {
  const zip = ZIP.every((b, i) => bytes[i] === b);
  if (isDocx(fileName) || zip) {
    try {
      return await docxToText(bytes.slice().buffer);
    } catch (e) {
      throw new UnreadableFileError(
        fileName,
        `not a Word .docx that can be read (${e instanceof Error ? e.message : String(e)}).`
      );
    }
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) throw new UnreadableFileError(fileName, decoded.message);
  return decoded.text;
}
