/**
 * The Lagging panel's map at 320 px, the width Office opens a task pane at: its tiles and their
 * names, light and dark, axe clean, nothing wider than the pane; a tile chosen (mouse or keyboard)
 * selects the territory's rows — in (a fake) Excel on the data sheet, in the standalone preview in
 * the Data tab (from the button on the territory's card). Screenshots go to test-output/map-*.png; the README's (docs/screenshot-320-map.png)
 * is copied from map-preview-light.png.
 *
 * The territory card in the pane at 320 px, the width Office opens a task pane at: a tile of the
 * Lagging map chosen by keyboard opens the card below the map with the focus on its heading; every
 * number it shows is the data core's answer (a DatasetStore over the same two quarters, in Node);
 * nothing wider than the pane, light and dark, in English, Kazakh and Russian, axe clean.
 * Screenshots go to test-output/card-*.png, and the README's to docs/screenshot-320-card.png.
 *
 * One build, one browser for both: the card is the map's, and the build is the slow part.
 */
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { QueryResult } from "../../src/analysis/query";
import { CARD_METRICS, CARD_TYPES, type CardMetric } from "../../src/analysis/territoryCard";
import { measureName } from "../../src/domain/lang";
import type { Measure } from "../../src/domain/measures";
import type { OrgTypeOrAll } from "../../src/domain/orgTypes";
import { territoryById, territoryName } from "../../src/domain/territories";
import { STRINGS } from "../helpers/paneStrings";
import { columnLetter } from "../../src/workbook/a1";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { COVERAGE_KEYS } from "../../src/workbook/layout";
import { describeWith } from "../helpers/engineGate";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import {
  axeViolations,
  CHROMIUM,
  fakeHostScript,
  NARROW,
  openNarrowPreview,
  openPage,
  OUTPUT,
  ROOT,
  servedPane,
  switchLanguage,
} from "./browser";

/** What an import added says: in Excel, that the EDU functions answer for it; in the preview, where it shows. */
const added = (period: string) =>
  new RegExp(
    `^Added(\\. The EDU functions now answer for ${period}\\.| ${period} to this page's data)`
  );

const OFFICE_DARK = "#262626";

/** The map's tiles, as a screen reader meets them: each button's name and its territory. */
async function tiles(
  page: Page
): Promise<Array<{ id: string; name: string; below: string | null }>> {
  const map = page.getByRole("grid", { name: /^Coverage map: Turnstiles?/ });
  await map.waitFor();
  return map.getByRole("gridcell").evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute("data-territory") ?? "",
      name: e.getAttribute("aria-label") ?? "",
      below: e.getAttribute("data-below"),
    }))
  );
}

/**
 * Elements reaching past the 320 px viewport, or scrolling sideways inside it; with `inCard`, also
 * anything overflowing inside the territory card.
 */
function tooWide(page: Page, inCard = false): Promise<string[]> {
  return page.evaluate((inCard) => {
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
      else if (inCard && e.scrollWidth > e.clientWidth + 1 && e.closest("[data-card]"))
        out.push(`${e.tagName} overflows in the card`);
    }
    if (document.documentElement.scrollWidth > limit) out.push("the page scrolls sideways");
    return out;
  }, inCard);
}

/** Every tile as the map must name it: "<name>: <n.n>% coverage, below the target" (or at or above). */
const TILE_NAME = /^[^:]+: \d{1,3}\.\d{1,3}% coverage, (below the target|at or above the target)$/;

/**
 * Each tile's label as painted: its short name and its percentage, in a colour that reads on its
 * fill; with the tile's territory and name. Read in one round trip for all the map's tiles.
 */
