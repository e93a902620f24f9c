import { queryMessage } from "../analysis/queryMessages";
import type { QueryError, QueryResult } from "../analysis/query";
import { type Lang, langOf } from "../domain/lang";

/**
 * The language a cell's message is in: Office's display language (Office.context.displayLanguage,
 * Common API 1.1, available in the shared runtime): Kazakh, Russian, else English; English where
 * there is no Office (tests, the CLI).
 */
export function officeLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return langOf(office?.context?.displayLanguage);
}

/**
 * A query's failure as what a cell shows: a custom-function error, its message in Office's language.
 * Excel shows a message only on #N/A (notAvailable) and #VALUE! (invalidValue); never a thrown string.
 */
export function cellError(result: { ok: false; error: QueryError }): CustomFunctions.Error {
  const code =
    result.error.kind === "invalidValue"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, queryMessage(result.error, officeLang()));
}

/** A query's answer as a cell's value, or the custom-function error thrown for the whole cell. */
export function cellValue<T>(result: QueryResult<T>): T {
  if (result.ok) return result.value;
  throw cellError(result);
}
