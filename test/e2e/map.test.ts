/**
 * The Lagging panel's map at 320 px, the width Office opens a task pane at: its tiles and their
 * names, light and dark, axe clean, nothing wider than the pane; a tile chosen (mouse or keyboard)
 * selects the territory's rows — in (a fake) Excel on the data sheet, in the standalone preview in
 * the Data tab (from the button on the territory's card). Screenshots go to test-output/map-*.png; the README's (docs/screenshot-320-map.png)
 * is copied from map-preview-light.png.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { measureName } from "../../src/domain/lang";
import { territoryById, territoryName } from "../../src/domain/territories";
import { STRINGS } from "../../src/taskpane/i18n";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { describeWith } from "../helpers/engineGate";
import { axeViolations, CHROMIUM, fakeHostScript, openPage, OUTPUT, servedPane } from "./browser";

const NARROW = { width: 320, height: 900 };
const OFFICE_DARK = "#262626";

/** The map's tiles, as a screen reader meets them: each button's name and its territory. */
async function tiles(
  page: Page
): Promise<Array<{ id: string; name: string; below: string | null }>> {
  const map = page.getByRole("group", { name: /^Coverage map: Turnstiles?/ });
  await map.waitFor();
  return map.getByRole("button").evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute("data-territory") ?? "",
      name: e.getAttribute("aria-label") ?? "",
      below: e.getAttribute("data-below"),
    }))
  );
}

/** Elements reaching past the 320 px viewport, or scrolling sideways inside it. */
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
    }
    if (document.documentElement.scrollWidth > limit) out.push("the page scrolls sideways");
    return out;
  });
}

/** Every tile as the map must name it: "<name>: <n.n>% coverage, below the target" (or at or above). */
const TILE_NAME = /^[^:]+: \d{1,3}\.\d% coverage, (below the target|at or above the target)$/;

/** The tile's label as painted: its short name and its percentage, in a colour that reads on its fill. */
async function painted(tile: Locator) {
  return tile.evaluate((g) => {
    const rect = g.querySelector("rect")!;
    const layer = g.parentElement!.querySelector(
      `[data-label-of="${g.getAttribute("data-territory")}"]`
    )!;
    const texts = Array.from(layer.querySelectorAll("text"));
    return {
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
  });
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

describeWith({ Chromium: CHROMIUM }, "the map in the pane at 320 px", () => {
  const pane = servedPane();

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
    const map = page.getByRole("group", { name: /^Coverage map/ });
    for (let i = 0; i < 20; i++) {
      const p = await painted(map.getByRole("button").nth(i));
      expect(p.fits).toBe(true);
      expect(p.hidden).toBe("true");
      for (const ink of p.ink) expect(contrast(p.fill, ink)).toBeGreaterThanOrEqual(4.5);
      expect(p.texts[1]).toMatch(/^\d{1,3}%$/);
    }
    expect(await tooWide(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await map.evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(OUTPUT, `map-${name}.png`), animations: "disabled" });
    return list;
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`standalone preview, ${scheme}: the map's tiles, named and fitting, and a tile shows its territory's rows in the Data tab`, async () => {
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
      const list = await checkMap(page, `preview-${scheme}`);
      // The map follows the theme: its darkest and lightest tiles swap ends between light and dark.
      const fills = await page
        .getByRole("group", { name: /^Coverage map/ })
        .locator("g[role=button] > rect:first-of-type")
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
      // in the Data tab (test/e2e/card.test.ts checks the card).
      const almaty = page.getByRole("button", { name: /^Almaty: / });
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
        expect(await row.getByRole("cell").first().innerText()).toMatch(/^Алматы\n/);
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
      await page.getByText(/^Excel computed all \d+ figures as the report\.$/).waitFor();
      await checkMap(page, `excel-${scheme}`);
      const tile = page.getByRole("button", { name: /^Karaganda and Temirtau: / });
      await tile.click();
      await page
        .getByText(/^Karaganda and Temirtau: \d+ rows selected in the Coverage table\.$/)
        .waitFor();
      const selected = await page.evaluate(
        () => (window as unknown as { __host: { selected: string } }).__host.selected
      );
      expect(selected).toMatch(/^Coverage!A\d+:P\d+(,A\d+:P\d+)*$/);
      // The selected rows, read back from the fake Excel's sheet: the territory's, one per type.
      const rows = selected
        .replace(/^Coverage!/, "")
        .split(",")
        .flatMap((a) => {
          const [, first, last] = /^A(\d+):P(\d+)$/.exec(a)!.map(Number);
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
    const { page, errors } = await openPage(
      pane.browser,
      pane.base,
      "real",
      undefined,
      undefined,
      NARROW
    );
    await page.getByText(/Standalone preview/).waitFor();
    let current: "en" | "ru" | "kk" = "en";
    for (const [lang, own] of [
      ["ru", "Русский"],
      ["kk", "Қазақша"],
    ] as const) {
      await page.getByRole("combobox", { name: STRINGS[current].language }).click();
      await page.getByRole("option", { name: own }).click();
      current = lang;
      const t = STRINGS[lang];
      await page.getByRole("tab", { name: t.tabLagging }).click();
      for (const measure of ["turnstile", "video"] as const) {
        await page.getByRole("combobox", { name: t.measure }).click();
        await page.getByRole("option", { name: measureName(measure, lang) }).click();
        const map = page.getByRole("group", {
          name: new RegExp(
            `^${t.mapTitle.split(":")[0]}: ${measureName(measure, lang).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`
          ),
        });
        await map.waitFor();
        const buttons = await map.getByRole("button").all();
        expect(buttons).toHaveLength(20);
        for (const b of buttons) {
          const id = (await b.getAttribute("data-territory"))!;
          const name = (await b.getAttribute("aria-label"))!;
          expect(name.startsWith(`${territoryName(territoryById(id)!, lang)}: `)).toBe(true);
          expect(name.endsWith(t.mapBelow) || name.endsWith(t.mapAtTarget)).toBe(true);
          expect({ id, fits: (await painted(b)).fits }).toEqual({ id, fits: true });
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
});
