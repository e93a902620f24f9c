/**
 * Why a report file could not be read, in English, Russian and Kazakh: the one catalogue for file
 * problems. The CLI says the English text; the pane says it in its own language.
 */
import { type Params, renderTemplate, template } from "../domain/catalogue";
import type { Lang } from "../domain/lang";

export const FILE_TEMPLATES = {
  zip: template({
    needs: [],
    en: () => "This is a zip file (a Word .docx is one: read it as .docx), not a text report.",
    ru: () =>
      "Это zip-архив (файл Word .docx тоже архив: откройте его как .docx), а не текст отчёта.",
    kk: () =>
      "Бұл — мәтіндік есеп емес, zip мұрағаты (Word .docx файлы да мұрағат: оны .docx ретінде ашыңыз).",
  }),
  pdf: template({
    needs: [],
    en: () =>
      "This is a PDF file, and PDF reading is not available here: save the report as .txt or .docx.",
    ru: () => "Это файл PDF, а чтение PDF здесь недоступно: сохраните отчёт как .txt или .docx.",
    kk: () =>
      "Бұл — PDF файлы, ал мұнда PDF оқу мүмкін емес: есепті .txt немесе .docx ретінде сақтаңыз.",
  }),
  "pdf-no-text": template({
    needs: [],
    en: () =>
      "This PDF has no text, only pictures of its pages (a scan): the add-in reads the text of a PDF and does not recognise text in pictures, so ask for the report as a PDF with text, a .docx or a .txt.",
    ru: () =>
      "В этом PDF нет текста, только изображения страниц (скан): надстройка читает текст PDF и не распознаёт текст на изображениях, поэтому запросите отчёт в виде PDF с текстом, .docx или .txt.",
    kk: () =>
      "Бұл PDF-те мәтін жоқ, тек беттердің суреттері бар (сканерленген көшірме): қондырма PDF мәтінін оқиды және суреттердегі мәтінді танымайды, сондықтан есепті мәтіні бар PDF, .docx немесе .txt түрінде сұраңыз.",
  }),
  "pdf-password": template({
    needs: [],
    en: () =>
      "This PDF is protected by a password: open it, save it without the password (or as .docx or .txt), and choose it again.",
    ru: () =>
      "Этот PDF защищён паролем: откройте его, сохраните без пароля (или как .docx или .txt) и выберите снова.",
    kk: () =>
      "Бұл PDF құпиясөзбен қорғалған: оны ашып, құпиясөзсіз (немесе .docx не .txt ретінде) сақтаңыз да, қайта таңдаңыз.",
  }),
  "pdf-broken": template({
    /** detail: what pdf.js said, as it said it. */
    needs: ["detail"],
    en: (p) => `This file begins as a PDF but cannot be read as one (${p.detail}).`,
    ru: (p) => `Файл начинается как PDF, но не читается как PDF (${p.detail}).`,
    kk: (p) => `Файл PDF ретінде басталады, бірақ PDF ретінде оқылмайды (${p.detail}).`,
  }),
  "pdf-engine": template({
    /** detail: what pdf.js said, as it said it. */
    needs: ["detail"],
    en: (p) =>
      `The PDF reader could not start here (${p.detail}): the file itself may be fine. Reload the pane and try again, or save the report as .docx or .txt.`,
    ru: (p) =>
      `Средство чтения PDF не запустилось (${p.detail}): сам файл, возможно, в порядке. Перезагрузите панель и попробуйте снова или сохраните отчёт как .docx или .txt.`,
    kk: (p) =>
      `PDF оқу құралы іске қосылмады (${p.detail}): файлдың өзі дұрыс болуы мүмкін. Тақтаны қайта жүктеп, тағы көріңіз немесе есепті .docx не .txt ретінде сақтаңыз.`,
  }),
  doc: template({
    needs: [],
    en: () => "This is an old Word .doc file (save it as .docx or .txt), not a text report.",
    ru: () =>
      "Это файл старого формата Word .doc (сохраните его как .docx или .txt), а не текст отчёта.",
    kk: () =>
      "Бұл — мәтіндік есеп емес, Word-тың ескі форматындағы .doc файлы (оны .docx немесе .txt ретінде сақтаңыз).",
  }),
  rtf: template({
    needs: [],
    en: () => "This is an RTF file (save it as .docx or .txt), not a text report.",
    ru: () => "Это файл RTF (сохраните его как .docx или .txt), а не текст отчёта.",
    kk: () => "Бұл — мәтіндік есеп емес, RTF файлы (оны .docx немесе .txt ретінде сақтаңыз).",
  }),
  binary: template({
    needs: [],
    en: () => "This is binary data, not a report (.txt, .docx or .pdf).",
    ru: () => "Это двоичные данные, а не отчёт (.txt, .docx или .pdf).",
    kk: () => "Бұл — есеп (.txt, .docx немесе .pdf) емес, екілік деректер.",
  }),
  encoding: template({
    needs: [],
    en: () =>
      "The text reads as Russian in none of UTF-8, UTF-16, Windows-1251, KOI8-R and CP866: save the report as UTF-8 (.txt) or .docx.",
    ru: () =>
      "Текст не читается как русский ни в одной из кодировок UTF-8, UTF-16, Windows-1251, KOI8-R и CP866: сохраните отчёт как UTF-8 (.txt) или .docx.",
    kk: () =>
      "Мәтін UTF-8, UTF-16, Windows-1251, KOI8-R және CP866 кодтауларының ешқайсысында орысша оқылмайды: есепті UTF-8 (.txt) немесе .docx ретінде сақтаңыз.",
  }),
  "read-failed": template({
    /** detail: what the browser said, as it said it ("" when nothing). */
    needs: ["detail"],
    en: (p) => `the file could not be read${p.detail ? ` (${p.detail})` : ""}; choose it again.`,
    ru: (p) =>
      `файл не удалось прочитать${p.detail ? ` (${p.detail})` : ""}; выберите его ещё раз.`,
    kk: (p) => `файлды оқу мүмкін болмады${p.detail ? ` (${p.detail})` : ""}; оны қайта таңдаңыз.`,
  }),
  "docx-no-document": template({
    needs: [],
    en: () =>
      "not a Word .docx that can be read (it has no word/document.xml, so it is not a Word document).",
    ru: () =>
      "это не читаемый файл Word .docx (в нём нет word/document.xml, значит, это не документ Word).",
    kk: () =>
      "бұл оқуға болатын Word .docx файлы емес (онда word/document.xml жоқ, демек, бұл Word құжаты емес).",
  }),
  "docx-broken": template({
    /** detail: what the zip reader said, as it said it. */
    needs: ["detail"],
    en: (p) => `not a Word .docx that can be read (${p.detail}).`,
    ru: (p) => `это не читаемый файл Word .docx (${p.detail}).`,
    kk: (p) => `бұл оқуға болатын Word .docx файлы емес (${p.detail}).`,
  }),
  empty: template({
    needs: [],
    en: () => "the file is empty: there is no text in it to read.",
    ru: () => "файл пуст: в нём нет текста, который можно прочитать.",
    kk: () => "файл бос: онда оқитын мәтін жоқ.",
  }),
};

export type FileProblem = keyof typeof FILE_TEMPLATES;

/** What is wrong with a file, in the language. */
export function fileProblemText(problem: FileProblem, lang: Lang, params: Params = {}): string {
  return renderTemplate(FILE_TEMPLATES[problem], params, lang) ?? problem;
}
