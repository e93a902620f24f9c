/**
 * The territory card in the pane at 320 px, the width Office opens a task pane at: a tile of the
 * Lagging map chosen by keyboard opens the card below the map with the focus on its heading; every
 * number it shows is the data core's answer (a DatasetStore over the same two quarters, in Node);
 * nothing wider than the pane, light and dark, in English, Kazakh and Russian, axe clean.
 * Screenshots go to test-output/card-*.png, and the README's to docs/screenshot-320-card.png.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { QueryResult } from "../../src/analysis/query";
import { CARD_METRICS, CARD_TYPES, type CardMetric } from "../../src/analysis/territoryCard";
import type { Measure } from "../../src/domain/measures";
import type { OrgTypeOrAll } from "../../src/domain/orgTypes";
import { territoryById, territoryName } from "../../src/domain/territories";
import { STRINGS } from "../../src/taskpane/i18n";
import { describeWith } from "../helpers/engineGate";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { axeViolations, CHROMIUM, openPage, OUTPUT, ROOT, servedPane } from "./browser";

const NARROW = { width: 320, height: 900 };
const NEXT = quarters(2, 13);

/** The data core the pane has after the second quarter is added: the seed and that quarter. */
function core(): DatasetStore {
  const store = new DatasetStore([seedReport()]);
  store.dataset.addReport(NEXT.reports[1]);
  store.setReady();
  return store;
}

/** Elements reaching past the 320 px viewport, or scrolling sideways inside it (as map.test.ts). */
function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const e of Array.from(document.body.querySelectorAll("*"))) {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const overflowX = getComputedStyle(e).overflowX;
      if (r.right > limit + 0.5 || r.left < -0.5)
        out.push(`${e.tagName} ${Math.round(r.left)}…${Math.round(r.right)}`);
      else if ((overflowX === "auto" || overflowX === "scroll") && e.scrollWidth > e.clientWidth)
        out.push(`${e.tagName} scrolls`);
      else if (e.scrollWidth > e.clientWidth + 1 && e.closest("[data-card]"))
        out.push(`${e.tagName} overflows in the card`);
    }
    if (document.documentElement.scrollWidth > limit) out.push("the page scrolls sideways");
    return out;
  });
}

/** The second quarter added through the Import tab, as an analyst adds one. */
async function addNextQuarter(page: Page) {
  await page.getByRole("tab", { name: "Import" }).click();
  await page.getByRole("textbox", { name: "Report text" }).fill(NEXT.texts[1]);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Add as period" }).click();
  await page.getByText("Added. The EDU functions now answer for 2023-Q2.").waitFor();
}

/** Chooses a tile by keyboard (focus, Enter) and returns the card that opens. */
async function openCard(page: Page, id: string, lang: "en" | "kk" | "ru" = "en"): Promise<Locator> {
  const tile = page.locator(`g[role=button][data-territory="${id}"]`);
  await tile.focus();
  await page.keyboard.press("Enter");
  const card = page.getByRole("region", { name: territoryName(territoryById(id)!, lang) });
  await card.waitFor();
  // The focus is on the card's heading.
  expect(
    await page.evaluate(() => {
      const a = document.activeElement!;
      return { tag: a.tagName, inCard: a.closest("[data-card]") !== null };
    })
  ).toEqual({ tag: "H2", inCard: true });
  return card;
}

function answer(
  store: DatasetStore,
  name: string,
  measure: Measure,
  orgType: OrgTypeOrAll,
  metric: CardMetric,
  period: string
): QueryResult<number> {
  const q = store.queries;
  switch (metric) {
    case "coverage":
      return q.coverage(name, orgType, measure, period);
    case "covered":
    case "total": {
      const f = q.figures(name, orgType, measure, period);
      return f.ok ? { ok: true, value: f.value[metric] } : f;
    }
    case "stated":
      return q.stated(name, orgType, measure, period);
    case "rank":
      return q.rank(name, orgType, measure, period);
    case "change": {
      const c = q.change(name, orgType, measure, undefined, period);
      return c.ok ? { ok: true, value: c.value.points } : c;
    }
  }
}

