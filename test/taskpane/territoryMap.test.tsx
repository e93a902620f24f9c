/**
 * @jest-environment jsdom
 */
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { Lang } from "../../src/domain/lang";
import { measureInfo, MEASURE_IDS } from "../../src/domain/measures";
import { ORG_TYPE_NAMES } from "../../src/domain/orgTypes";
import { territoriesAt, territoryById, territoryName } from "../../src/domain/territories";
import { tileName, tileOf } from "../../src/domain/tileGrid";
import { digitsApart, formatPercent } from "../../src/domain/numbers";
import type { PaneHost, TerritoryRows } from "../../src/host/paneHost";
import { App } from "../../src/taskpane/App";
import { contrast, coverageFill, labelColor } from "../../src/taskpane/components/TerritoryMap";
import { MAP_SCALE } from "../../src/workbook/mapSheet";
import { LangContext } from "../../src/taskpane/i18n";
import { STRINGS } from "../helpers/paneStrings";
import { LaggingPanel } from "../../src/taskpane/panels/LaggingPanel";
import { previewHost } from "../../src/taskpane/previewHost";
import { PaneTheme } from "../../src/taskpane/theme";
import { ALL_TYPES, DEFAULT_FAR_BELOW_FACTOR } from "../../src/workbook/layout";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { choose as chooseOption } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/** The datasets the tests share, built once: the seed alone, and with a second quarter. */
const onePeriod = new DatasetStore([seedReport()]);
onePeriod.setReady();
const twoPeriods = new DatasetStore([seedReport()]);
twoPeriods.dataset.addReport(quarters(2, 13).reports[1]);
twoPeriods.setReady();

/**
 * The Lagging panel alone, as App mounts it (its language and theme around it): what the map's
 * tests need, without the rest of the pane (Fluent is slow in jsdom).
 */
function renderPanel(host: PaneHost, lang: Lang = "en", store = onePeriod): HTMLElement {
  return render(
    <LangContext.Provider value={lang}>
      <PaneTheme dark={false}>
        <LaggingPanel store={store} host={host} onShowRows={() => undefined} />
      </PaneTheme>
    </LangContext.Provider>
  ).container;
}

/** Picks an option of one of the pane's choices, named by its label. */
function choose(pane: HTMLElement, label: string, option: string) {
  chooseOption(within(pane).getByRole("combobox", { name: label }), option);
}

/** The map: the SVG grid named by its caption, and its tiles (grid cells) with their territory. */
function mapTiles(pane: HTMLElement) {
  const map = within(pane).getByRole("grid", {
    name: /^Coverage map|^Карта охвата|^Қамту картасы/,
  });
  return within(map as HTMLElement)
    .getAllByRole("gridcell")
    .map((e) => ({
      el: e,
      id: e.getAttribute("data-territory")!,
      name: e.getAttribute("aria-label")!,
      below: e.getAttribute("data-below"),
      // The painted label: a layer over the button, hidden from assistive technology (its name says it).
      texts: [
        ...e.parentElement!.querySelectorAll(
          `[data-label-of="${e.getAttribute("data-territory")}"] text`
        ),
      ].map((x) => x.textContent),
    }));
}

/** The figure a tile shows: as many decimals as keep it apart from the target. */
const shown = (share: number, target: number) =>
  formatPercent("en", share, digitsApart(share, target));
/** A tile's painted figure: its last line. */
const figureOf = (tile: { texts: Array<string | null> }) => tile.texts[tile.texts.length - 1];

