/**
 * Why a report file could not be read, in English, Russian and Kazakh: the one catalogue for file
 * problems. The CLI says the English text; the pane says it in its own language.
 *
 * Each code's params and English are here; its Russian and Kazakh texts are in fileMessages.ru.ts and
 * fileMessages.kk.ts, fetched one language at a time (src/host/messageTexts.ts).
 */
import { type Params, renderTemplate, catalogue, template } from "../domain/catalogue";
import type { Lang } from "../domain/lang";

export const FILE_TEMPLATES = catalogue("file", {
  zip: template({
    needs: [],
    en: () => "This is a zip file (a Word .docx is one: read it as .docx), not a text report.",
  }),
  pdf: template({
    needs: [],
    en: () =>
      "This is a PDF file, and PDF reading is not available here: save the report as .txt or .docx.",
  }),
  "pdf-no-text": template({
    needs: [],
    en: () =>
      "This PDF has no text, only pictures of its pages (a scan): the add-in reads the text of a PDF and does not recognise text in pictures, so ask for the report as a PDF with text, a .docx or a .txt.",
  }),
  "pdf-password": template({
    needs: [],
    en: () =>
      "This PDF is protected by a password: open it, save it without the password (or as .docx or .txt), and choose it again.",
  }),
  "pdf-broken": template({
    /** detail: what pdf.js said, as it said it. */
    needs: ["detail"],
    en: (p) => `This file begins as a PDF but cannot be read as one (${p.detail}).`,
  }),
  "pdf-engine": template({
    /** detail: what pdf.js said, as it said it. */
    needs: ["detail"],
    en: (p) =>
      `The PDF reader could not start here (${p.detail}): the file itself may be fine. Reload the pane and try again, or save the report as .docx or .txt.`,
  }),
  doc: template({
    needs: [],
    en: () => "This is an old Word .doc file (save it as .docx or .txt), not a text report.",
  }),
  rtf: template({
    needs: [],
    en: () => "This is an RTF file (save it as .docx or .txt), not a text report.",
  }),
  binary: template({
    needs: [],
    en: () => "This is binary data, not a report (.txt, .docx or .pdf).",
  }),
  encoding: template({
    needs: [],
    en: () =>
      "The text reads as Russian in none of UTF-8, UTF-16, Windows-1251, KOI8-R and CP866: save the report as UTF-8 (.txt) or .docx.",
  }),
  "read-failed": template({
    /** detail: what the browser said, as it said it ("" when nothing). */
    needs: ["detail"],
    en: (p) => `the file could not be read${p.detail ? ` (${p.detail})` : ""}; choose it again.`,
  }),
  "docx-no-document": template({
    needs: [],
    en: () =>
      "not a Word .docx that can be read (it has no word/document.xml, so it is not a Word document).",
  }),
  "docx-broken": template({
    /** detail: what the zip reader said, as it said it. */
    needs: ["detail"],
    en: (p) => `not a Word .docx that can be read (${p.detail}).`,
  }),
  empty: template({
    needs: [],
    en: () => "the file is empty: there is no text in it to read.",
  }),
});

export type FileProblem = keyof typeof FILE_TEMPLATES;

/** What is wrong with a file, in the language. */
export function fileProblemText(problem: FileProblem, lang: Lang, params: Params = {}): string {
  return renderTemplate(FILE_TEMPLATES[problem], params, lang) ?? problem;
}
