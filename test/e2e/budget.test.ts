/**
 * The pane's first screen within its budget (bench/budgets.ts), in Excel and in the preview, in each
 * language, and no flash on the way to any other tab or language: at every change of the page (a
 * MutationObserver's callback runs before the browser paints), the shell says one language, every
 * style class an element of a panel uses is defined, and a tab shows either its placeholder or its
 * content. At 320 px, as Office opens the pane.
 */
import { basename } from "node:path";
import type { Page } from "playwright-core";
import { BUDGETS } from "../../bench/budgets";
import { functionsScriptsOf } from "../../bench/bundle.bench";
import type { Lang } from "../../src/taskpane/i18n";
import { buildOnce } from "../helpers/build";
import { describeWith } from "../helpers/engineGate";
import { STRINGS } from "../helpers/paneStrings";
import { CHROMIUM, fakeHostScript, openPage, servedPane, switchLanguage } from "./browser";
import { gzKbOf, openFirstScreen, type PaneMode } from "./firstScreen";

const LANGS: Lang[] = ["en", "ru", "kk"];
const tabNames = (lang: Lang) => {
  const t = STRINGS[lang];
  return [t.tabData, t.tabLoad, t.tabLagging, t.tabImport, t.tabAudit];
};

/**
 * Watches the page, in the page: each time it changes, before it paints, what would be seen. A
 * Griffel class (atomic, "f" and a hash) used by an element without a rule defining it would be an
 * element painted unstyled.
 */
const WATCH = `(() => {
  window.__frames = [];
  const defined = new Set();
  let rulesSeen = -1;
  const refresh = () => {
    let count = 0;
    for (const sheet of document.styleSheets) {
      let rules; try { rules = sheet.cssRules; } catch { continue; }
      count += rules.length;
    }
    if (count === rulesSeen) return;
    rulesSeen = count;
    defined.clear();
    const add = (rules) => { for (const rule of rules) {
      if (rule.selectorText) for (const m of rule.selectorText.matchAll(/\\.([\\w-]+)/g)) defined.add(m[1]);
      if (rule.cssRules) add(rule.cssRules);
    } };
    for (const sheet of document.styleSheets) { try { add(sheet.cssRules); } catch {} }
  };
  new MutationObserver(() => {
    const main = document.querySelector("main");
    if (!main) return;
    refresh();
    const panel = document.querySelector('[role="tabpanel"]');
    const unstyled = [];
    let checked = 0;
    for (const e of panel ? panel.querySelectorAll("[class]") : []) {
      const atomic = [...e.classList].filter((c) => /^f[0-9a-z]{5,}$/.test(c) && !c.startsWith("fui"));
      checked += atomic.length;
      const missing = atomic.filter((c) => !defined.has(c));
      if (missing.length) unstyled.push(e.tagName + "." + missing.join("."));
    }
    window.__frames.push({
      lang: main.getAttribute("lang"),
      title: document.querySelector("h1")?.textContent ?? "",
      // A Fluent tab writes its name twice: shown, and hidden bold (to reserve its width).
      tabs: [...document.querySelectorAll('[role="tab"]')].map((t) => (t.querySelector(".fui-Tab__content") ?? t).textContent.trim()),
      panel: panel ? (panel.querySelector("section") ? "content" : panel.querySelector('[role="status"]') ? "placeholder" : "empty") : "none",
      unstyled: unstyled.slice(0, 3),
      checked,
    });
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["lang", "class"] });
})();`;

interface Frame {
  lang: Lang;
  title: string;
  tabs: string[];
  panel: "content" | "placeholder" | "empty" | "none";
  unstyled: string[];
  /** The style classes looked up in this frame (so that a check of none cannot pass unseen). */
  checked: number;
}

/** What was wrong in any frame since the last look: a mixed shell, an empty tab, an unstyled element. */
async function flashes(page: Page): Promise<string[]> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: Frame[] };
    const seen = w.__frames;
    w.__frames = [];
    return seen;
  });
  const wrong = new Set<string>();
  for (const f of frames) {
    if (!LANGS.includes(f.lang)) continue;
    const t = STRINGS[f.lang];
    if (f.title !== t.appTitle || f.tabs.join("|") !== tabNames(f.lang).join("|"))
      wrong.add(`lang ${f.lang} with "${f.title}" / ${f.tabs.join(", ")}`);
    if (f.panel === "empty" || f.panel === "none")
      wrong.add(`a tab with nothing in it (${f.lang})`);
    for (const u of f.unstyled) wrong.add(`unstyled ${u}`);
  }
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.reduce((n, f) => n + f.checked, 0)).toBeGreaterThan(100);
  return [...wrong];
}

