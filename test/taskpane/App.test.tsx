/**
 * @jest-environment jsdom
 */
import { notice } from "../../src/host/hostMessages";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { LoadOutcome } from "../../src/host/paneHost";
import { renderReport } from "../../src/report/renderReport";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/host/paneHost";
import { seedReport, SEED_TEXT } from "../helpers/seed";
import { tableRows } from "../helpers/tableRows";
import { quarters } from "../helpers/quarters";
import { compareReports, movers } from "../../src/analysis/compare";
import { type Measure, measureInfo, MEASURE_IDS } from "../../src/domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES } from "../../src/domain/orgTypes";
import { territoryById, territoryName } from "../../src/domain/territories";
import { choose } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

const MEASURE_NAMES = Object.fromEntries(MEASURE_IDS.map((m) => [m, measureInfo(m).nameEn]));
const TYPE_NAMES = Object.fromEntries(ORG_TYPES.map((o) => [o, ORG_TYPE_NAMES[o].en]));
import { changeText } from "../../src/taskpane/components/BarChart";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { planRecipe } from "../../src/workbook/recipe";

type Call = [string, ...unknown[]];

function fakeHost(
  kind: "excel" | "preview",
  outcomes: LoadOutcome[] = []
): PaneHost & { calls: Call[] } {
  const calls: Call[] = [];
  const loaded: LoadOutcome = {
    kind: "loaded",
    created: ["Summary", "Coverage"],
    updated: [],
    syncs: 2,
    largestRequestBytes: 1000,
    largestResponseBytes: 500,
    warnings: [],
  };
  return {
    kind,
    calls,
    load: async (plan, options) => {
      calls.push(["load", plan.sheets.map((s) => s.name), options.replaceEdited]);
      options.onProgress(1, 2);
      return outcomes.shift() ?? loaded;
    },
    applyThresholds: async (targets) => {
      calls.push(["applyThresholds", targets]);
    },
    selectSheet: async (sheet) => {
      calls.push(["selectSheet", sheet]);
    },
    selectFinding: async (finding, period) => {
      calls.push(["selectFinding", finding.code, finding.territoryId, period]);
    },
    selectTerritory: async (rows) => {
      calls.push(["selectTerritory", rows]);
      return { rows: 1, selected: 1 };
    },
    buildPivot: async () => ({ built: true }),
    registerCoverageName: async () => ({
      registered: false,
      reason: notice("lambda-unsupported", { value: "#NAME?" }),
    }),
    checkWorkbook: async () => ({
      checked: 0,
      mismatches: [],
      marks: { unavailable: "n/a" },
      unchecked: { rows: 0, columns: [] },
      diagnostics: "",
    }),
    storedRecipe: async () => null,
    workbookFigures: async () => null,
    saveImports: async (texts, commit) => {
      calls.push(["saveImports", ["2023-Q1", ...texts.map((t) => t.period)]]);
      commit();
    },
    downloadWorkbook: async (plan) => {
      calls.push(["download", plan.sheets.length]);
    },
  };
}

function renderApp(host: PaneHost, lang: "en" | "ru" = "en") {
  const store = new DatasetStore([seedReport()]);
  store.setReady();
  render(<App host={host} store={store} startupProblem={null} initialLang={lang} />);
  return store;
}

const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