describe("the Lagging panel's map", () => {
  it("shows, for every measure and type, each territory of the measure's level with the data core's coverage, marked below the target as the bars", () => {
    const store = twoPeriods;
    const pane = renderPanel({ ...previewHost }, "en", store);
    const period = store.dataset.latestPeriod()!;
    expect(period).toBe("2023-Q2");
    let compared = 0;
    for (const measure of MEASURE_IDS) {
      choose(pane, "Measure", measureInfo(measure).nameEn);
      for (const orgType of ALL_TYPES) {
        choose(pane, "Type", ORG_TYPE_NAMES[orgType].en);
        const level = measureInfo(measure).level;
        expect(
          within(pane).getByText(
            `Coverage map: ${measureInfo(measure).nameEn}, ${ORG_TYPE_NAMES[orgType].en}, ${period}`
          )
        ).toBeTruthy();
        const tiles = mapTiles(pane);
        // One tile per territory of the level, each once, at its place on the grid.
        expect(tiles.map((t) => t.id).sort()).toEqual(
          territoriesAt(level)
            .map((t) => t.id)
            .sort()
        );
        const lagging = store.queries.lagging(measure, orgType);
        if (!lagging.ok) throw new Error(lagging.error.message);
        const target = lagging.value.threshold;
        for (const tile of tiles) {
          const territory = territoryById(tile.id)!;
          expect(tileOf(level, tile.id)).toBeDefined();
          // Asked by name, as EDU.COVERAGE asks: the data core's own answer for this cell.
          const coverage = store.queries.coverage(territory.nameRu, orgType, measure, period);
          if (!coverage.ok) {
            expect(tile.name).toBe(`${territory.nameEn}: no figure in the report`);
            expect(figureOf(tile)).toBe("—");
            continue;
          }
          const below = coverage.value < target;
          expect(tile.name).toBe(
            `${territory.nameEn}: ${shown(coverage.value, target)} coverage, ${below ? "below the target" : "at or above the target"}`
          );
          expect(figureOf(tile)).toBe(shown(coverage.value, target));
          // Framed below, it never shows the target's own figure.
          if (below) expect(figureOf(tile)).not.toBe(formatPercent("en", target));
          // Its name: a real one, whole or hyphenated, never cut to a few letters.
          expect(tile.texts.slice(0, -1).join(" ").replace(/- /g, "")).toBe(
            tileName(territory, "en")
          );
          expect(tile.below).toBe(
            below ? (coverage.value < DEFAULT_FAR_BELOW_FACTOR * target ? "far" : "near") : null
          );
          compared++;
        }
        // The tiles marked below are exactly the Lagging bars' territories.
        expect(
          tiles
            .filter((t) => t.below)
            .map((t) => t.id)
            .sort()
        ).toEqual(lagging.value.rows.map((r) => r.territory.id).sort());
      }
    }
    expect(compared).toBeGreaterThan(250);
  });

  it("follows a typed target: the tiles below it are the bars' territories", () => {
    const store = onePeriod;
    const pane = renderPanel({ ...previewHost });
    fireEvent.change(within(pane).getByPlaceholderText("54.4"), { target: { value: "80" } });
    const lagging = store.queries.lagging("turnstile", "all", 0.8);
    if (!lagging.ok) throw new Error(lagging.error.message);
    const below = mapTiles(pane).filter((t) => t.below);
    expect(below.length).toBeGreaterThan(5);
    expect(below.map((t) => t.id).sort()).toEqual(
      lagging.value.rows.map((r) => r.territory.id).sort()
    );
  });

  it("one Tab stop for the map: arrow keys move between tiles by their places, Home and End to the ends", () => {
    const pane = renderPanel({ ...previewHost });
    const tiles = mapTiles(pane);
    const tabbable = tiles.filter((t) => t.el.getAttribute("tabindex") === "0");
    expect(tabbable).toHaveLength(1);
    const at = (id: string) => tiles.find((t) => t.id === id)!.el;
    // Turnstiles: the city grid. Oral (west, top row) → right: the next tile of its row.
    at("city:oral").focus();
    fireEvent.keyDown(at("city:oral"), { key: "ArrowRight" });
    const right = document.activeElement!.getAttribute("data-territory");
    expect(tileOf("city", right!)!.row).toBe(tileOf("city", "city:oral")!.row);
    expect(tileOf("city", right!)!.col).toBeGreaterThan(tileOf("city", "city:oral")!.col);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    // Down: a tile further south, in the same column where there is one.
    const down = tileOf("city", document.activeElement!.getAttribute("data-territory")!)!;
    expect(down.row).toBeGreaterThan(tileOf("city", right!)!.row);
    expect(down.col).toBe(tileOf("city", right!)!.col);
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(tiles[tiles.length - 1].el);
    // The tile focused last is the map's one Tab stop now.
    expect(mapTiles(pane).filter((t) => t.el.getAttribute("tabindex") === "0")).toHaveLength(1);
    expect(tiles[tiles.length - 1].el.getAttribute("tabindex")).toBe("0");
  });

  it("a tile framed below a target it rounds to shows more decimals: frame and figure agree", () => {
    const store = onePeriod;
    // A territory whose coverage rounds up at one decimal: that rounded figure as the target.
    const rows = store.queries.lagging("turnstile", "all", 1);
    if (!rows.ok) throw new Error(rows.error.message);
    const row = rows.value.rows.find(
      (r) => Number((r.coverage * 100).toFixed(1)) / 100 > r.coverage && r.coverage > 0
    )!;
    const typed = (row.coverage * 100).toFixed(1);
    const pane = renderPanel({ ...previewHost });
    fireEvent.change(within(pane).getByPlaceholderText("54.4"), { target: { value: typed } });
    const tile = mapTiles(pane).find((t) => t.id === row.territory.id)!;
    expect(tile.below).not.toBeNull();
    expect(figureOf(tile)).not.toBe(`${typed}%`);
    expect(figureOf(tile)).toBe(shown(row.coverage, Number(typed) / 100));
  });

  it.each(["ru", "kk"] as const)("names each tile in the pane's language (%s)", (lang) => {
    const tiles = mapTiles(renderPanel({ ...previewHost }, lang));
    expect(tiles).toHaveLength(20);
    for (const tile of tiles) {
      const name = territoryName(territoryById(tile.id)!, lang);
      expect(tile.name.startsWith(`${name}: `)).toBe(true);
      expect(tile.name).toMatch(
        lang === "ru" ? /(ниже цели|не ниже цели)$/ : /(мақсаттан төмен|мақсаттан төмен емес)$/
      );
    }
  });

  it("in the preview, a tile (click, Enter or Space) opens its card, whose button shows that territory's rows in the Data tab", () => {
    const store = onePeriod;
    const { container: pane } = render(
      <App host={{ ...previewHost }} store={store} startupProblem={null} initialLang="en" />
    );
    const screen = within(pane);
    fireEvent.click(screen.getByRole("tab", { name: STRINGS.en.tabLagging }));
    choose(pane, "Type", ORG_TYPE_NAMES.school.en);
    const tile = mapTiles(pane).find((t) => t.id === "KZ-75")!;
    fireEvent.click(tile.el);
    fireEvent.click(screen.getByRole("button", { name: STRINGS.en.cardShowRows }));
    expect(screen.getByRole("tab", { name: "Data", selected: true })).toBeTruthy();
    expect(
      screen.getByText(
        `Rows of Almaty: ${measureInfo("turnstile").nameEn}, ${ORG_TYPE_NAMES.school.en}`
      )
    ).toBeTruthy();
    const table = screen.getByRole("table", { name: "Data" }) as HTMLTableElement;
    const want = store.dataset
      .records(store.dataset.latestPeriod()!)
      .filter(
        (r) => r.territoryId === "KZ-75" && r.measure === "turnstile" && r.orgType === "school"
      );
    expect(want).toHaveLength(1);
    // (The table's own rows, not role queries: jsdom's are slow on a table of 241 rows.)
    expect(table.rows).toHaveLength(1 + want.length);
    // "Show all rows" brings the whole table back.
    fireEvent.click(screen.getByRole("button", { name: "Show all rows" }));
    expect(table.rows).toHaveLength(241);

    // By keyboard, all types: the territory's row of each type.
    fireEvent.click(screen.getByRole("tab", { name: "Lagging" }));
    choose(pane, "Measure", measureInfo("video").nameEn);
    const region = mapTiles(pane).find((t) => t.id === "KZ-35")!;
    fireEvent.keyDown(region.el, { key: " " });
    fireEvent.click(screen.getByRole("button", { name: STRINGS.en.cardShowRows }));
    const rows = store.dataset
      .records(store.dataset.latestPeriod()!)
      .filter((r) => r.territoryId === "KZ-35" && r.measure === "video");
    expect(rows.length).toBe(3);
    expect(
      Array.from((screen.getByRole("table", { name: "Data" }) as HTMLTableElement).rows)
        .slice(1)
        // Named as the pane names territories in its language.
        .map((r) => r.cells[0].textContent!.startsWith(territoryById("KZ-35")!.nameEn))
    ).toEqual([true, true, true]);
  });

  it("in Excel, a tile asks the host to select the territory's rows, and says how many it selected", async () => {
    const asked: TerritoryRows[] = [];
    const host: PaneHost = {
      ...previewHost,
      kind: "excel",
      selectTerritory: async (rows) => {
        asked.push(rows);
        if (rows.territoryId === "city:taraz") return { rows: 0, selected: 0 };
        // Below ExcelApi 1.18 Excel selects the first block only (selectTerritory.ts).
        return rows.territoryId === "KZ-75" ? { rows: 3, selected: 1 } : { rows: 3, selected: 3 };
      },
    };
    const pane = renderPanel(host);
    const screen = within(pane);
    const tile = mapTiles(pane).find((t) => t.id === "KZ-71")!;
    fireEvent.keyDown(tile.el, { key: "Enter" });
    await screen.findByText("Astana: 3 rows selected in the Coverage table.");
    fireEvent.click(mapTiles(pane).find((t) => t.id === "city:taraz")!.el);
    await screen.findByText(
      "Taraz: the Coverage table has no rows for this measure, type and period. Load them first."
    );
    // Where Excel selected only the first block of the rows, the message says so.
    fireEvent.click(mapTiles(pane).find((t) => t.id === "KZ-75")!.el);
    await screen.findByText(
      /: 1 of its 3 rows selected in the Coverage table, the first block only: .*ExcelApi 1\.18/
    );
    expect(asked).toEqual([
      { territoryId: "KZ-71", measure: "turnstile", orgType: "all", period: "2023-Q1" },
      { territoryId: "city:taraz", measure: "turnstile", orgType: "all", period: "2023-Q1" },
      { territoryId: "KZ-75", measure: "turnstile", orgType: "all", period: "2023-Q1" },
    ]);
    // A failure is said like any other action's.
    host.selectTerritory = async () => {
      throw new Error("The sheet is gone");
    };
    fireEvent.click(mapTiles(pane).find((t) => t.id === "KZ-75")!.el);
    await waitFor(() => expect(screen.queryByText(/rows selected/)).toBeNull());
    expect(screen.getByText(/The sheet is gone/)).toBeTruthy();
  });
});