describeWith({ Chromium: CHROMIUM }, "the pane's weight and its first screens", () => {
  const pane = servedPane();
  const dist = () => buildOnce().dir;

  it.each([
    ["en-US", "en", "Unknown territory"],
    ["kk-KZ", "kk", "табылмады"],
  ])(
    "the functions' runtime in %s answers a cell within its budget, fetching only its language's messages",
    async (locale, lang, unknownWord) => {
      // The page without the pane's entry: what Office runs for the functions alone.
      const { page, errors } = await openPage(
        pane.browser,
        pane.base,
        "stub",
        `${fakeHostScript("#ffffff", locale)}
       window.CustomFunctions.associate = (id, fn) => { (window.__functions ??= {})[id] = fn; };
       window.CustomFunctions.Error = class { constructor(code, message) { this.message = message; } };`,
        /\/taskpane\.js/
      );
      try {
        await page.waitForFunction(() => (window as { __functions?: object }).__functions);
        const [answer, unknown] = await page.evaluate(async () => {
          const fns = (
            window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }
          ).__functions;
          const said = await Promise.resolve(
            fns.COVERAGE([["Алмата-Жок"]], [["school"]], [["turnstile"]])
          ).then(
            () => "no error",
            (e: { message?: string }) => e.message ?? String(e)
          );
          return [await fns.COVERAGE([["Алматы"]], [["school"]], [["turnstile"]]), said];
        });
        // A share, as Excel's cell gets it (a 1×1 array: the arguments may be ranges).
        expect(answer).toEqual([[expect.any(Number)]]);
        expect((answer as number[][])[0][0]).toBeGreaterThan(0);
        // A wrong name is said in Office's language: its messages came before the first answer.
        expect(unknown).toContain(unknownWord);
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script")
            .map((e) => e.name)
        );
        const ours = scripts
          .filter((u) => u.startsWith(pane.base))
          .map((u) => basename(new URL(u).pathname))
          // Refused above, yet listed by the browser as tried.
          .filter((f) => f !== "taskpane.js");
        const expected = functionsScriptsOf(dist());
        expect(ours.filter((f) => !f.startsWith("query-")).sort()).toEqual([...expected].sort());
        expect(ours.filter((f) => f.startsWith("query-")).map((f) => f.split(".")[0])).toEqual(
          lang === "en" ? [] : [`query-${lang}`]
        );
        expect(gzKbOf(dist(), ours)).toBeLessThanOrEqual(BUDGETS.functionsJsGzKb);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    60_000
  );

  describe.each(["excel", "preview"] as PaneMode[])("in %s", (mode) => {
    it.each(LANGS)(
      "opens in %s within the budget, one language fetched, every tab and a language switch without a flash",
      async (lang) => {
        const first = await openFirstScreen(pane.browser, pane.base, dist(), mode, lang);
        const { page } = first;
        try {
          expect(first.gzKb).toBeLessThanOrEqual(BUDGETS.taskpaneInitialJsGzKb);
          // One language at a time: its own strings, no other's.
          const strings = first.scripts.filter((s) => s.startsWith("strings-"));
          expect(strings.map((s) => s.split(".")[0])).toEqual([`strings-${lang}`]);
          // Its messages (what a load, an import or the audit says) come after the first screen.
          expect(first.scripts.filter((s) => /^(messages|query)-/.test(s))).toEqual([]);
          if (lang !== "en")
            await page.waitForFunction(
              (l) =>
                performance
                  .getEntriesByType("resource")
                  .some((e) => new URL(e.name).pathname.includes(`/messages-${l}.`)),
              lang
            );
          await page.evaluate(WATCH);
          for (const name of tabNames(lang)) {
            await page.getByRole("tab", { name }).click();
            // Each panel is a region named as its tab.
            await page.getByRole("region", { name, exact: true }).waitFor();
          }
          const other = LANGS.find((l) => l !== lang)!;
          await switchLanguage(page, lang, other);
          await page.getByRole("heading", { level: 1, name: STRINGS[other].appTitle }).waitFor();
          for (const name of tabNames(other).slice(0, 3)) {
            await page.getByRole("tab", { name }).click();
            // Each panel is a region named as its tab.
            await page.getByRole("region", { name, exact: true }).waitFor();
          }
          expect(await flashes(page)).toEqual([]);
        } finally {
          await page.context().close();
        }
      },
      120_000
    );
  });
});
