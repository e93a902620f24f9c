/**
 * The one requirement-set check (Office.context.requirements.isSetSupported, Common API) that the
 * Office.js code (src/excel) and the custom functions (src/functions) both ask. Here, below both,
 * so that neither imports the other for it. It reads the global `Office` without naming its type
 * at run time: where there is none (tests, the CLI, a page outside Office) or it cannot say (no
 * requirements object, or isSetSupported throws), the answer is no.
 */

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

/** Whether this Office has requirement set `set` at `version` or later; false where it cannot tell. */
export function isSetSupported(set: string, version?: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const requirements = office?.context?.requirements;
  if (typeof requirements?.isSetSupported !== "function") return false;
  try {
    return Boolean(requirements.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** Whether this Excel has ExcelApi `version`. */
export function hasExcelApi(version: string): boolean {
  return isSetSupported("ExcelApi", version);
}
