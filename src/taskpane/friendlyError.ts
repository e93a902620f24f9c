import { NameTakenError, SheetNameTakenError } from "../excel/errors";
import { UnreadableFileError } from "../report/readReportFile";
import { useContext } from "react";
import { type Lang, LangContext } from "./i18n";

/**
 * What went wrong, by the error's type: the add-in's own error classes, else the code an Office.js
 * error carries (OfficeExtension.Error.code; learn.microsoft.com "Error handling with the
 * application-specific JavaScript APIs", the error-code table). Never by the wording of a message,
 * which Office translates and changes.
 */
type Kind = "tooLarge" | "needsNewerExcel" | "alreadyExists" | "gone" | "busy" | "other";

const KIND_BY_CODE: Record<string, Kind> = {
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "needsNewerExcel",
  ItemAlreadyExists: "alreadyExists",
  ItemNotFound: "gone",
  InvalidReference: "gone",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  InvalidOperationInCellEditMode: "busy",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
};

const TEXTS: Record<
  Lang,
  Record<Kind, (detail: string) => string> & {
    sheetTaken: (sheets: string) => string;
    nameTaken: (names: string) => string;
  }
> = {
  en: {
    sheetTaken: (sheets) =>
      `A sheet named ${sheets} already exists and was not made by this add-in. Rename it (or move its content), then load again: nothing was changed.`,
    nameTaken: (names) =>
      `The name ${names} is already used in this workbook by a table or defined name of yours (Excel keeps one namespace for both, ignoring case). Rename yours, then load again: nothing was changed.`,
    tooLarge: () =>
      "Excel refused a request as too large. Load fewer measures or types at a time, then load again.",
    needsNewerExcel: (d) =>
      `This version of Excel lacks a feature the add-in needs (${d}). Update Office, or use Excel on the web.`,
    alreadyExists: (d) =>
      `A sheet, table or name of that name already exists (${d}). Rename yours, then try again.`,
    gone: (d) =>
      `Something the add-in wrote is gone (${d}). Load the data into the workbook again.`,
    busy: (d) => `Excel is busy (${d}): finish editing the cell, or wait a moment, then try again.`,
    other: (d) => `${d} Nothing else was changed; try again, or reload the pane.`,
  },
  ru: {
    sheetTaken: (sheets) =>
      `Лист ${sheets} уже есть в книге и создан не надстройкой. Переименуйте его (или перенесите содержимое) и загрузите снова: ничего не изменено.`,
    nameTaken: (names) =>
      `Имя ${names} уже занято вашей таблицей или именованным диапазоном (в Excel у них общее пространство имён без учёта регистра). Переименуйте своё и загрузите снова: ничего не изменено.`,
    tooLarge: () =>
      "Excel отклонил слишком большой запрос. Загружайте меньше мер или типов за раз, затем загрузите снова.",
    needsNewerExcel: (d) =>
      `В этой версии Excel нет функции, нужной надстройке (${d}). Обновите Office или откройте книгу в Excel в Интернете.`,
    alreadyExists: (d) =>
      `Лист, таблица или имя с таким названием уже есть (${d}). Переименуйте своё и повторите.`,
    gone: (d) => `То, что записала надстройка, удалено (${d}). Загрузите данные в книгу снова.`,
    busy: (d) => `Excel занят (${d}): завершите ввод в ячейку или подождите немного и повторите.`,
    other: (d) => `${d} Больше ничего не изменено; повторите или перезапустите панель.`,
  },
};

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

/**
 * Turns an error into what a person understands, in the pane's language, with what to do next.
 * `about` names what the action worked on (a file): it goes first, unless the error names it itself.
 */
export function friendlyError(error: unknown, lang: Lang = "en", about?: string): string {
  // A file that cannot be read is the user's to fix; its message names the file and says why.
  if (error instanceof UnreadableFileError) return error.message;
  const text = explain(error, TEXTS[lang]);
  return about === undefined ? text : `${about}: ${text}`;
}

function explain(error: unknown, t: (typeof TEXTS)[Lang]): string {
  if (error instanceof SheetNameTakenError) return t.sheetTaken(quoted(error.sheets));
  if (error instanceof NameTakenError) return t.nameTaken(quoted(error.names));
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const kind = typeof code === "string" ? (KIND_BY_CODE[code] ?? "other") : "other";
  return t[kind](message);
}

/** friendlyError in the pane's current language. */
export function useFriendlyError(): (error: unknown, about?: string) => string {
  const lang = useContext(LangContext);
  return (error, about) => friendlyError(error, lang, about);
}
