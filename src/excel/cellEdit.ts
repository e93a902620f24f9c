/**
 * While the user is editing a cell, Excel refuses every batch: "The operation isn't available
 * while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting
 * another cell, and then try again." (PR docs/testing/application-specific-api-error-handling.md,
 * InvalidOperationInCellEditMode; REF excel.runoptions.yml, delayForCellEdit: "When false, if the
 * user is in cell edit when the batch request is processed by the host, the batch automatically
 * fails", false being the default.)
 *
 * A read (Check workbook, selecting a territory's rows, reading the stored recipe) waits that out:
 * it is tried again a few times with a growing pause, about three seconds in all, and then the
 * refusal stands and the pane says to finish editing the cell. A write never waits: a load landing
 * seconds after the user pressed it, under their fresh edit, would surprise them; it refuses at
 * once with the same sentence. `delayForCellEdit: true` is not used: it waits with no bound, and
 * the pane would hang for as long as the cell stays open.
 */

/** The pauses between tries of a read, in ms. */
export const CELL_EDIT_BACKOFF_MS: readonly number[] = [200, 400, 800, 1600];

export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

/** Whether Excel refused because a cell is being edited (OfficeExtension.Error.code). */
export function isCellEditRefusal(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === CELL_EDIT_CODE;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `read`, and again after each pause of `backoff` while Excel refuses it for a cell edit. */
export async function readWaitingOutCellEdit<T>(
  read: () => Promise<T>,
  backoff: readonly number[] = CELL_EDIT_BACKOFF_MS
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      if (!isCellEditRefusal(e) || attempt >= backoff.length) throw e;
      await pause(backoff[attempt]);
    }
  }
}
