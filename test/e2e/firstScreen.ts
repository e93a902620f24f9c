/**
 * What the pane fetches before its first screen, measured in the browser: the scripts requested
 * (the page's own, office.js excluded) by the time the tab it opens on has its content, in Excel
 * (the strict host, opening on Load) and in the preview (opening on Data), in each language. Each
 * script is counted at its size gzipped (-9) from the build, as a server would send it. The bench
 * prints these figures and test/e2e/budget.test.ts holds them to their budget (bench/budgets.ts).
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/taskpane/i18n";
import { fakeHostScript, NARROW, openPage } from "./browser";

/** A tab's panel with its content: its <section>, not the placeholder that holds its place. */
export const PANEL_CONTENT = '[role="tabpanel"] section';

/** Records, in the page, when a tab's content first appears and the scripts fetched by then. */
const WATCH_FIRST_SCREEN = `
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(PANEL_CONTENT)})) {
      window.__firstScreen = {
        ms: performance.now(),
        scripts: performance.getEntriesByType("resource")
          .filter((e) => e.initiatorType === "script")
          .map((e) => e.name),
      };
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

export type PaneMode = "excel" | "preview";

export const LOCALES: Record<Lang, string> = { en: "en-US", ru: "ru-RU", kk: "kk-KZ" };

export interface FirstScreen {
  mode: PaneMode;
  lang: Lang;
  /** When the first tab's content appeared, in ms since navigation. */
  ms: number;
  /** The page's scripts fetched by then (file names in the build). */
  scripts: string[];
  gzKb: number;
  page: Page;
}

export function gzKbOf(dist: string, files: readonly string[]): number {
  return (
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) /
    1024
  );
}

/** Opens the pane cold in a new browser context and waits for its first screen (the page stays open). */
export async function openFirstScreen(
  browser: Browser,
  base: string,
  dist: string,
  mode: PaneMode,
  lang: Lang
): Promise<FirstScreen> {
  const { page } =
    mode === "excel"
      ? await openPage(
          browser,
          base,
          "stub",
          `${fakeHostScript("#ffffff", LOCALES[lang])}\n${WATCH_FIRST_SCREEN}`,
          undefined,
          NARROW
        )
      : await openPage(browser, base, "real", WATCH_FIRST_SCREEN, undefined, NARROW, LOCALES[lang]);
  await page.waitForFunction(() => (window as { __firstScreen?: unknown }).__firstScreen, null, {
    timeout: 30_000,
  });
  const seen = await page.evaluate(
    () => (window as unknown as { __firstScreen: { ms: number; scripts: string[] } }).__firstScreen
  );
  const scripts = seen.scripts
    .filter((url) => url.startsWith(base))
    .map((url) => basename(new URL(url).pathname));
  return { mode, lang, ms: seen.ms, scripts, gzKb: gzKbOf(dist, scripts), page };
}

/**
 * From a tab's click to its content (the tab's own chunk fetched if it was not yet), in ms. In the
 * page as a string, as WATCH_FIRST_SCREEN: no helper a TypeScript runner adds (esbuild's __name)
 * reaches the page.
 */
export async function tabOpenMs(page: Page, tabName: string): Promise<number> {
  await page.getByRole("tab", { name: tabName }).waitFor();
  return page.evaluate(`new Promise((resolve) => {
    // A Fluent tab may write its name twice (shown, and hidden bold to reserve its width).
    const tab = [...document.querySelectorAll('[role="tab"]')].find(
      (t) => (t.querySelector(".fui-Tab__content") ?? t).textContent.trim() === ${JSON.stringify(tabName)}
    );
    const content = '[role="tabpanel"][aria-labelledby="' + tab.id + '"] section';
    const t0 = performance.now();
    tab.click();
    if (document.querySelector(content)) return resolve(performance.now() - t0);
    new MutationObserver((_, o) => {
      if (document.querySelector(content)) {
        o.disconnect();
        resolve(performance.now() - t0);
      }
    }).observe(document, { childList: true, subtree: true });
  })`);
}
