import { SaidError } from "../domain/catalogue";
import { RestoreFailedError } from "../host/errors";
import { useContext } from "react";
import { awaitMessages, type Lang, LangContext, type Strings, stringsOf } from "./i18n";

/**
 * What went wrong, by the error's type: the add-in's own error classes, else the code an Office.js
 * error carries (OfficeExtension.Error.code; learn.microsoft.com "Error handling with the
 * application-specific JavaScript APIs", the error-code table). Never by the wording of a message,
 * which Office translates and changes.
 */
type Kind = keyof Strings["excelErrors"];

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

/**
 * Turns an error into what a person understands, in the pane's language, with what to do next.
 * `about` names what the action worked on (a file): it goes first, unless the error names it itself.
 */
export function friendlyError(error: unknown, lang: Lang, about?: string): string {
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
    return `${explain(error.cause, lang)} ${stringsOf(lang).notRestored(explain(error.why, lang))}`;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const kind = typeof code === "string" ? (KIND_BY_CODE[code] ?? "other") : "other";
  return stringsOf(lang).excelErrors[kind](message);
}

/** friendlyError in the pane's current language. */
export function useFriendlyError(): (error: unknown, about?: string) => string {
  const lang = useContext(LangContext);
  return (error, about) => {
    // Called while rendering a panel's message: the add-in's own errors come from the catalogues.
    awaitMessages(lang);
    return friendlyError(error, lang, about);
  };
}
