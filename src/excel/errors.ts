import { HostError, notice } from "../host/hostMessages";

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

/** A sheet the plan needs is the user's: nothing was changed. */
export class SheetNameTakenError extends HostError {
  constructor(readonly sheets: string[]) {
    super(notice("sheet-taken", { sheets: quoted(sheets) }));
    this.name = "SheetNameTakenError";
  }
}

/** A table or defined name the plan needs is the user's (tables and names share one namespace, without case). */
export class NameTakenError extends HostError {
  constructor(readonly names: string[]) {
    super(notice("name-taken", { names: quoted(names) }));
    this.name = "NameTakenError";
  }
}

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
