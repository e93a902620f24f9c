/**
 * @jest-environment jsdom
 */
/**
 * The pane in Russian says everything in Russian: every tab, a previewed report with problems and
 * changes, the audit, after a load. What may stay in Latin letters is named here: ids that formulas
 * and functions use, product names, file types, and what the report itself writes.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { PaneHost } from "../../src/host/paneHost";
import { App } from "../../src/taskpane/App";
import { previewHost } from "../../src/taskpane/previewHost";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/** Latin words a Russian pane may show: products, formats, function and table names, ids. */
const ALLOWED = new Set([
  "Excel",
  "Office",
  "Microsoft",
  "Word",
  "EDU",
  "COVERAGE",
  "LAMBDA",
  "txt",
  "docx",
  "pdf",
  "PDF",
  "xlsx",
  "UTF",
  "Summary",
  "Map",
  "Coverage",
  "Video",
  "Guard",
  "Panic",
  "Turnstile",
  "Audit",
  "Settings",
  "Trend",
  "Pivot",
  "CoverageData",
  "PivotTable",
  "English",
  "ExcelApi",
  "KZ",
]);

const host: PaneHost = {
  ...previewHost,
  kind: "excel",
  load: async () => ({
    kind: "loaded",
    created: ["Summary", "Coverage"],
    updated: [],
    syncs: 2,
    largestRequestBytes: 1,
    largestResponseBytes: 1,
    warnings: [{ code: "headers-renamed", params: { table: "CoverageData" } }],
  }),
  applyThresholds: async () => undefined,
  selectSheet: async () => undefined,
  buildPivot: async () => ({ built: false, reason: { code: "pivot-needs-1.8", params: {} } }),
  registerCoverageName: async () => ({
    registered: false,
    reason: { code: "lambda-unsupported", params: { value: "#NAME?" } },
  }),
  checkWorkbook: async () => ({
    checked: 1692,
    mismatches: [],
    marks: { unavailable: "ExcelApi 1.19 (Range.getDisplayedCellProperties)" },
    unchecked: { rows: 0, columns: [] },
    diagnostics: "",
  }),
  saveImports: async (_texts, commit) => commit(),
};

/** The Latin words on the page that are not allowed. */
function english(): string[] {
  const text = document.body.textContent ?? "";
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter(
    (w) => !ALLOWED.has(w) && !/^Range|^get/.test(w)
  );
}

describe("the Russian pane speaks Russian", () => {
  it("every tab, a load, an import preview with problems and changes, the audit", async () => {
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="ru" />);
    const seen: Record<string, string[]> = {};

    seen["Загрузка"] = english();
    fireEvent.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await screen.findByText(/Выделение не прочитано/);
    fireEvent.click(screen.getByRole("button", { name: "Построить сводную таблицу" }));
    await screen.findByText(/ExcelApi 1\.8/);
    seen["после загрузки"] = english();

    for (const name of ["Данные", "Отстающие", "Проверка"]) {
      fireEvent.click(screen.getByRole("tab", { name }));
      seen[name] = english();
    }

    fireEvent.click(screen.getByRole("tab", { name: "Импорт" }));
    const next = quarters(2, 5).texts[1].replace(/\(\d+ из (\d+)\)/, "(x из $1)");
    fireEvent.change(screen.getByRole("textbox", { name: "Текст отчёта" }), {
      target: { value: next },
    });
    fireEvent.click(screen.getByRole("button", { name: "Предпросмотр" }));
    await screen.findByRole("heading", { name: "Изменения: кто сдвинулся" });
    // The preview has a problem (an item it cannot read) and the changes since 2023-Q1.
    await waitFor(() => expect(screen.getByText(/Не удалось прочитать пункт/)).toBeTruthy());
    seen["Импорт"] = english();

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });
});