async function painted(map: Locator) {
  return map.getByRole("gridcell").evaluateAll((gs) =>
    gs.map((g) => {
      const rect = g.querySelector("rect")!;
      const layer = g.parentElement!.querySelector(
        `[data-label-of="${g.getAttribute("data-territory")}"]`
      )!;
      const texts = Array.from(layer.querySelectorAll("text"));
      return {
        id: g.getAttribute("data-territory") ?? "",
        name: g.getAttribute("aria-label") ?? "",
        hidden: layer.getAttribute("aria-hidden"),
        fill: getComputedStyle(rect).fill,
        ink: texts.map((t) => getComputedStyle(t).fill),
        texts: texts.map((t) => t.textContent),
        // The tile's label inside its tile.
        fits: texts.every((t) => {
          const a = t.getBoundingClientRect();
          const b = rect.getBoundingClientRect();
          return a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
        }),
      };
    })
  );
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

function mapSuite(pane: { base: string; browser: Browser }) {
  /** The map's checks that hold wherever it is shown: 20 named tiles that read and fit; axe clean. */
  async function checkMap(page: Page, name: string) {
    await page.getByRole("tab", { name: "Lagging" }).click();
    const list = await tiles(page);
    expect(list).toHaveLength(20);
    expect(new Set(list.map((t) => t.id)).size).toBe(20);
    for (const t of list) expect(t.name).toMatch(TILE_NAME);
    // Marked below the target exactly when named so; the count is the panel's own "N territories below".
    const below = list.filter((t) => t.below);
    expect(below.map((t) => t.name.endsWith("below the target"))).toEqual(below.map(() => true));
    expect(
      list.filter((t) => !t.below).every((t) => t.name.endsWith("at or above the target"))
    ).toBe(true);
    const line = await page.getByText(/^\d+ territories below \d+\.\d%$/).innerText();
    expect(below).toHaveLength(Number(line.split(" ")[0]));
    // Every tile's label reads on its fill (4.5:1 or more) and stays inside its tile.
    const map = page.getByRole("grid", { name: /^Coverage map/ });
    const all = await painted(map);
    expect(all).toHaveLength(20);
    for (const p of all) {
      expect(p.fits).toBe(true);
      expect(p.hidden).toBe("true");
      for (const ink of p.ink) expect(contrast(p.fill, ink)).toBeGreaterThanOrEqual(4.5);
      // Its real name (whole words, or a word hyphenated in two), then its figure.
      expect(p.texts[p.texts.length - 1]).toMatch(/^\d{1,3}\.\d{1,3}%$/);
      expect(p.texts.length).toBeLessThanOrEqual(3);
    }
    expect(await tooWide(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await map.evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(OUTPUT, `map-${name}.png`), animations: "disabled" });
    return list;
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`standalone preview, ${scheme}: the map's tiles, named and fitting, and a tile shows its territory's rows in the Data tab`, async () => {
      const { page, blocked, errors } = await openNarrowPreview(pane, scheme);
      const list = await checkMap(page, `preview-${scheme}`);
      // The map follows the theme: its darkest and lightest tiles swap ends between light and dark.
      const fills = await page
        .getByRole("grid", { name: /^Coverage map/ })
        .locator("g[role=gridcell] > rect:first-of-type")
        .evaluateAll((rs) => rs.map((r) => getComputedStyle(r).fill));
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor
      );
      // The least covered tile is the one closest to the pane's background, in either theme.
      const names = list.map((t) => Number(/: (\d+\.\d)%/.exec(t.name)![1]));
      const least = names.indexOf(Math.min(...names));
      const most = names.indexOf(Math.max(...names));
      expect(contrast(fills[least], background)).toBeLessThan(contrast(fills[most], background));

      // Chosen by keyboard (Tab to it, Enter): Almaty's card, and from it Almaty's rows, all types,
      // in the Data tab (the card suite below checks the card).
      const almaty = page.getByRole("gridcell", { name: /^Almaty: / });
      await almaty.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: STRINGS.en.cardShowRows }).click();
      await page.getByRole("tab", { name: "Data", selected: true }).waitFor();
      await page.getByText(/^Rows of Almaty: Turnstiles?/).waitFor();
      const table = page.getByRole("table", { name: "Data" });
      // One row per type the report gives for Almaty's turnstiles.
      expect(await table.getByRole("row").count()).toBe(1 + 3);
      for (const row of await table
        .getByRole("row")
        .all()
        .then((r) => r.slice(1)))
        expect(await row.getByRole("cell").first().innerText()).toMatch(/^Almaty\n/);
      expect(await tooWide(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Show all rows" }).click();
      expect(await table.getByRole("row").count()).toBe(241);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 180_000);

    it(`in Excel, ${scheme} Office theme: a click on a tile selects that territory's rows in the data table`, async () => {
      const { page, blocked, errors } = await openPage(
        pane.browser,
        pane.base,
        "stub",
        fakeHostScript(scheme === "dark" ? OFFICE_DARK : "#ffffff"),
        undefined,
        NARROW
      );
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByText(/Connected to Excel/).waitFor();
      await page.getByRole("button", { name: "Load into workbook" }).click();
      await page.getByText(/^Excel computed all [\d,]+ figures as the report\.$/).waitFor();
      await checkMap(page, `excel-${scheme}`);
      const tile = page.getByRole("gridcell", { name: /^Karaganda and Temirtau: / });
      await tile.click();
      await page
        .getByText(/^Karaganda and Temirtau: \d+ rows selected in the Coverage table\.$/)
        .waitFor();
      const selected = await page.evaluate(
        () => (window as unknown as { __host: { selected: string } }).__host.selected
      );
      const last = columnLetter(COVERAGE_KEYS.length - 1); // the table's last column
      expect(selected).toMatch(new RegExp(`^Coverage!A\\d+:${last}\\d+(,A\\d+:${last}\\d+)*$`));
      // The selected rows, read back from the fake Excel's sheet: the territory's, one per type.
      const rows = selected
        .replace(/^Coverage!/, "")
        .split(",")
        .flatMap((a) => {
          const [, first, last] = /^A(\d+):[A-Z]+(\d+)$/.exec(a)!.map(Number);
          return Array.from({ length: last - first + 1 }, (_, i) => first - 1 + i);
        });
      const cells = await page.evaluate(
        ({ rows, cols }) => {
          const h = (
            window as unknown as {
              __host: { model: { value(s: string, r: number, c: number): unknown } };
            }
          ).__host;
          return rows.map((r) => cols.map((c) => h.model.value("Coverage", r, c)));
        },
        {
          rows,
          cols: [
            COLUMN_INDEX.territoryId,
            COLUMN_INDEX.measure,
            COLUMN_INDEX.orgType,
            COLUMN_INDEX.period,
          ],
        }
      );
      expect(cells.map((c) => c.slice(0, 2))).toEqual(
        rows.map(() => ["city:karaganda-temirtau", "turnstile"])
      );
      expect(cells.map((c) => c[2]).sort()).toEqual(["college", "kindergarten", "school"]);
      expect(new Set(cells.map((c) => c[3]))).toEqual(new Set(["2023-Q1"]));
      expect(
        await page.getByText(/^Karaganda and Temirtau: \d+ rows selected/).innerText()
      ).toContain(`: ${rows.length} rows selected`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(OUTPUT, `map-excel-${scheme}-selected.png`),
        animations: "disabled",
      });
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 180_000);
  }
  it("in Russian and Kazakh, on both grids: each tile named in the pane's language, its label inside its tile, axe clean", async () => {
    const { page, errors } = await openNarrowPreview(pane);
    let current: "en" | "ru" | "kk" = "en";
    for (const lang of ["ru", "kk"] as const) {
      await switchLanguage(page, current, lang);
      current = lang;
      const t = STRINGS[lang];
      await page.getByRole("tab", { name: t.tabLagging }).click();
      for (const measure of ["turnstile", "video"] as const) {
        await page.getByRole("combobox", { name: t.measure }).click();
        await page.getByRole("option", { name: measureName(measure, lang) }).click();
        const map = page.getByRole("grid", {
          name: new RegExp(
            `^${t.mapTitle({ measure: "", type: "", period: "" }).split(":")[0]}: ${measureName(measure, lang).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`
          ),
        });
        await map.waitFor();
        const buttons = await painted(map);
        expect(buttons).toHaveLength(20);
        for (const { id, name, fits } of buttons) {
          expect(name.startsWith(`${territoryName(territoryById(id)!, lang)}: `)).toBe(true);
          expect(name.endsWith(t.mapBelow) || name.endsWith(t.mapAtTarget)).toBe(true);
          expect({ id, fits }).toEqual({ id, fits: true });
        }
        expect(await tooWide(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await map.evaluate((e) => e.scrollIntoView({ block: "start" }));
        await page.screenshot({
          path: join(OUTPUT, `map-preview-${lang}-${measure}.png`),
          animations: "disabled",
        });
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
}

const NEXT = quarters(2, 13);

/** The data core the pane has after the second quarter is added: the seed and that quarter. */
function core(): DatasetStore {
  const store = new DatasetStore([seedReport()]);
  store.dataset.addReport(NEXT.reports[1]);
  store.setReady();
  return store;
}

/** The second quarter added through the Import tab, as an analyst adds one. */
async function addNextQuarter(page: Page) {
  await page.getByRole("tab", { name: "Import" }).click();
  await page.getByRole("textbox", { name: "Report text" }).fill(NEXT.texts[1]);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Add as period" }).click();
  await page.getByText(added("2023-Q2")).waitFor();
}

/** Chooses a tile by keyboard (focus, Enter) and returns the card that opens. */
async function openCard(page: Page, id: string, lang: "en" | "kk" | "ru" = "en"): Promise<Locator> {
  const tile = page.locator(`g[role=gridcell][data-territory="${id}"]`);
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

function cardSuite(pane: { base: string; browser: Browser }) {
  const store = core();

  for (const scheme of ["light", "dark"] as const) {
    it(`${scheme}: a tile chosen by keyboard opens its card below the map, every number the data core's, fitting, axe clean`, async () => {
      const { page, blocked, errors } = await openNarrowPreview(pane, scheme);
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
        page.getByRole("grid", { name: /^Coverage map/ }).boundingBox(),
        card.boundingBox(),
      ]);
      expect(box!.y).toBeGreaterThan(map!.y + map!.height);
      expect(await tooWide(page, true)).toEqual([]);
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
      expect(await tooWide(page, true)).toEqual([]);

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
    const { page, errors } = await openNarrowPreview(pane, "dark");
    await addNextQuarter(page);
    let current: "en" | "kk" | "ru" = "en";
    for (const lang of ["kk", "ru"] as const) {
      await switchLanguage(page, current, lang);
      current = lang;
      await page.getByRole("tab", { name: STRINGS[lang].tabLagging }).click();
      const card = await openCard(page, "KZ-75", lang);
      expect(await checkNumbers(card, store, "KZ-75")).toBeGreaterThan(20);
      await expect(
        card.getByRole("button", { name: STRINGS[lang].cardClose }).count()
      ).resolves.toBe(1);
      expect(await tooWide(page, true)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await card.evaluate((e) => e.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(OUTPUT, `card-preview-${lang}-dark.png`) });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
}

describeWith({ Chromium: CHROMIUM }, "the map and the territory card in the pane at 320 px", () => {
  const pane = servedPane();
  describe("the map in the pane at 320 px", () => mapSuite(pane));
  describe("the territory card in the pane at 320 px", () => cardSuite(pane));
});
