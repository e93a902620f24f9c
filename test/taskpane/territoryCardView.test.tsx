/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { QueryResult } from "../../src/analysis/query";
import {
  CARD_METRICS,
  CARD_TYPES,
  type CardMetric,
  cardMeasureName,
  cardMetricName,
  cardTextField,
  cardTypeName,
  territoryCard,
} from "../../src/analysis/territoryCard";
import type { Lang } from "../../src/domain/lang";
import { type Measure, measureInfo, MEASURES } from "../../src/domain/measures";
import type { OrgTypeOrAll } from "../../src/domain/orgTypes";
import { territoryById, territoryName } from "../../src/domain/territories";
import type { PaneHost, TerritoryRows } from "../../src/host/paneHost";
import { App } from "../../src/taskpane/App";
import { LangContext } from "../../src/taskpane/i18n";
import { STRINGS } from "../helpers/paneStrings";
import { LaggingPanel } from "../../src/taskpane/panels/LaggingPanel";
import { previewHost } from "../../src/taskpane/previewHost";
import { PaneTheme } from "../../src/taskpane/theme";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { choose as chooseOption } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/** The two datasets the cases share, built once: the seed alone, and with a second quarter (changes). */
const onePeriod = new DatasetStore([seedReport()]);
onePeriod.setReady();
const twoPeriods = new DatasetStore([seedReport()]);
twoPeriods.dataset.addReport(quarters(2, 13).reports[1]);
twoPeriods.setReady();

/**
 * The Lagging panel alone, as App mounts it (its language and theme around it), over the two
 * quarters: what the card's tests need, without the rest of the pane (Fluent is slow in jsdom).
 */
function renderPanel(host: PaneHost = { ...previewHost }, lang: Lang = "en", store = twoPeriods) {
  const r = render(
    <LangContext.Provider value={lang}>
      <PaneTheme dark={false}>
        <LaggingPanel store={store} host={host} onShowRows={() => undefined} />
      </PaneTheme>
    </LangContext.Provider>
  );
  return { store, pane: r.container, unmount: r.unmount };
}

/** The whole pane on the Lagging tab, over the two quarters (for what App itself does). */
function renderApp(host: PaneHost = { ...previewHost }) {
  const { container } = render(
    <App host={host} store={twoPeriods} startupProblem={null} initialLang="en" />
  );
  fireEvent.click(within(container).getByRole("tab", { name: STRINGS.en.tabLagging }));
  return container;
}

/** Picks an option of one of the pane's choices, named by its label. */
function choose(pane: HTMLElement, label: string, option: string) {
  chooseOption(within(pane).getByRole("combobox", { name: label }), option);
}

/** A territory's tile: the grid cell (to assistive technology) in the map's grid that stands for it. */
function tile(pane: HTMLElement, id: string): HTMLElement {
  const map = within(pane).getByRole("grid", {
    name: /^Coverage map|^Карта охвата|^Қамту картасы/,
  });
  // Its own group: the cell and its painted label (hidden from assistive technology).
  const own = map.querySelector(`[data-territory="${id}"]`)!.parentElement!;
  const button = within(own).getByRole("gridcell");
  expect(button.getAttribute("data-territory")).toBe(id);
  return button;
}

/** The card on screen: its region (named by its heading). */
function cardOf(pane: HTMLElement, id: string, lang: Lang = "en"): HTMLElement {
  return within(pane).getByRole("region", { name: territoryName(territoryById(id)!, lang) });
}

/** The number a cell shows, as a share for percentages and points, else as it is; null for "—". */
function shown(metric: CardMetric, text: string): number | null {
  if (text.startsWith("—")) return null;
  const n = Number(text.replace("%", "").replace("−", "-").replace("+", ""));
  expect(Number.isFinite(n)).toBe(true);
  return metric === "coverage" || metric === "stated" || metric === "change" ? n / 100 : n;
}