/** Every cell of the card as the browser shows it, against the data core; how many numbers. */
async function checkNumbers(card: Locator, store: DatasetStore, id: string): Promise<number> {
  const tables = await card.evaluate((c) =>
    Array.from(c.querySelectorAll("table")).map((t) => ({
      measure: t.getAttribute("data-measure")!,
      rows: Array.from(t.querySelectorAll("tbody tr")).map((r) =>
        Array.from(r.querySelectorAll("td")).map((d) => (d as HTMLElement).innerText.trim())
      ),
    }))
  );
  const name = territoryById(id)!.nameRu;
  const period = store.dataset.latestPeriod()!;
  let numbers = 0;
  expect(tables.length).toBeGreaterThan(0);
  for (const { measure, rows } of tables) {
    expect(rows).toHaveLength(CARD_METRICS.length);
    rows.forEach((cells, r) => {
      const metric = CARD_METRICS[r];
      expect(cells).toHaveLength(CARD_TYPES.length);
      cells.forEach((text, c) => {
        const want = answer(store, name, measure as Measure, CARD_TYPES[c], metric, period);
        const where = `${id} ${measure} ${CARD_TYPES[c]} ${metric}`;
        if (!want.ok) {
          // A dash on screen (and "no figure" for a screen reader).
          expect({ where, dash: text.startsWith("—") }).toEqual({ where, dash: true });
          return;
        }
        numbers++;
        const n = Number(text.replace("%", "").replace("−", "-").replace("+", ""));
        const share = metric === "coverage" || metric === "stated" || metric === "change";
        expect({ where, ok: Number.isFinite(n) }).toEqual({ where, ok: true });
        if (share) expect(Math.abs(n / 100 - want.value)).toBeLessThanOrEqual(0.0005 + 1e-9);
        else expect({ where, n }).toEqual({ where, n: want.value });
      });
    });
  }
  return numbers;
}

describeWith({ Chromium: CHROMIUM }, "the territory card in the pane at 320 px", () => {
  const pane = servedPane();
  const store = core();

  for (const scheme of ["light", "dark"] as const) {
    it(`${scheme}: a tile chosen by keyboard opens its card below the map, every number the data core's, fitting, axe clean`, async () => {
      const { page, blocked, errors } = await openPage(
        pane.browser,
        pane.base,
        "real",
        undefined,
        undefined,
        NARROW
      );
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByText(/Standalone preview/).waitFor();
      await addNextQuarter(page);
      await page.getByRole("tab", { name: "Lagging" }).click();

      // A city of republican status (four measures) and a city group, on the cities' map.
      for (const id of ["city:karaganda-temirtau", "KZ-75"]) {
        const card = await openCard(page, id);
        expect(await checkNumbers(card, store, id)).toBeGreaterThan(20);
        await expect(card.getByText("Compared with").count()).resolves.toBe(1);
      }
      const card = page.getByRole("region", { name: "Almaty" });
      // Below the map.
      const [map, box] = await Promise.all([
        page.getByRole("group", { name: /^Coverage map/ }).boundingBox(),
        card.boundingBox(),
      ]);
      expect(box!.y).toBeGreaterThan(map!.y + map!.height);
      expect(await tooWide(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await card.evaluate((e) => e.scrollIntoView({ block: "start" }));
      const shot = await card.boundingBox();
      const clip = {
        x: 0,
        y: Math.max(0, shot!.y - 8),
        width: NARROW.width,
        height: Math.min(NARROW.height, shot!.height + 16),
      };
      await page.screenshot({ path: join(OUTPUT, `card-preview-${scheme}.png`), clip });
      if (scheme === "light")
        await page.screenshot({ path: join(ROOT, "docs/screenshot-320-card.png"), clip });

      // A region, on the regions' map (video).
      await page.getByRole("combobox", { name: "Measure" }).click();
      await page.getByRole("option", { name: /^Video surveillance/ }).click();
      const region = await openCard(page, "KZ-35");
      expect(await checkNumbers(region, store, "KZ-35")).toBeGreaterThan(10);
      expect(await tooWide(page)).toEqual([]);

      // Closed: the focus goes back to the tile.
      await region.getByRole("button", { name: "Close" }).click();
      await region.waitFor({ state: "detached" });
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute("data-territory"))
      ).toBe("KZ-35");
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }

  it("in Kazakh and Russian, dark: the card's longest words fit at 320 px (broken at syllables), axe clean", async () => {
    const { page, errors } = await openPage(
      pane.browser,
      pane.base,
      "real",
      undefined,
      undefined,
      NARROW
    );
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByText(/Standalone preview/).waitFor();
    await addNextQuarter(page);
    let current: "en" | "kk" | "ru" = "en";
    for (const [lang, own] of [
      ["kk", "Қазақша"],
      ["ru", "Русский"],
    ] as const) {
      await page.getByRole("combobox", { name: STRINGS[current].language }).click();
      await page.getByRole("option", { name: own }).click();
      current = lang;
      await page.getByRole("tab", { name: STRINGS[lang].tabLagging }).click();
      const card = await openCard(page, "KZ-75", lang);
      expect(await checkNumbers(card, store, "KZ-75")).toBeGreaterThan(20);
      await expect(
        card.getByRole("button", { name: STRINGS[lang].cardClose }).count()
      ).resolves.toBe(1);
      expect(await tooWide(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await card.evaluate((e) => e.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(OUTPUT, `card-preview-${lang}-dark.png`) });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
