import { launch, openPage, serve } from "../test/e2e/browser";
import { report } from "./harness";

/** Time to first contentful paint of the task pane in headless Chromium (median of 5 fresh pages). */
export async function benchFirstPaint(dist: string): Promise<void> {
  const { server, base } = await serve(dist);
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { page } = await openPage(browser, base, "real");
      await page.getByRole("heading", { name: "School Safety Coverage" }).waitFor();
      const fcp = await page.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN
      );
      if (i > 0) times.push(fcp); // the first page warms the browser
      await page.context().close();
    }
    times.sort((a, b) => a - b);
    report("taskpane_first_paint_ms", times[Math.floor(times.length / 2)], "ms", 0);
  } finally {
    await browser.close();
    server.close();
  }
}
