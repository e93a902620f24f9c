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

const shown = (v: unknown) => (v instanceof HostCellError ? `${v.code} ${v.message}` : v);

/**
 * What a cell shows for a function call: its value, or "#N/A message". A 1×1 matrix shows as its
 * one value; a larger one spills, each error in its own cell.
 */
export async function cell(call: Promise<unknown>): Promise<unknown> {
  try {
    const v = await call;
    if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1)
      return shown(v[0][0]);
    return Array.isArray(v)
      ? v.map((row) => (Array.isArray(row) ? row.map(shown) : shown(row)))
      : v;
  } catch (e) {
    if (e instanceof HostCellError) return `${e.code} ${e.message}`;
    throw e;
  }
}

type Fn = (...args: never[]) => Promise<unknown>;
interface ParamMeta {
  name: string;
  dimensionality?: string;
}

let metadata: Map<string, ParamMeta[]> | null = null;

/** The parameters of each function as the generated functions.json declares them (by id). */
export async function functionsMetadata(): Promise<Map<string, ParamMeta[]>> {
  if (!metadata) {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const { join } = await import("node:path");
    const result = await generateCustomFunctionsMetadata(
      join(__dirname, "../../src/functions/functions.ts"),
      true
    );
    const functions = JSON.parse(result.metadataJson).functions as Array<{
      id: string;
      parameters: ParamMeta[];
    }>;
    metadata = new Map(functions.map((f) => [f.id, f.parameters]));
  }
  return metadata;
}

/**
 * Calls a function as Excel does for a formula: an argument for a parameter that functions.json
 * declares as a matrix arrives as a two-dimensional array, a single value as a 1×1 one.
 */
export function asExcelCalls<M extends Record<string, unknown>>(
  module: M
): { [K in keyof M]: (...args: unknown[]) => Promise<unknown> } {
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn !== "function") continue;
    out[name] = async (...args: unknown[]) => {
      const params = (await functionsMetadata()).get(name.toUpperCase());
      if (!params) throw new Error(`functions.json has no ${name.toUpperCase()}`);
      const passed = args.map((a, i) =>
        params[i]?.dimensionality === "matrix" && !Array.isArray(a) ? [[a]] : a
      );
      return (fn as Fn)(...(passed as never[]));
    };
  }
  return out as { [K in keyof M]: (...args: unknown[]) => Promise<unknown> };
}
