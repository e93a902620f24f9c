import { within } from "@testing-library/react";

/**
 * A table's rows (its header row first). The table is found by its accessible role and name by the
 * caller; its rows are taken without Testing Library's per-row visibility check (`hidden: true`),
 * which calls jsdom's getComputedStyle for each of the 241 rows through every Fluent stylesheet and
 * cost seconds per call. The pane never hides one row of a shown table, so nothing is lost.
 */
export function tableRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole("row", { hidden: true });
}
