/**
 * The Russian texts of fileMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Russian.
 */
import type { Texts } from "../domain/catalogue";
import type { FILE_TEMPLATES } from "./fileMessages";

export const FILE_RU: Texts<typeof FILE_TEMPLATES> = {
  zip: () =>
    "Это zip-архив (файл Word .docx тоже архив: откройте его как .docx), а не текст отчёта.",
  pdf: () => "Это файл PDF, а чтение PDF здесь недоступно: сохраните отчёт как .txt или .docx.",
  "pdf-no-text": () =>
    "В этом PDF нет текста, только изображения страниц (скан): надстройка читает текст PDF и не распознаёт текст на изображениях, поэтому запросите отчёт в виде PDF с текстом, .docx или .txt.",
  "pdf-password": () =>
    "Этот PDF защищён паролем: откройте его, сохраните без пароля (или как .docx или .txt) и выберите снова.",
  "pdf-broken": (p) => `Файл начинается как PDF, но не читается как PDF (${p.detail}).`,
  "pdf-engine": (p) =>
    `Средство чтения PDF не запустилось (${p.detail}): сам файл, возможно, в порядке. Перезагрузите панель и попробуйте снова или сохраните отчёт как .docx или .txt.`,
  doc: () =>
    "Это файл старого формата Word .doc (сохраните его как .docx или .txt), а не текст отчёта.",
  rtf: () => "Это файл RTF (сохраните его как .docx или .txt), а не текст отчёта.",
  binary: () => "Это двоичные данные, а не отчёт (.txt, .docx или .pdf).",
  encoding: () =>
    "Текст не читается как русский ни в одной из кодировок UTF-8, UTF-16, Windows-1251, KOI8-R и CP866: сохраните отчёт как UTF-8 (.txt) или .docx.",
  "read-failed": (p) =>
    `файл не удалось прочитать${p.detail ? ` (${p.detail})` : ""}; выберите его ещё раз.`,
  "docx-no-document": () =>
    "это не читаемый файл Word .docx (в нём нет word/document.xml, значит, это не документ Word).",
  "docx-broken": (p) => `это не читаемый файл Word .docx (${p.detail}).`,
  empty: () => "файл пуст: в нём нет текста, который можно прочитать.",
};
