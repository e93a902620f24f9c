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

export { RestoreFailedError } from "../host/errors";
