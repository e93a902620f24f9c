/** A sheet the plan needs is the user's: nothing was changed. */
export class SheetNameTakenError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `A sheet named ${sheets.map((s) => `'${s}'`).join(", ")} already exists and was not made by this add-in. ` +
        "Rename it (or move its content), then load again: nothing was changed."
    );
    this.name = "SheetNameTakenError";
  }
}

/** A table or defined name the plan needs is the user's (tables and names share one namespace, without case). */
export class NameTakenError extends Error {
  constructor(readonly names: string[]) {
    super(
      `The name ${names.map((s) => `'${s}'`).join(", ")} is already used in this workbook by a table or defined name of yours ` +
        "(Excel keeps one namespace for both, ignoring case). Rename yours, then load again: nothing was changed."
    );
    this.name = "NameTakenError";
  }
}
