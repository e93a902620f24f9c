import { fireEvent, within } from "@testing-library/react";

/**
 * Picks an option of one of the pane's choices (src/taskpane/components/Choice: a select-only
 * combobox) by its name, as a user does: a click opens its list, a click on the option picks it.
 */
export function choose(combobox: HTMLElement, optionName: string): void {
  if (combobox.getAttribute("aria-expanded") !== "true") fireEvent.click(combobox);
  const list = document.getElementById(combobox.getAttribute("aria-controls") ?? "");
  if (!list) throw new Error(`The choice "${combobox.textContent}" opened no list.`);
  fireEvent.click(within(list).getByRole("option", { name: optionName }));
}

/** The name of the option a choice shows now. */
export const chosen = (combobox: HTMLElement): string | null => combobox.textContent;
