import type { QueryResult } from "../analysis/query";

/**
 * Turns a query's answer into what a cell shows: the value, or a custom-function error. Excel
 * shows a message only on #N/A (notAvailable) and #VALUE! (invalidValue); never a thrown string.
 */
export function cellValue<T>(result: QueryResult<T>): T {
  if (result.ok) return result.value;
  const code =
    result.error.kind === "invalidValue"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  throw new CustomFunctions.Error(code, result.error.message);
}
