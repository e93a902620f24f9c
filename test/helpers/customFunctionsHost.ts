/**
 * The custom-functions host API as Excel provides it (CustomFunctions.Error with an ErrorCode and a
 * message). No Excel runs on Linux, so tests install this stand-in of the host's global.
 */
export class HostCellError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export function installCustomFunctionsHost(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: HostCellError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}

/** What a cell shows for a function call: its value, or "#N/A: message". */
export async function cell<T>(call: Promise<T>): Promise<T | string> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof HostCellError) return `${e.code} ${e.message}`;
    throw e;
  }
}
