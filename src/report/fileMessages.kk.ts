/**
 * The Kazakh texts of fileMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Kazakh.
 */
import type { Texts } from "../domain/catalogue";
import type { FILE_TEMPLATES } from "./fileMessages";

export const FILE_KK: Texts<typeof FILE_TEMPLATES> = {
  zip: () =>
    "Бұл — мәтіндік есеп емес, zip мұрағаты (Word .docx файлы да мұрағат: оны .docx ретінде ашыңыз).",
  pdf: () =>
    "Бұл — PDF файлы, ал мұнда PDF оқу мүмкін емес: есепті .txt немесе .docx ретінде сақтаңыз.",
  "pdf-no-text": () =>
    "Бұл PDF-те мәтін жоқ, тек беттердің суреттері бар (сканерленген көшірме): қондырма PDF мәтінін оқиды және суреттердегі мәтінді танымайды, сондықтан есепті мәтіні бар PDF, .docx немесе .txt түрінде сұраңыз.",
  "pdf-password": () =>
    "Бұл PDF құпиясөзбен қорғалған: оны ашып, құпиясөзсіз (немесе .docx не .txt ретінде) сақтаңыз да, қайта таңдаңыз.",
  "pdf-broken": (p) => `Файл PDF ретінде басталады, бірақ PDF ретінде оқылмайды (${p.detail}).`,
  "pdf-engine": (p) =>
    `PDF оқу құралы іске қосылмады (${p.detail}): файлдың өзі дұрыс болуы мүмкін. Тақтаны қайта жүктеп, тағы көріңіз немесе есепті .docx не .txt ретінде сақтаңыз.`,
  doc: () =>
    "Бұл — мәтіндік есеп емес, Word-тың ескі форматындағы .doc файлы (оны .docx немесе .txt ретінде сақтаңыз).",
  rtf: () => "Бұл — мәтіндік есеп емес, RTF файлы (оны .docx немесе .txt ретінде сақтаңыз).",
  binary: () => "Бұл — есеп (.txt, .docx немесе .pdf) емес, екілік деректер.",
  encoding: () =>
    "Мәтін UTF-8, UTF-16, Windows-1251, KOI8-R және CP866 кодтауларының ешқайсысында орысша оқылмайды: есепті UTF-8 (.txt) немесе .docx ретінде сақтаңыз.",
  "read-failed": (p) =>
    `файлды оқу мүмкін болмады${p.detail ? ` (${p.detail})` : ""}; оны қайта таңдаңыз.`,
  "docx-no-document": () =>
    "бұл оқуға болатын Word .docx файлы емес (онда word/document.xml жоқ, демек, бұл Word құжаты емес).",
  "docx-broken": (p) => `бұл оқуға болатын Word .docx файлы емес (${p.detail}).`,
  empty: () => "файл бос: онда оқитын мәтін жоқ.",
};
