import { REQUIRE_ENGINES, skipLine } from "../scripts/engines";
import { CHROMIUM, launch, openPage, serve } from "../test/e2e/browser";
import { openFirstScreen, type PaneMode, tabOpenMs } from "../test/e2e/firstScreen";
import { EN } from "../src/taskpane/strings/en";
import type { Lang } from "../src/taskpane/i18n";
import { BUDGETS } from "./budgets";
import { report } from "./harness";

/** Records, in the page, when the first data row of the Data tab appears (ms since navigation). */
const WATCH_FIRST_ROW = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('table tbody tr')) {
      window.__firstRowMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

const SAMPLES = 5;

/** The tabs the preview fetches when first shown (it opens on Data), by their English names. */
const LAZY_TABS = {
  load: EN.tabLoad,
  lagging: EN.tabLagging,
  import: EN.tabImport,
  audit: EN.tabAudit,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Cold first paint: each sample is the first page of a fresh browser, as a user opening the pane
 * sees it (no warm code cache). First contentful paint (the static shell), the first data row, and
 * then each other tab from its click to its content.
 */
export async function benchFirstPaint(dist: string): Promise<void> {
  if (!CHROMIUM.found) {
    if (REQUIRE_ENGINES) throw new Error(CHROMIUM.why);
    console.error(
      skipLine("taskpane_first_paint_ms, taskpane_data_ms, the first screen's scripts", CHROMIUM)
    );
    return;
  }
  const { server, base } = await serve(dist);
  const paint: number[] = [];
  const data: number[] = [];
  const tabs: Record<string, number[]> = {};
  try {
    for (let i = 0; i < SAMPLES; i++) {
      const browser = await launch();
      try {
        const { page } = await openPage(browser, base, "real", WATCH_FIRST_ROW);
        await page.waitForFunction(
          () => (window as unknown as { __firstRowMs?: number }).__firstRowMs !== undefined,
          null,
          { timeout: 30_000 }
        );
        const [fcp, row] = await page.evaluate(() => [
          performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
          (window as unknown as { __firstRowMs: number }).__firstRowMs,
        ]);
        paint.push(fcp);
        data.push(row);
        for (const [id, name] of Object.entries(LAZY_TABS))
          (tabs[id] ??= []).push(await tabOpenMs(page, name));
      } finally {
        await browser.close();
      }
    }
    await benchFirstScreens(base, dist);
  } finally {
    server.close();
  }
  report("taskpane_first_paint_ms", median(paint), "ms", 0);
  report("taskpane_data_ms", median(data), "ms", 0);
  for (const [id, ms] of Object.entries(tabs)) report(`taskpane_tab_${id}_ms`, median(ms), "ms", 0);
}

/**
 * The scripts fetched before the first screen, in Excel and in the preview, in each language:
 * each mode's largest, and the largest of all (taskpane_initial_js_gz_kb, against its budget).
 */
async function benchFirstScreens(base: string, dist: string): Promise<void> {
  const largest: Record<PaneMode, number> = { excel: 0, preview: 0 };
  const browser = await launch();
  try {
    for (const mode of ["excel", "preview"] as const)
      for (const lang of ["en", "ru", "kk"] as Lang[]) {
        const screen = await openFirstScreen(browser, base, dist, mode, lang);
        largest[mode] = Math.max(largest[mode], screen.gzKb);
        await screen.page.context().close();
      }
  } finally {
    await browser.close();
  }
  report("taskpane_excel_first_screen_js_gz_kb", largest.excel, "KB", 1);
  report("taskpane_preview_first_screen_js_gz_kb", largest.preview, "KB", 1);
  report("taskpane_initial_js_gz_kb", Math.max(largest.excel, largest.preview), "KB", 1);
  report("taskpane_initial_js_budget_kb", BUDGETS.taskpaneInitialJsGzKb, "KB", 0);
}
