/**
 * @jest-environment jsdom
 */
/**
 * The pane's Import, as a user meets next quarters' reports: files drawn by the drift generator
 * (every wording, spacing and number option renderReport has), saved in every encoding ministries
 * use or as Word prose or tables, or with a damaged byte, chosen in the file input, previewed and
 * added. What the pane stores is what was generated, figure for figure.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { PaneHost } from "../../src/host/paneHost";
import { renderReport } from "../../src/report/renderReport";
import { App } from "../../src/taskpane/App";
import { previewHost } from "../../src/taskpane/previewHost";
import { makeDocx } from "../helpers/docx";
import {
  encodable,
  ENCODINGS,
  figuresOf,
  random,
  randomStyle,
  TABLE_LAYOUTS,
  tableDocument,
} from "../helpers/drift";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

// jsdom has no TextDecoder; the pane's webview has the browser's, which knows the same encodings.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

/** The preview's host: it refuses writes, but an import is added to the pane's store. */
const host: PaneHost = previewHost;

function renderPane(): DatasetStore {
  const store = new DatasetStore([seedReport()]);
  store.setReady();
  render(<App host={host} store={store} startupProblem={null} initialLang="en" />);
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  return store;
}

function choose(name: string, bytes: Uint8Array): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([Uint8Array.from(bytes)], name);
  fireEvent.change(input, { target: { files: [file] } });
}

/** Every encoding once, and Word prose and tables twice each. */
const KINDS = [...Object.keys(ENCODINGS), "Word prose", "Word tables", "Word prose", "Word tables"];

describe("the pane's Import reads drifted reports exactly", () => {
  KINDS.forEach((kind, i) => {
    it(`#${i}: ${kind}`, async () => {
      const rnd = random(5000 + i);
      const source = quarters(2, 300 + i).reports[1];
      let name = "q2.txt";
      let bytes: Uint8Array;
      if (kind === "Word tables") {
        name = "q2.docx";
        const layout = TABLE_LAYOUTS[i % TABLE_LAYOUTS.length];
        bytes = await makeDocx(tableDocument(source, layout, randomStyle(rnd), rnd));
      } else if (kind === "Word prose") {
        name = "q2.docx";
        bytes = await makeDocx(renderReport(source, randomStyle(rnd)));
      } else bytes = ENCODINGS[kind](renderReport(source, encodable(randomStyle(rnd), kind)));
      const store = renderPane();
      choose(name, bytes);
      await screen.findByText(name);
      fireEvent.click(screen.getByRole("button", { name: "Preview" }));
      await screen.findByText(
        `Found: ${source.records.length} territory figures; Period: ${source.period}`,
        { exact: false }
      );
      fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
      await waitFor(() => expect(store.dataset.periods()).toContain(source.period));
      const added = store.dataset.reportList().find((r) => r.period === source.period)!;
      expect(figuresOf(added.records)).toEqual(figuresOf(source.records));
    });
  });

  it("a UTF-8 file with a damaged byte: read, every figure kept, the damage shown with its line", async () => {
    const source = quarters(2, 400).reports[1];
    const text = Buffer.from(renderReport(source), "utf8");
    const bytes = Buffer.concat([text.subarray(0, 200), Buffer.from([0xff]), text.subarray(200)]);
    const store = renderPane();
    choose("q2.txt", bytes);
    await screen.findByText("q2.txt");
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    await screen.findByText(/1 byte\(s\) of the file are not valid UTF-8 \(line\(s\) 1\)/);
    fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
    await waitFor(() => expect(store.dataset.periods()).toContain(source.period));
  });
});
