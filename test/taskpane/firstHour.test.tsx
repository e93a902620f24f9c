/**
 * @jest-environment jsdom
 */
/**
 * An analyst's first hour in the pane (#27): an import answers every file, the preview tells the
 * truth about itself, and what it says it keeps, it keeps.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { renderReport } from "../../src/report/renderReport";
import { App } from "../../src/taskpane/App";
import { previewHost } from "../../src/taskpane/previewHost";
import { PREVIEW_IMPORTS_KEY, restorePreviewImports } from "../../src/taskpane/previewStorage";
import { oneUp, seedReport, SEED_TEXT } from "../helpers/seed";
import { tableRows } from "../helpers/tableRows";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

function renderPane(store = new DatasetStore([seedReport()])): DatasetStore {
  store.setReady();
  render(<App host={previewHost} store={store} startupProblem={null} initialLang="en" />);
  return store;
}

const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
const textBox = () => screen.getByRole("textbox", { name: "Report text" }) as HTMLTextAreaElement;

function choose(name: string, bytes: Uint8Array): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([Uint8Array.from(bytes)], name)] } });
}

beforeEach(() => localStorage.clear());

describe("Import answers every file", () => {
  it("an empty file is said in one sentence, and the text already there stays", async () => {
    renderPane();
    tab("Import");
    fireEvent.change(textBox(), { target: { value: SEED_TEXT } });
    choose("empty.txt", new Uint8Array());
    await screen.findByText("empty.txt: the file is empty: there is no text in it to read.");
    expect(textBox().value).toBe(SEED_TEXT);
  });

  it("a file being read shows that it is read, and waits", async () => {
    renderPane();
    tab("Import");
    choose("q2.txt", new NodeTextEncoder().encode(renderReport(oneUp(seedReport()))));
    expect(await screen.findByText("Reading the file…")).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("Reading the file…")).toBeNull());
    expect(screen.getByText("q2.txt")).toBeTruthy();
  });

  it("a text that is no report gets one sentence, no comparison, and cannot be added", () => {
    renderPane();
    tab("Import");
    fireEvent.change(textBox(), {
      target: {
        value: "Уважаемые коллеги!\nНаправляем протокол совещания от 12 мая.\nС уважением.",
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.getByText(/^This text holds no figures of a report/)).toBeTruthy();
    expect(screen.queryByText(/Differences from/)).toBeNull();
    expect(screen.queryByText(/contradictions? in its own figures/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Add as period" })).toBeNull();
  });

  it("the loaded quarter again, with a figure changed: the differences from the loaded one", () => {
    renderPane();
    tab("Import");
    const seed = seedReport();
    const changed = {
      ...seed,
      records: seed.records.map((r, i) => (i === 0 ? { ...r, covered: r.covered - 1 } : r)),
    };
    fireEvent.change(textBox(), { target: { value: renderReport(changed) } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(
      screen.getByRole("heading", {
        name: "Differences from the loaded 2023-Q1, which this report replaces",
      })
    ).toBeTruthy();
    expect(screen.getByText(/^1 figure changed;/)).toBeTruthy();
    expect(screen.getByText(/differences from 2023-Q1: 1\./)).toBeTruthy();
  });
});

describe("the preview tells the truth about itself", () => {
  it("an import added says where it shows (no EDU functions here), and the browser keeps it across a reload", async () => {
    renderPane();
    tab("Import");
    const next = oneUp(seedReport());
    fireEvent.change(textBox(), { target: { value: renderReport(next) } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
    const added = await screen.findByText(/^Added 2023-Q2 to this page's data/);
    expect(added.textContent).not.toMatch(/EDU functions now answer/);
    expect(JSON.parse(localStorage.getItem(PREVIEW_IMPORTS_KEY)!)).toHaveLength(1);
    // The page loaded again: the store starts from the built-in report and gets it back.
    const reloaded = new DatasetStore([seedReport()]);
    expect(await restorePreviewImports(reloaded)).toBe(1);
    expect(reloaded.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
  });

  it("the Audit tab's findings about a territory show its rows in the Data tab", () => {
    renderPane();
    tab("Audit");
    expect(screen.getByText(/Choose one to see its rows in the Data tab/)).toBeTruthy();
    const list = screen.getByRole("list");
    const finding = within(list).getAllByRole("button")[0];
    fireEvent.click(finding);
    expect(screen.getByRole("tab", { name: "Data", selected: true })).toBeTruthy();
    expect(screen.getByText(/^Rows of /)).toBeTruthy();
    const rows = tableRows(screen.getByRole("table", { name: "Data" }));
    expect(rows.length).toBeGreaterThan(1);
  });
});