/** What the query core answers for one of the card's cells (the EDU function's question). */
function answer(
  store: DatasetStore,
  name: string,
  measure: Measure,
  orgType: OrgTypeOrAll,
  metric: CardMetric,
  period: string
): QueryResult<number> {
  const q = store.queries;
  const counts = () => q.figures(name, orgType, measure, period);
  switch (metric) {
    case "coverage":
      return q.coverage(name, orgType, measure, period);
    case "covered":
    case "total": {
      const f = counts();
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

/**
 * Every cell of every table on the card against the query core: a number where the core answers
 * (equal to the shown precision: 0.1 % for shares and points, exact for counts and ranks), "—"
 * where it does not; one table per measure the core answers anything for. Returns how many numbers.
 */
function checkFigures(
  store: DatasetStore,
  pane: HTMLElement,
  id: string,
  lang: Lang = "en"
): number {
  const territory = territoryById(id)!;
  const period = store.dataset.latestPeriod()!;
  const card = cardOf(pane, id, lang);
  const tables = within(card).getAllByRole("table");
  const answered = MEASURES.filter((m) => territory.levels.includes(m.level))
    .map((m) => m.id)
    .filter((m) =>
      CARD_TYPES.some((o) =>
        CARD_METRICS.some((k) => answer(store, territory.nameRu, m, o, k, period).ok)
      )
    );
  expect(tables.map((t) => t.getAttribute("data-measure"))).toEqual(answered);
  let numbers = 0;
  for (const table of tables) {
    const measure = table.getAttribute("data-measure") as Measure;
    expect(within(table).getByText(cardMeasureName(measure, lang)).tagName).toBe("CAPTION");
    // (DOM queries, not roles, in these loops: jsdom's role queries are slow on a card of 100 cells.)
    const [head, ...body] = Array.from(table.querySelectorAll("tr"));
    // Columns: the card's types in its order, each named with the card's own word.
    const columns = Array.from(head.querySelectorAll("th[scope=col]"));
    expect(columns).toHaveLength(CARD_TYPES.length);
    CARD_TYPES.forEach((o, i) => expect(columns[i].textContent).toContain(cardTypeName(o, lang)));
    // Rows: the card's figures, named as its fields end.
    // (Soft hyphens aside: the heads may break at them at 320 px.)
    expect(
      body.map((r) => r.querySelector("th[scope=row]")!.textContent!.replace(/\u00AD/g, ""))
    ).toEqual(CARD_METRICS.map((k) => cardMetricName(k, lang)));
    body.forEach((row, r) => {
      const metric = CARD_METRICS[r];
      const cells = Array.from(row.querySelectorAll("td"));
      expect(cells).toHaveLength(CARD_TYPES.length);
      CARD_TYPES.forEach((orgType, c) => {
        const want = answer(store, territory.nameRu, measure, orgType, metric, period);
        const got = shown(metric, cells[c].textContent!);
        const where = `${id} ${measure} ${orgType} ${metric}`;
        if (!want.ok) {
          expect({ where, got }).toEqual({ where, got: null });
          expect(cells[c].textContent).toContain(STRINGS[lang].cardNoFigure);
          return;
        }
        numbers++;
        expect({ where, got: got !== null }).toEqual({ where, got: true });
        if (metric === "covered" || metric === "total" || metric === "rank")
          expect({ where, got }).toEqual({ where, got: want.value });
        else expect(Math.abs(got! - want.value)).toBeLessThanOrEqual(0.0005 + 1e-9);
      });
    });
  }
  return numbers;
}

describe("the territory card in the pane", () => {
  it.each([
    ["KZ-75", "turnstile", "a city of republican status (both grids)"],
    ["city:karaganda-temirtau", "turnstile", "a city group"],
    ["city:taraz", "panic", "another city group"],
    ["KZ-35", "video", "a region"],
    ["KZ-19", "video", "another region"],
  ] as const)(
    "%s (%s; %s): every number it shows is the query core's answer",
    (id, measure, _what) => {
      const { store, pane } = renderPanel();
      choose(pane, "Measure", measureInfo(measure).nameEn);
      fireEvent.click(tile(pane, id));
      const card = cardOf(pane, id);
      // The heading takes the focus.
      expect(document.activeElement).toBe(within(card).getByRole("heading", { level: 2 }));
      expect(checkFigures(store, pane, id)).toBeGreaterThan(10);
      // The head of the card: region, period and the period compared with, under the card's names.
      const territory = territoryById(id)!;
      const period = store.dataset.latestPeriod()!;
      const c = territoryCard(store.queries, territory.nameRu, period, "en");
      if (!c.ok) throw new Error("no card");
      const facts = within(card)
        .getAllByRole("term")
        .map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
      expect(facts).toEqual([
        [cardTextField("region", "en"), c.value.region],
        [cardTextField("period", "en"), period],
        [cardTextField("previous", "en"), store.dataset.periods()[0]],
      ]);
      expect(period).toBe("2023-Q2");
    }
  );

  it("says the card in Russian and Kazakh with the card's own words, the same numbers", () => {
    for (const lang of ["ru", "kk"] as const) {
      const { store, pane, unmount } = renderPanel({ ...previewHost }, lang);
      fireEvent.click(tile(pane, "KZ-75"));
      const card = cardOf(pane, "KZ-75", lang);
      expect(within(card).getByRole("heading").textContent).toBe(
        territoryName(territoryById("KZ-75")!, lang)
      );
      expect(within(card).getAllByRole("term")[0].textContent).toBe(cardTextField("region", lang));
      expect(within(card).getByRole("button", { name: STRINGS[lang].cardClose })).toBeTruthy();
      expect(checkFigures(store, pane, "KZ-75", lang)).toBeGreaterThan(10);
      unmount();
    }
  });

  it("with one period loaded: no changes, and no note about points", () => {
    const { pane } = renderPanel({ ...previewHost }, "en", onePeriod);
    fireEvent.click(tile(pane, "city:karaganda-temirtau"));
    const card = cardOf(pane, "city:karaganda-temirtau");
    expect(within(card).queryByText(STRINGS.en.cardChangeNote)).toBeNull();
    expect(within(card).queryByText(cardTextField("previous", "en"))).toBeNull();
    // (DOM queries, not roles, over the rows: jsdom's role queries are slow on a card of 100 cells.)
    const tables = within(card).getAllByRole("table");
    let changeRows = 0;
    for (const row of Array.from(card.querySelectorAll("tr")))
      if (row.querySelector("th[scope=row]")?.textContent === cardMetricName("change", "en")) {
        changeRows++;
        const cells = Array.from(row.querySelectorAll("td"));
        expect(cells).toHaveLength(CARD_TYPES.length);
        for (const cell of cells) expect(cell.textContent).toContain(STRINGS.en.cardNoFigure);
      }
    // One row of changes per table, none of them empty-handed.
    expect(changeRows).toBe(tables.length);
    expect(changeRows).toBeGreaterThan(0);
  });

  it("closes with its button or Escape, the focus back on the tile; a new measure or type closes it", () => {
    const { pane } = renderPanel();
    fireEvent.click(tile(pane, "KZ-75"));
    fireEvent.click(within(cardOf(pane, "KZ-75")).getByRole("button", { name: "Close" }));
    expect(within(pane).queryByRole("region", { name: "Almaty" })).toBeNull();
    expect(document.activeElement).toBe(tile(pane, "KZ-75"));
    // By keyboard: Enter opens, Escape closes.
    fireEvent.keyDown(tile(pane, "city:karaganda-temirtau"), { key: "Enter" });
    const card = cardOf(pane, "city:karaganda-temirtau");
    fireEvent.keyDown(within(card).getByRole("heading"), { key: "Escape" });
    expect(within(pane).queryByRole("region", { name: "Karaganda and Temirtau" })).toBeNull();
    expect(document.activeElement).toBe(tile(pane, "city:karaganda-temirtau"));
    // Another tile replaces the card; another type closes it.
    fireEvent.click(tile(pane, "KZ-75"));
    fireEvent.click(tile(pane, "KZ-71"));
    expect(within(pane).queryByRole("region", { name: "Almaty" })).toBeNull();
    expect(document.activeElement).toBe(within(cardOf(pane, "KZ-71")).getByRole("heading"));
    // The same tile chosen again, its card open: the focus comes back to the card.
    act(() => tile(pane, "KZ-71").focus());
    fireEvent.keyDown(tile(pane, "KZ-71"), { key: "Enter" });
    expect(document.activeElement).toBe(within(cardOf(pane, "KZ-71")).getByRole("heading"));
    choose(pane, "Type", "Schools");
    expect(within(pane).queryByRole("region", { name: "Astana" })).toBeNull();
  });

  it("in the preview, the card's button shows the territory's rows in the Data tab", () => {
    const pane = renderApp();
    choose(pane, "Type", "Schools");
    fireEvent.click(tile(pane, "KZ-75"));
    fireEvent.click(
      within(cardOf(pane, "KZ-75")).getByRole("button", { name: STRINGS.en.cardShowRows })
    );
    expect(within(pane).getByRole("tab", { name: "Data", selected: true })).toBeTruthy();
    expect(within(pane).getByText(/^Rows of Almaty: /)).toBeTruthy();
  });

  it("in Excel, a tile still selects the territory's rows, and opens its card", async () => {
    const asked: TerritoryRows[] = [];
    const { pane } = renderPanel({
      ...previewHost,
      kind: "excel",
      selectTerritory: async (rows) => {
        asked.push(rows);
        return { rows: 4, selected: 4 };
      },
    });
    fireEvent.click(tile(pane, "KZ-75"));
    const card = cardOf(pane, "KZ-75");
    expect(within(card).queryByRole("button", { name: STRINGS.en.cardShowRows })).toBeNull();
    await within(pane).findByText("Almaty: 4 rows selected in the Coverage table.");
    expect(asked).toEqual([
      { territoryId: "KZ-75", measure: "turnstile", orgType: "all", period: "2023-Q2" },
    ]);
    await waitFor(() => expect(cardOf(pane, "KZ-75")).toBeTruthy());
  });
});