describe("task pane", () => {
  it("standalone preview: where the country stands first, then the dataset in the report's order, sortable, and the download", async () => {
    const host = fakeHost("preview");
    renderApp(host);
    expect(screen.getByText(/Standalone preview/)).toBeTruthy();
    // Each measure's national coverage first (the seed: turnstiles 1425 of 2619).
    const national = screen.getByRole("region", { name: "Across Kazakhstan, 2023-Q1" });
    expect(within(national).getAllByRole("listitem")).toHaveLength(4);
    expect(within(national).getByText("54.4%")).toBeTruthy();
    expect(within(national).getByText("1,425 of 2,619 organisations")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Data" });
    const rows = () => tableRows(table).slice(1);
    const first = () => rows()[0].textContent;
    expect(rows()).toHaveLength(240);
    // The report's order: its first item (Astana, kindergartens, video), full type names.
    expect(first()).toMatch(/^AstanaKindergartens · video/);
    // Coverage: lowest first, then highest first, then the report's order again.
    const coverageHeader = within(table).getByRole("columnheader", { name: "Coverage" });
    fireEvent.click(coverageHeader);
    expect(within(rows()[0]).getAllByRole("cell")[5].textContent).toBe("0.0%stated 0%");
    fireEvent.click(coverageHeader);
    expect(within(rows()[0]).getAllByRole("cell")[5].textContent).toBe("100.0%stated 100%");
    fireEvent.click(coverageHeader);
    expect(first()).toMatch(/^AstanaKindergartens · video/);
    const filter = screen.getByRole("textbox", { name: "Filter" });
    fireEvent.change(filter, { target: { value: "Семей" } });
    expect(rows()).toHaveLength(9);
    tab("Load");
    expect(screen.queryByRole("button", { name: "Load into workbook" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Download workbook (.xlsx)" }));
    await waitFor(() => expect(host.calls).toContainEqual(["download", 9]));
  });

  it.each([
    // The placeholder's own example, in Russian; words in any order; English, Kazakh, Latin.
    ["Алматы, школа", 4, /^Almaty/],
    ["школа Алматы", 4, /^Almaty/],
    ["Almaty", 12, /^Almaty/],
    ["Oral", 9, /^Oral/],
    ["Уральск колледжи", 3, /^Oral/],
    ["Западно", 3, /^West Kazakhstan/],
    ["Batys", 3, /^West Kazakhstan/],
    ["Zapadno", 3, /^West Kazakhstan/],
    ["мектеп turnstile", 20, /Schools · turnstile/],
    ["kindergarten guard Semey", 1, /^Semey/],
  ])("the Data filter reads %j as a person means it (%i rows)", (typed, n, each) => {
    renderApp(fakeHost("preview"));
    const table = screen.getByRole("table", { name: "Data" });
    fireEvent.change(screen.getByRole("textbox", { name: "Filter" }), { target: { value: typed } });
    const rows = tableRows(table).slice(1);
    expect(rows).toHaveLength(n);
    for (const r of rows) expect(r.textContent).toMatch(each);
  });

  it("Load: writes the plan, shows progress, then links to each sheet and the LAMBDA note", async () => {
    const host = fakeHost("excel");
    renderApp(host);
    fireEvent.click(screen.getByRole("checkbox", { name: "Panic button" }));
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    await screen.findByText("Loaded. Sheets:");
    expect(host.calls[0]).toEqual([
      "load",
      ["Summary", "Map", "Video", "Guard", "Turnstile", "Coverage", "Audit", "Settings"],
      false,
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Coverage" }));
    await waitFor(() => expect(host.calls).toContainEqual(["selectSheet", "Coverage"]));
    expect(
      screen.getByText(
        "=COVERAGE(…) is not available here: this Excel does not evaluate LAMBDA names (a test cell gave #NAME?); the name was removed. Use =EDU.COVERAGE(…) instead."
      )
    ).toBeTruthy();
    // The note is kept as what to say: switched to Russian, it is said in Russian.
    choose(screen.getByRole("combobox", { name: "Language" }), "Русский");
    expect(
      screen.getByText(
        "=COVERAGE(…) здесь недоступна: эта версия Excel не вычисляет имена с LAMBDA (проверочная ячейка дала #NAME?); имя удалено. Используйте =EDU.COVERAGE(…)."
      )
    ).toBeTruthy();
  });

  it("Check workbook: runs after a load, lists what Excel computed otherwise, and copies the diagnostics", async () => {
    const host = fakeHost("excel");
    const facts: unknown[] = [];
    let answer: Awaited<ReturnType<PaneHost["checkWorkbook"]>> = {
      checked: 1692,
      mismatches: [
        {
          sheet: "Coverage",
          cell: "M2",
          label: "CoverageData[Coverage]",
          excel: 1.2,
          expected: 0.9,
        },
      ],
      marks: { unavailable: "ExcelApi 1.19 (Range.getDisplayedCellProperties)" },
      unchecked: { rows: 0, columns: [] },
      diagnostics: "School Safety Coverage — diagnostics\nExcelApi: 1.14",
    };
    host.checkWorkbook = async (_plan, f) => {
      facts.push(f);
      return answer;
    };
    const copied: string[] = [];
    Object.assign(navigator, {
      clipboard: { writeText: async (text: string) => void copied.push(text) },
    });
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    expect(await screen.findByText("1 figure differs from the report (of 1,692)")).toBeTruthy();
    expect(
      screen.getByText("Coverage!M2 (CoverageData[Coverage]): Excel 1.2, report 0.9")
    ).toBeTruthy();
    expect(
      screen.getByText(/Highlights not read: this Excel lacks ExcelApi 1.19 \(Range/)
    ).toBeTruthy();
    expect(facts[0]).toMatchObject({
      lastLoad: { syncs: 2, largestRequestBytes: 1000 },
      lambda: expect.stringMatching(/^not available: this Excel does not evaluate LAMBDA names/),
    });
    fireEvent.click(screen.getByRole("button", { name: "Copy diagnostics" }));
    await screen.findByText("Copied.");
    expect(copied).toEqual([answer.diagnostics]);

    // On demand, again: now all figures agree; a refused clipboard shows the text to copy by hand.
    answer = {
      checked: 1692,
      mismatches: [],
      marks: { checked: 240, mismatches: [] },
      unchecked: { rows: 0, columns: [] },
      diagnostics: "all good",
    };
    Object.assign(navigator, {
      clipboard: { writeText: async () => Promise.reject(new Error("denied")) },
    });
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    expect(await screen.findByText("Excel computed all 1,692 figures as the report.")).toBeTruthy();
    expect(screen.getByText("Highlights: all 240 rows as the report implies.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Copy diagnostics" }));
    expect(
      (
        (await screen.findByRole("textbox", {
          name: "Diagnostics: copy this text",
        })) as HTMLTextAreaElement
      ).value
    ).toBe("all good");
  });

  it("Check workbook on a workbook loaded in an earlier session: compares with the plan its sheets hold", async () => {
    const host = fakeHost("excel");
    const earlier = planWorkbook([seedReport()], { measures: ["turnstile"], orgTypes: ["school"] });
    host.storedRecipe = async () => JSON.parse(JSON.stringify(planRecipe(earlier)));
    const asked: WorkbookPlan[] = [];
    host.checkWorkbook = async (plan) => {
      asked.push(plan);
      return {
        checked: 21,
        mismatches: [],
        marks: { checked: 20, mismatches: [] },
        unchecked: { rows: 0, columns: [] },
        diagnostics: "",
      };
    };
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Check workbook" }));
    await screen.findByText("Excel computed all 21 figures as the report.");
    expect(asked).toEqual([earlier]);
    expect(host.calls.filter((c) => c[0] === "load")).toEqual([]);
  });

  it("Load: asks before replacing edited figures", async () => {
    const host = fakeHost("excel", [
      {
        kind: "needsConfirmation",
        edited: [
          {
            row: 7,
            period: "2023-Q1",
            measure: "video",
            territory: "Актюбинская",
            orgType: "kindergarten",
            column: "Covered",
            inWorkbook: 999,
            inReport: 44,
          },
        ],
      },
    ]);
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    await screen.findByText("You edited figures in the Coverage table");
    expect(
      screen.getByText(
        /Актюбинская, Video surveillance linked to police centres \/ Kindergartens, Covered: 999 → 44 \(row 7\)/
      )
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Replace my edits" }));
    await screen.findByText("Loaded. Sheets:");
    expect(host.calls.map((c) => c[2])).toEqual([false, true]);
  });

  it("Load: a failure from Office is a message, and the pane stays", async () => {
    const host = fakeHost("excel");
    host.load = async () => {
      throw Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    };
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Load into workbook" }));
    expect(await screen.findByText(/Load fewer measures or types at a time/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Load" })).toBeTruthy();
  });

  it("Lagging: shows who is below the national coverage, and applies a target", async () => {
    const host = fakeHost("excel");
    renderApp(host);
    tab("Lagging");
    // Turnstiles, all types: national 1425 / 2619 = 54.4%.
    expect(screen.getByText(/Default: the national coverage: 54.4%/)).toBeTruthy();
    expect(screen.getByRole("img", { name: /territories below/ })).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText("54.4"), { target: { value: "95" } });
    const count = screen.getByText(/territories below 95.0%/).textContent!;
    expect(Number(count.split(" ")[0])).toBeGreaterThan(5);
    fireEvent.click(screen.getByRole("button", { name: "Apply to workbook" }));
    await screen.findByText(/Target written to the Settings sheet/);
    expect(host.calls).toContainEqual(["applyThresholds", { "turnstile|all": 0.95 }]);
  });

  it("Lagging: with two periods, each bar shows its change since the previous one (▲▼ points) and sorts by it", async () => {
    const host = fakeHost("excel");
    const q = quarters(2, 13);
    const store = new DatasetStore([seedReport()]);
    store.dataset.addReport(q.reports[1]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="en" />);
    tab("Lagging");
    const changes = () =>
      [...screen.getByRole("img", { name: /territories below/ }).querySelectorAll("text")]
        .map((e) => e.textContent ?? "")
        .filter((x) => /^[▲▼→]/.test(x));
    const shown = changes();
    expect(shown.length).toBeGreaterThan(3);
    // Each arrow as the generated figures say, for the first bar (Turnstiles, all types).
    const first = screen
      .getByRole("img", { name: /territories below/ })
      .querySelector("text")!.textContent!;
    const c = store.queries.change(first.replace(/…$/, ""), "all", "turnstile");
    expect(c.ok).toBe(true);
    expect(shown[0]).toBe(changeText(c.ok ? c.value.points : NaN));
    fireEvent.click(screen.getByRole("checkbox", { name: /Sort by change/ }));
    const points = changes().map(
      (x) => (x.startsWith("▼") ? -1 : 1) * Number(x.replace(/^[▲▼→]\s*[+−]?/, ""))
    );
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });

  it("Import: after the preview, and after it is added, the Changes view lists the biggest gains, falls and the stalled, as the figures say", async () => {
    const host = fakeHost("excel");
    const store = renderApp(host);
    tab("Import");
    const q = quarters(2, 17);
    fireEvent.change(screen.getByRole("textbox", { name: "Report text" }), {
      target: { value: q.texts[1] },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    await screen.findByRole("heading", { name: "Changes: who moved" });
    const expected = movers(compareReports(seedReport(), q.reports[1]), 5);
    // Stalled: below the national coverage of its measure and type, and no gain (as the Trend sheet).
    const national = (m: Measure, o: string) => {
      const rows = q.reports[1].records.filter((r) => r.measure === m && r.orgType === o);
      return rows.reduce((s, r) => s + r.covered, 0) / rows.reduce((s, r) => s + r.total, 0);
    };
    for (const s of expected.stalled) {
      expect(s.points).toBeLessThanOrEqual(0.0005);
      expect(s.change.after.covered / s.change.after.total).toBeLessThan(
        national(s.change.measure, s.change.orgType)
      );
    }
    const shows = () => {
      for (const [name, list] of [
        ["Biggest gains", expected.gains],
        ["Biggest falls", expected.falls],
        ["Stalled (below the national coverage, no gain)", expected.stalled],
      ] as const) {
        const items = within(screen.getByRole("list", { name })).getAllByRole("listitem");
        expect(items.map((li) => li.textContent!.split(":")[0])).toEqual(
          list.map(
            (m) =>
              `${territoryName(territoryById(m.change.territoryId)!, "en")}, ${MEASURE_NAMES[m.change.measure]} / ${TYPE_NAMES[m.change.orgType]}`
          )
        );
      }
    };
    shows();
    fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
    await screen.findByText("Added. The EDU functions now answer for 2023-Q2.");
    expect(store.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
    shows();
  });

  it("Import: previews a report with errors (line, text around it) and adds it only once accepted", async () => {
    const host = fakeHost("excel");
    const store = renderApp(host);
    tab("Import");
    const broken = SEED_TEXT.replace("1 квартал 2023", "2 квартал 2023").replace(
      "г. Тараз (61 из 68) – 90%",
      "г. Тараз (abc из 68) – 90%"
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Report text" }), {
      target: { value: broken },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    // One line sums it up; then a heading for each part.
    expect(
      screen.getByText(
        "Found: 239 territory figures; Period: 2023-Q2; problems: 2; differences from 2023-Q1: 8."
      )
    ).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Problems reading the text (2)",
      "Differences from 2023-Q1",
      "Changes: who moved",
      "Its own figures",
    ]);
    expect(screen.getByText(/14:\d+ — Cannot read this item/)).toBeTruthy();
    expect(screen.getAllByText("Error")).toHaveLength(1);
    expect(screen.getAllByText(/г\. Тараз \(abc из 68\) – 90%/).length).toBeGreaterThan(0);
    expect(
      screen.getByText("0 figures changed; 8 stated changes, 8 of them not matching.")
    ).toBeTruthy();
    const add = screen.getByRole("button", { name: "Add as period" }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: /I have read the errors/ }));
    fireEvent.click(add);
    await screen.findByText("Added. The EDU functions now answer for 2023-Q2.");
    expect(store.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
    expect(host.calls).toContainEqual(["saveImports", ["2023-Q1", "2023-Q2"]]);
  });

  it("Import: a failed save in the workbook commits nothing (the EDU functions never answer for it)", async () => {
    const host = fakeHost("excel");
    host.saveImports = async () => {
      throw new Error("Could not save the imported report in the workbook: quota");
    };
    const store = renderApp(host);
    tab("Import");
    fireEvent.change(screen.getByRole("textbox", { name: "Report text" }), {
      target: { value: renderReport({ ...seedReport(), period: "2023-Q4" }) },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
    await screen.findByText(/Could not save the imported report in the workbook: quota/);
    expect(store.dataset.periods()).toEqual(["2023-Q1"]);
    expect(store.importedTexts()).toEqual([]);
  });

  it("Import: cancel writes nothing", () => {
    const host = fakeHost("excel");
    const store = renderApp(host);
    tab("Import");
    fireEvent.change(screen.getByRole("textbox", { name: "Report text" }), {
      target: { value: renderReport({ ...seedReport(), period: "2023-Q3" }) },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.getByText(/The text reads cleanly/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(store.dataset.periods()).toEqual(["2023-Q1"]);
    expect(host.calls).toEqual([]);
  });

  it("Audit: lists the findings; a click selects the row", async () => {
    const host = fakeHost("excel");
    renderApp(host);
    tab("Audit");
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(9);
    fireEvent.click(
      screen.getByRole("button", {
        name: /Semey, Turnstiles \(access control\), colleges: 10 of 13 is 77%/,
      })
    );
    await waitFor(() =>
      expect(host.calls).toContainEqual([
        "selectFinding",
        "percent-mismatch",
        "city:semey",
        "2023-Q1",
      ])
    );
  });

  it("Audit in Russian: the findings in Russian", async () => {
    const host = fakeHost("excel");
    renderApp(host, "ru");
    tab("Проверка");
    fireEvent.click(
      screen.getByRole("button", {
        name: "Семей, «Турникеты (пропускная система)», колледжи: 10 из 13 — это 77%, а в отчёте указано 54% (строка 30:118).",
      })
    );
    await waitFor(() =>
      expect(host.calls).toContainEqual([
        "selectFinding",
        "percent-mismatch",
        "city:semey",
        "2023-Q1",
      ])
    );
    expect(screen.queryByText(/the report states/)).toBeNull();
  });

  it("Import in Russian: the parser's problems in Russian, and in English after a switch", () => {
    renderApp(fakeHost("excel"), "ru");
    tab("Импорт");
    const broken = SEED_TEXT.replace("г. Тараз (61 из 68) – 90%", "г. Тараз (abc из 68) – 90%");
    fireEvent.change(screen.getByRole("textbox", { name: "Текст отчёта" }), {
      target: { value: broken },
    });
    fireEvent.click(screen.getByRole("button", { name: "Предпросмотр" }));
    expect(
      screen.getByText(
        /^14:\d+ — Не удалось прочитать пункт как «Территория \(охвачено из всего\) – N%»: «г\. Тараз \(abc из 68\) – 90%»\.$/
      )
    ).toBeTruthy();
    expect(
      screen.getByText(/— «Лицензированная охрана», школы: нет цифр по территориям: Тараз\.$/)
    ).toBeTruthy();
    expect(screen.queryByText(/Cannot read this item/)).toBeNull();
    choose(screen.getByRole("combobox", { name: "Язык" }), "English");
    expect(screen.getByText(/^14:\d+ — Cannot read this item as "Territory/)).toBeTruthy();
  });

  it("speaks Russian, and switches language", () => {
    renderApp(fakeHost("excel"), "ru");
    expect(screen.getByRole("button", { name: "Загрузить в книгу" })).toBeTruthy();
    choose(screen.getByRole("combobox", { name: "Язык" }), "English");
    expect(screen.getByRole("button", { name: "Load into workbook" })).toBeTruthy();
  });
});
