/**
 * End-to-end harness: the production build served on localhost, driven in a real Chromium (or Chrome, Edge) by
 * playwright-core. office.js is requested from Microsoft's CDN as in production; the test answers
 * that URL from node_modules/@microsoft/office-js and blocks every other request that would leave
 * the machine.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { buildSync } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { type Lang, languageName } from "../../src/taskpane/i18n";
import { STRINGS } from "../helpers/paneStrings";
import { findChromium } from "../../scripts/engines";
import { buildOnce } from "../helpers/build";

export const ROOT = join(__dirname, "../..");
export const OUTPUT = join(ROOT, "test-output");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist/");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(dir, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The browser the suites drive: found by scripts/engines.ts (CHROMIUM_PATH overrides). */
export const CHROMIUM = findChromium();

/** Starts the browser, or fails within seconds with the reason: a browser that can't start never stalls a run. */
export async function launch(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true });
  if (!CHROMIUM.found) throw new Error(CHROMIUM.why);
  return chromium.launch({
    executablePath: CHROMIUM.path,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
  });
}

/**
 * Inside a describe: the production build served on localhost and a browser, started before its
 * tests and stopped after them. Read `pane.base` and `pane.browser` in the tests.
 */
export function servedPane(): { base: string; browser: Browser } {
  const pane = {} as { base: string; browser: Browser; server?: Server };
  beforeAll(async () => {
    const { server, base } = await serve(buildOnce().dir);
    Object.assign(pane, { server, base, browser: await launch() });
  }, 240_000);
  afterAll(async () => {
    await pane.browser?.close();
    pane.server?.close();
  });
  return pane;
}

/** A page whose network is this machine only; office.js comes from node_modules (or a stub, for the fake host). */
export async function openPage(
  browser: Browser,
  base: string,
  officeJs: "real" | "stub",
  init?: string,
  /** The page's own files to refuse (e.g. the bundles, to see what paints without them). */
  refuse?: RegExp,
  /** The pane's size: 420 × 900 unless told (Office opens the task pane at about 320–350 px wide). */
  viewport: { width: number; height: number } = { width: 420, height: 900 },
  /** The browser's language (navigator.language), which the preview opens in; the browser's own unless told. */
  locale?: string
): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return refuse?.test(url) ? route.abort() : route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      if (officeJs === "stub")
        return route.fulfill({
          status: 200,
          contentType: "text/javascript",
          body: "/* fake host installed by the test */",
        });
      const file = join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_DIST) && existsSync(file))
        return route.fulfill({
          status: 200,
          contentType: "text/javascript",
          body: readFileSync(file),
        });
      return route.fulfill({ status: 404, body: "" });
    }
    blocked.push(url);
    return route.abort();
  });
  if (init) await context.addInitScript({ content: init });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/taskpane.html`);
  return { page, blocked, errors };
}

/** The task pane's width as Office opens it (about 320 px). */
export const NARROW = { width: 320, height: 900 };

/** The pane at 320 px with the real office.js outside Office: the standalone preview, painted (in the browser's colour scheme, if given). */
export async function openNarrowPreview(
  pane: { base: string; browser: Browser },
  colorScheme?: "light" | "dark"
): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const opened = await openPage(pane.browser, pane.base, "real", undefined, undefined, NARROW);
  if (colorScheme) await opened.page.emulateMedia({ colorScheme });
  await opened.page.getByText(/Standalone preview/).waitFor();
  return opened;
}

/** Picks a language in the pane's switch, which is labelled in the language shown now. */
export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByRole("combobox", { name: STRINGS[from].language }).click();
  await page.getByRole("option", { name: languageName(to) }).click();
}

let hostBundle: string | undefined;

/**
 * The strict Excel host (test/strictExcel) bundled for the page, installed before any page script.
 * `background` is Office's body background (officeTheme.bodyBackgroundColor): the pane's theme follows it;
 * `displayLanguage` is Office's (Office.context.displayLanguage): the pane's language follows it.
 */
export function fakeHostScript(background = "#ffffff", displayLanguage = "en-US"): string {
  // Bundled once per suite: every page of the suite gets the same host.
  hostBundle ??= buildSync({
    entryPoints: [join(ROOT, "test/strictExcel/host.ts")],
    bundle: true,
    format: "iife",
    globalName: "StrictExcel",
    platform: "browser",
    write: false,
  }).outputFiles[0].text;
  return `${hostBundle}
    const host = new StrictExcel.StrictExcelHost().install();
    window.__host = host;
    Object.assign(window.Office, {
      HostType: { Excel: "Excel" },
      onReady: (cb) => { const info = { host: "Excel", platform: "OfficeOnline" }; setTimeout(() => cb && cb(info)); return Promise.resolve(info); },
    });
    window.Office.context.displayLanguage = ${JSON.stringify(displayLanguage)};
    window.Office.context.officeTheme = { bodyBackgroundColor: ${JSON.stringify(background)} };
    window.CustomFunctions = { associate: () => undefined, Error: Error, ErrorCode: {} };`;
}

/** axe-core in the page: the serious and critical violations. */
export async function axeViolations(
  page: Page
): Promise<Array<{ id: string; impact: string; nodes: number; where: string[] }>> {
  // Through the debugging protocol: the page's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          c: Document,
          o: object
        ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ["violations"] });
    // Fluent v9's Tabster focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are a known,
    // by-design false positive of aria-hidden-focus (microsoft/fluentui#27517); Microsoft's Accessibility
    // Insights suppresses exactly these nodes, and so do we. Every other node and rule counts.
    for (const v of r.violations) {
      if (v.id === "aria-hidden-focus")
        v.nodes = (v.nodes as Array<{ html: string }>).filter(
          (n) => !n.html.includes("data-tabster-dummy")
        );
    }
    return r.violations
      .filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        where: (v.nodes as Array<{ html: string }>).map((n) => n.html.slice(0, 160)),
      }));
  });
}

/**
 * A report printed to PDF by Chromium, as an analyst's browser or an office's "Print to PDF" makes
 * it: each line of the text a justified paragraph (long words given soft hyphens, so Chromium breaks
 * them with a hyphen at a line's end), A4, with Chromium's running header (date, title) and footer
 * (the page's address, "3/7").
 */
export async function printedPdf(browser: Browser, text: string, title: string): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const soft = (s: string) =>
    s.replace(/\p{L}{12,}/gu, (w) => w.replace(/(\p{L}{5})(?=\p{L}{5})/gu, "$1\u00AD"));
  const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:12pt "DejaVu Serif",serif;text-align:justify} p{margin:0 0 4pt;text-indent:1cm}</style>
</head><body>${text
    .split("\n")
    .map((l) => `<p>${soft(esc(l))}</p>`)
    .join("\n")}</body></html>`;
  const context = await browser.newContext();
  const address = "https://edu.example.kz/reports/q.html";
  await context.route("**/*", (route) =>
    route.request().url() === address
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
      : route.abort()
  );
  const page = await context.newPage();
  await page.goto(address);
  const pdf = await page.pdf({
    format: "A4",
    displayHeaderFooter: true,
    margin: { top: "2cm", bottom: "2cm", left: "2.5cm", right: "1.5cm" },
  });
  await context.close();
  return pdf;
}
