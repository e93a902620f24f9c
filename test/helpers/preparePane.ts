/**
 * What a jsdom test of the whole pane prepares: every language's strings and every tab's code
 * fetched, as the page has them once it has been open a while, so a tab or a language renders as
 * soon as it is chosen. test/taskpane/lazyPane.test.tsx covers the pane before anything is fetched.
 */
import { loadStrings } from "../../src/taskpane/i18n";
import { preloadPanels } from "../../src/taskpane/panels/lazyPanels";

export async function preparePane(): Promise<void> {
  await Promise.all((["en", "ru", "kk"] as const).map(loadStrings));
  await preloadPanels();
}
