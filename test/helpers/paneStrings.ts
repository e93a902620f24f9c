/**
 * The pane's strings in every language at once, for tests that name a button in each (the page
 * itself fetches one language at a time: src/taskpane/i18n.ts).
 */
import type { Lang, Strings } from "../../src/taskpane/i18n";
import { EN } from "../../src/taskpane/strings/en";
import { KK } from "../../src/taskpane/strings/kk";
import { RU } from "../../src/taskpane/strings/ru";

export const STRINGS: Record<Lang, Strings> = { en: EN, ru: RU, kk: KK };
