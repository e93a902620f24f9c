import type { QueryError, QueryResult } from "../analysis/query";

/**
 * A query's failure as what a cell shows: a custom-function error. Excel shows a message only on
 * #N/A (notAvailable) and #VALUE! (invalidValue); never a thrown string.
 */
export function cellError(result: { ok: false; error: QueryError }): CustomFunctions.Error {
  const code =
    result.error.kind === "invalidValue"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, result.error.message);
}

/** A query's answer as a cell's value, or the custom-function error thrown for the whole cell. */
export function cellValue<T>(result: QueryResult<T>): T {
  if (result.ok) return result.value;
  throw cellError(result);
}