describe("the map's colours", () => {
  it.each([
    ["light", "#ffffff", false],
    ["dark", "#1f1f1f", true],
  ] as const)(
    "follow the pane's theme, as App decides it from Office's background (%s)",
    (_, officeBackground, dark) => {
      const store = new DatasetStore([seedReport()]);
      store.setReady();
      const { container: pane } = render(
        <App
          host={{ ...previewHost }}
          store={store}
          startupProblem={null}
          initialLang="en"
          officeBackground={officeBackground}
        />
      );
      fireEvent.click(within(pane).getByRole("tab", { name: STRINGS.en.tabLagging }));
      const period = store.dataset.latestPeriod()!;
      let compared = 0;
      for (const tile of mapTiles(pane)) {
        const coverage = store.queries.coverage(
          territoryById(tile.id)!.nameRu,
          "all",
          "turnstile",
          period
        );
        if (!coverage.ok) continue;
        expect(tile.el.querySelector("rect")!.getAttribute("fill")).toBe(
          coverageFill(coverage.value, dark)
        );
        compared++;
      }
      expect(compared).toBeGreaterThan(10);
    }
  );

  it("every shade has a label colour at 4.5:1 or more, in light and dark", () => {
    for (const dark of [false, true])
      for (let i = 0; i <= 100; i++) {
        const fill = coverageFill(i / 100, dark);
        expect(contrast(fill, labelColor(fill))).toBeGreaterThanOrEqual(4.5);
      }
  });

  it("the workbook's Map speaks the pane's colour language, and its black figures read on every shade", () => {
    // An Excel colour scale blends linearly between its points and cannot switch the font, so the
    // workbook's figures stay black (the cell's automatic colour) on all of it.
    const at = (v: number) => {
      const i = v <= MAP_SCALE[1].value ? 0 : 1;
      const [a, b] = [MAP_SCALE[i], MAP_SCALE[i + 1]];
      const f = (v - a.value) / (b.value - a.value);
      const mix = (k: number) => {
        const [x, y] = [a.color, b.color].map((c) => parseInt(c.slice(k, k + 2), 16));
        return Math.round(x + (y - x) * f)
          .toString(16)
          .padStart(2, "0");
      };
      return `#${mix(1)}${mix(3)}${mix(5)}`;
    };
    for (let i = 0; i <= 100; i++) {
      expect(at(i / 100)).toBe(coverageFill(i / 100, false));
      expect(contrast(at(i / 100), "#000000")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("more coverage stands further from the pane's background, in both themes", () => {
    for (const [dark, background] of [
      [false, "#ffffff"],
      [true, "#292929"],
    ] as const) {
      const steps = [0, 0.25, 0.5, 0.75, 1].map((c) => contrast(coverageFill(c, dark), background));
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(steps[4]).toBeGreaterThan(4.5);
    }
  });
});
