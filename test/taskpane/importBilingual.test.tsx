/**
 * @jest-environment jsdom
 */
/**
 * The pane's Import of a report with both versions (Russian and Kazakh) and footnotes: the
 * preview says which languages it read and whether their figures agree, lists the footnotes with
 * how many figures carry each, in the pane's language; the period added holds each figure once.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { DatasetStore } from "../../src/analysis/datasetStore";
import type { PaneHost } from "../../src/host/paneHost";
import { renderReport } from "../../src/report/renderReport";
import { SEED_LIKE_STYLE } from "../../src/report/reportStyle";
import { App } from "../../src/taskpane/App";
import type { Lang } from "../../src/taskpane/i18n";
import { previewHost } from "../../src/taskpane/previewHost";
import { KK } from "../../src/taskpane/strings/kk";
import { figuresOf } from "../helpers/drift";
import { renderKazakh, SEED_LIKE_KAZAKH } from "../helpers/kazakhReport";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

// jsdom has no TextDecoder; the pane's webview has the browser's.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

/** A host that stores imports, and lets the pane add the period (whether or not it hands a commit). */
const host: PaneHost = {
  ...previewHost,
  saveImports: async (_texts: unknown, commit?: () => unknown) => {
    commit?.();
  },
};
const source = quarters(2, 41).reports[1];
const russian = renderReport(source, SEED_LIKE_STYLE).replace(/(Акмолинская)( \()/gu, "$1¹$2");
const text = `${russian}\n¹ с учётом филиалов\n${renderKazakh(source, SEED_LIKE_KAZAKH)}`;

async function preview(lang: Lang, tab: string, button: string): Promise<DatasetStore> {
  const store = new DatasetStore([seedReport()]);
  store.setReady();
  render(<App host={host} store={store} startupProblem={null} initialLang={lang} />);
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, {
    target: { files: [new File([Uint8Array.from(Buffer.from(text, "utf8"))], "q2.txt")] },
  });
  // A report of both versions is twice the text: give a busy machine time to read it.
  await screen.findByText("q2.txt", {}, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: button }));
  await screen.findByTestId("read-languages", {}, { timeout: 20_000 });
  return store;
}

describe("a bilingual report with a footnote in the pane's preview", () => {
  it("says both languages, the same figures once, and the footnote; adds each figure once", async () => {
    const store = await preview("en", "Import", "Preview");
    expect(screen.getByTestId("read-languages").textContent).toBe(
      `Read: Russian and Kazakh (the same figures: ${source.records.length}).`
    );
    expect(screen.getByText("¹ с учётом филиалов — figures marked: 3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Add as period" }));
    await waitFor(() => expect(store.dataset.periods()).toContain(source.period), {
      timeout: 20_000,
    });
    const added = store.dataset.reportList().find((r) => r.period === source.period)!;
    expect(figuresOf(added.records)).toEqual(figuresOf(source.records));
  });

  it("in Kazakh", async () => {
    await preview("kk", KK.tabImport, KK.previewButton);
    expect(screen.getByTestId("read-languages").textContent).toBe(
      `Оқылды: орысша және қазақша мәтіндер (сандары бірдей: ${source.records.length}).`
    );
    expect(screen.getByText("¹ с учётом филиалов — белгіленген сандар: 3")).toBeTruthy();
  });
});
