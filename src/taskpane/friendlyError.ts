import { SaidError } from "../domain/catalogue";
import { RestoreFailedError } from "../host/errors";
import { hostMessage, notice } from "../host/hostMessages";
import { useContext } from "react";
import { type Lang, LangContext } from "./i18n";

/**
 * What went wrong, by the error's type: the add-in's own error classes, else the code an Office.js
 * error carries (OfficeExtension.Error.code; learn.microsoft.com "Error handling with the
 * application-specific JavaScript APIs", the error-code table). Never by the wording of a message,
 * which Office translates and changes.
 */
type Kind =
  "tooLarge" | "needsNewerExcel" | "alreadyExists" | "gone" | "busy" | "editing" | "other";

const KIND_BY_CODE: Record<string, Kind> = {
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "needsNewerExcel",
  ItemAlreadyExists: "alreadyExists",
  ItemNotFound: "gone",
  InvalidReference: "gone",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  // Reads have waited it out already (src/excel/cellEdit.ts); writes refuse at once.
  InvalidOperationInCellEditMode: "editing",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
};

const TEXTS: Record<Lang, Record<Kind, (detail: string) => string>> = {
  en: {
    tooLarge: () =>
      "Excel refused a request as too large. Load fewer measures or types at a time, then load again.",
    needsNewerExcel: (d) =>
      `This version of Excel lacks a feature the add-in needs (${d}). Update Office, or use Excel on the web.`,
    alreadyExists: (d) =>
      `A sheet, table or name of that name already exists (${d}). Rename yours, then try again.`,
    gone: (d) =>
      `Something the add-in wrote is gone (${d}). Load the data into the workbook again.`,
    busy: (d) => `Excel is busy (${d}): wait a moment, then try again.`,
    editing: () =>
      "Excel is waiting for the cell you are editing. Finish editing the cell (press Enter or Esc), then try again.",
    other: (d) => `${d} Nothing else was changed; try again, or reload the pane.`,
  },
  ru: {
    tooLarge: () =>
      "Excel отклонил слишком большой запрос. Загружайте меньше мер или типов за раз, затем загрузите снова.",
    needsNewerExcel: (d) =>
      `В этой версии Excel нет функции, нужной надстройке (${d}). Обновите Office или откройте книгу в Excel в Интернете.`,
    alreadyExists: (d) =>
      `Лист, таблица или имя с таким названием уже есть (${d}). Переименуйте своё и повторите.`,
    gone: (d) => `То, что записала надстройка, удалено (${d}). Загрузите данные в книгу снова.`,
    busy: (d) => `Excel занят (${d}): подождите немного и повторите.`,
    editing: () =>
      "Excel ждёт, пока вы закончите редактировать ячейку. Завершите ввод (Enter или Esc) и повторите.",
    other: (d) => `${d} Больше ничего не изменено; повторите или перезапустите панель.`,
  },
  kk: {
    tooLarge: () =>
      "Excel сұранысты тым үлкен деп қабылдамады. Бір жүктеуде азырақ шара немесе түр таңдап, қайта жүктеңіз.",
    needsNewerExcel: (d) =>
      `Excel-дің бұл нұсқасында қондырмаға қажет мүмкіндік жоқ (${d}). Office-ті жаңартыңыз немесе жұмыс кітабын Интернеттегі Excel-де ашыңыз.`,
    alreadyExists: (d) =>
      `Осындай атаумен парақ, кесте немесе атау бұрыннан бар (${d}). Өзіңіздікінің атын өзгертіп, қайталаңыз.`,
    gone: (d) => `Қондырма жазған нәрсе жойылған (${d}). Деректерді жұмыс кітабына қайта жүктеңіз.`,
    busy: (d) => `Excel бос емес (${d}): сәл күтіп, қайталаңыз.`,
    editing: () =>
      "Excel сіз өңдеп жатқан ұяшықты күтіп тұр. Ұяшықты өңдеуді аяқтаңыз (Enter немесе Esc), содан кейін қайталаңыз.",
    other: (d) => `${d} Басқа ештеңе өзгертілмеді; қайталаңыз немесе тақтаны қайта жүктеңіз.`,
  },
};

/**
 * Turns an error into what a person understands, in the pane's language, with what to do next.
 * `about` names what the action worked on (a file): it goes first, unless the error names it itself.
 */
export function friendlyError(error: unknown, lang: Lang = "en", about?: string): string {
  // The add-in's own errors (a file it cannot read, a sheet of the user's in the way) come from a
  // catalogue in every language and say what to do; a file's names the file itself.
  if (error instanceof SaidError) return error.say(lang);
  const text = explain(error, lang);
  return about === undefined ? text : `${about}: ${text}`;
}

function explain(error: unknown, lang: Lang): string {
  if (error instanceof SaidError) return error.say(lang);
  // A failed load whose rollback failed too: the load's error first, then what could not be undone.
  if (error instanceof RestoreFailedError)
    return `${explain(error.cause, lang)} ${hostMessage(notice("not-restored", { why: explain(error.why, lang) }), lang)}`;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const kind = typeof code === "string" ? (KIND_BY_CODE[code] ?? "other") : "other";
  return TEXTS[lang][kind](message);
}

/** friendlyError in the pane's current language. */
export function useFriendlyError(): (error: unknown, about?: string) => string {
  const lang = useContext(LangContext);
  return (error, about) => friendlyError(error, lang, about);
}
