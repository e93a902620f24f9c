/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { planRecipe } from "../../src/workbook/recipe";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { PaneHost } from "../../src/host/paneHost";
import { App } from "../../src/taskpane/App";
import { DATA_TABLE } from "../../src/workbook/layout";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { seedReport } from "../helpers/seed";
import { choose, chosen } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/** A host that keeps the plans the pane hands it (loaded, downloaded, or for the pivot). */
function planHost(): PaneHost & { plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  return {
    kind: "excel",
    plans,
    load: async (plan, options) => {
      plans.push(plan);
      options.onProgress(1, 1);
      return {
        kind: "loaded",
        created: plan.sheets.map((s) => s.name),
        updated: [],
        syncs: 2,
        largestRequestBytes: 1,
        largestResponseBytes: 1,
        warnings: [],
      };
    },
    applyThresholds: async () => undefined,
    selectSheet: async () => undefined,
    selectFinding: async () => undefined,
    selectTerritory: async () => ({ rows: 0, selected: 0 }),
    buildPivot: async (plan) => {
      plans.push(plan);
      return { built: true };
    },
    registerCoverageName: async () => ({ registered: true }),
    checkWorkbook: async () => ({
      checked: 0,
      mismatches: [],
      marks: { unavailable: "n/a" },
      unchecked: { rows: 0, columns: [] },
      diagnostics: "",
    }),
    storedRecipe: async () => null,
    workbookFigures: async () => null,
    saveImports: async (_texts, commit) => commit(),
    downloadWorkbook: async (plan) => {
      plans.push(plan);
    },
  };
}

const headers = (plan: WorkbookPlan) =>
  plan.sheets
    .flatMap((s) => s.tables)
    .find((t) => t.name === DATA_TABLE)!
    .columns.map((c) => c.name);

describe("the workbook in the pane's language", () => {
  it("a Russian pane loads and downloads in Russian; switched to English, a reload keeps Russian until the workbook language is changed", async () => {
    const host = planHost();
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="ru" />);
    fireEvent.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].options.lang).toBe("ru");
    expect(headers(host.plans[0])).toContain("Охвачено");
    fireEvent.click(screen.getByRole("button", { name: /\.xlsx/ }));
    await waitFor(() => expect(host.plans).toHaveLength(2));
    expect(host.plans[1].options.lang).toBe("ru");

    choose(screen.getByRole("combobox", { name: "Язык" }), "English");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Load into workbook" })).toBeTruthy()
    );
    // Until it is reloaded, the workbook is still Russian: the pivot names its Russian columns.
    fireEvent.click(screen.getByRole("button", { name: "Build a PivotTable" }));
    await waitFor(() => expect(host.plans).toHaveLength(3));
    expect(host.plans[2].options.lang).toBe("ru");
    // A reload keeps the language the workbook was made in: the pane's language is the user's,
    // the workbook's is the team's, until the user picks another for the workbook.
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    await waitFor(() => expect(host.plans).toHaveLength(4));
    expect(host.plans[3].options.lang).toBe("ru");
    choose(screen.getByRole("combobox", { name: "Workbook language" }), "English");
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    await waitFor(() => expect(host.plans).toHaveLength(5));
    expect(host.plans[4].options.lang).toBe("en");
    expect(headers(host.plans[4])).toContain("Covered");
  });

  it("a pane opened on a Russian workbook reloads it in Russian, whatever the pane's language", async () => {
    const host = planHost();
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    const russian = planWorkbook([seedReport()], { lang: "ru" });
    host.storedRecipe = async () => JSON.parse(JSON.stringify(planRecipe(russian)));
    render(<App host={host} store={store} startupProblem={null} initialLang="en" />);
    await waitFor(() =>
      expect(chosen(screen.getByRole("combobox", { name: "Workbook language" }))).toBe("Русский")
    );
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].options.lang).toBe("ru");
  });

  it("a Kazakh pane writes a new workbook in Kazakh; any pane offers Kazakh for the workbook", async () => {
    const host = planHost();
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="kk" />);
    const choice = screen.getByRole("combobox", { name: "Жұмыс кітабының тілі" });
    expect(chosen(choice)).toBe("Қазақша");
    fireEvent.click(screen.getByRole("button", { name: "Жұмыс кітабына жүктеу" }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].options.lang).toBe("kk");
    expect(headers(host.plans[0])).toContain("Қамтылғаны");
    fireEvent.click(screen.getByRole("button", { name: /\.xlsx/ }));
    await waitFor(() => expect(host.plans).toHaveLength(2));
    expect(host.plans[1].options.lang).toBe("kk");

    // Switched to Russian, the pane reloads the Kazakh workbook in Kazakh, until Русский is chosen
    // for it; then Қазақша again.
    choose(screen.getByRole("combobox", { name: "Тіл" }), "Русский");
    fireEvent.click(await screen.findByRole("button", { name: "Загрузить в книгу" }));
    await waitFor(() => expect(host.plans).toHaveLength(3));
    expect(host.plans[2].options.lang).toBe("kk");
    const workbookLanguage = screen.getByRole("combobox", { name: "Язык книги" });
    expect(workbookLanguage.textContent).toBe("Қазақша");
    fireEvent.click(workbookLanguage);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Қазақша",
      "Русский",
      "English",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "Русский" }));
    fireEvent.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await waitFor(() => expect(host.plans).toHaveLength(4));
    expect(host.plans[3].options.lang).toBe("ru");
    expect(headers(host.plans[3])).toContain("Охвачено");
    choose(screen.getByRole("combobox", { name: "Язык книги" }), "Қазақша");
    fireEvent.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await waitFor(() => expect(host.plans).toHaveLength(5));
    expect(host.plans[4].options.lang).toBe("kk");
  });

  it("an English pane chooses Kazakh for a new workbook", async () => {
    const host = planHost();
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="en" />);
    choose(screen.getByRole("combobox", { name: "Workbook language" }), "Қазақша");
    fireEvent.click(screen.getByRole("button", { name: /\.xlsx/ }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].options.lang).toBe("kk");
    expect(headers(host.plans[0])).toContain("Қамтылғаны");
  });
});
