import { REQUIRE_ENGINES, skipLine } from "../scripts/engines";
import { CHROMIUM, launch, openPage, serve } from "../test/e2e/browser";
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

/**
 * Cold first paint: each sample is the first page of a fresh browser, as a user opening the pane
 * sees it (no warm code cache). First contentful paint (the static shell) and the first data row.
 */
export async function benchFirstPaint(dist: string): Promise<void> {
  if (!CHROMIUM.found) {
    if (REQUIRE_ENGINES) throw new Error(CHROMIUM.why);
    console.error(skipLine("taskpane_first_paint_ms, taskpane_data_ms", CHROMIUM));
    return;
  }
  const { server, base } = await serve(dist);
  const paint: number[] = [];
  const data: number[] = [];
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
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  report("taskpane_first_paint_ms", median(paint), "ms", 0);
  report("taskpane_data_ms", median(data), "ms", 0);
}
