/**
 * Errors the Excel host throws that the pane explains by their class (taskpane/friendlyError.ts):
 * kept here, in the seam both sides import, so the pane never imports src/excel.
 */

/**
 * A load failed and its rollback failed too: the load's own error (`cause`, what the pane
 * explains first) and why the workbook could not be put back (`why`).
 */
export class RestoreFailedError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly why: unknown
  ) {
    const text = (e: unknown) => (e instanceof Error ? e.message : String(e));
    super(`${text(cause)} (and the workbook could not be fully restored: ${text(why)})`);
    this.name = "RestoreFailedError";
  }
}
