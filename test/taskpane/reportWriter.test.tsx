/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { TextDecoder, TextEncoder } from "node:util";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { MEASURE_IDS } from "../../src/domain/measures";
import { territoryById } from "../../src/domain/territories";
import type { PaneHost } from "../../src/host/paneHost";
import { previewHost } from "../../src/taskpane/previewHost";
import type { TableFigure } from "../../src/workbook/edits";
import { parseReport } from "../../src/report/parseReport";
import { ReportWriter } from "../../src/taskpane/components/ReportWriter";
import { type Lang, LangContext } from "../../src/taskpane/i18n";
import { STRINGS } from "../helpers/paneStrings";
import { PaneTheme } from "../../src/taskpane/theme";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";
import { choose } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/** A host with a workbook whose table holds `figures` (none: the preview). */
function hostWith(figures: TableFigure[] | null = null): PaneHost {
  return {
    ...previewHost,
    kind: figures ? "excel" : "preview",
    workbookFigures: async () => figures,
  };
}

async function renderWriter(store: DatasetStore, lang: Lang = "ru", host: PaneHost = hostWith()) {
  const view = render(
    <LangContext.Provider value={lang}>
      <PaneTheme dark={false}>
        <ReportWriter store={store} host={host} measures={MEASURE_IDS} />
      </PaneTheme>
    </LangContext.Provider>
  );
  // Closed until asked for.
  expect(screen.queryByRole("textbox")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: STRINGS[lang].reportHeading }));
  // The writer is its own chunk: a placeholder holds its place until the view arrives.
  await screen.findByRole("textbox", { name: STRINGS[lang].writtenText });
  return view;
}

const written = () =>
  (screen.getByRole("textbox", { name: STRINGS.ru.writtenText }) as HTMLTextAreaElement).value;

describe("the report writer in the pane", () => {
  it("previews the seed's quarter, every figure computed, and says the data's own differences first", async () => {
    await renderWriter(new DatasetStore([seedReport()]));
    const back = parseReport(written());
    expect(back.records).toHaveLength(240);
    expect(
      back.records.every((r) => r.statedPercent === Math.round((r.covered / r.total) * 100))
    ).toBe(true);
    const differences = screen.getByText(STRINGS.ru.reportDifferences).closest("div")!;
    expect(within(differences).getAllByRole("listitem")).toHaveLength(2);
  });

  it("writes in Kazakh when chosen, and counts the changes from the quarter before", async () => {
    const q = quarters(2, 3);
    await renderWriter(new DatasetStore(q.reports));
    expect(parseReport(written()).period).toBe(q.periods[1]);
    expect(written()).toMatch(/\((рост на \+\d+|снижение на -\d+|без изменений)\)/);
    choose(screen.getByRole("combobox", { name: STRINGS.ru.reportLanguage }), "Қазақша");
    await waitFor(() => expect(written()).toContain("Анықтама үшін:"));
    const back = parseReport(written());
    const before = new Map(
      q.reports[0].records.map((r) => [`${r.measure}|${r.orgType}|${r.territoryId}`, r.covered])
    );
    for (const r of back.records)
      expect(r.statedChange).toBe(
        r.covered - before.get(`${r.measure}|${r.orgType}|${r.territoryId}`)!
      );
  });

  it("in Excel, writes a figure as the analyst edited it in the workbook's table, and says how many", async () => {
    const seed = seedReport();
    const almaty = (r: { measure: string; orgType: string; territoryId: string }) =>
      r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75";
    const table: TableFigure[] = seed.records.map((r) => ({
      period: r.period,
      measure: r.measure,
      territoryId: territoryById(r.territoryId)?.iso ?? r.territoryId,
      orgType: r.orgType,
      covered: almaty(r) ? 200 : r.covered,
      total: r.total,
    }));
    await renderWriter(new DatasetStore([seed]), "ru", hostWith(table));
    await screen.findByText(STRINGS.ru.reportEdited({ n: 1 }));
    const back = parseReport(written()).records.find(almaty)!;
    expect([back.covered, back.total, back.statedPercent]).toEqual([200, 214, 93]);
  });

  it("downloads a Word document of the text shown", async () => {
    // jsdom lacks the encoders every browser has (the docx library writes its XML with them).
    Object.assign(globalThis, { TextEncoder, TextDecoder });
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), "blob:report");
    URL.revokeObjectURL = () => undefined;
    await renderWriter(new DatasetStore([seedReport()]));
    fireEvent.click(screen.getByRole("button", { name: STRINGS.ru.reportDocx }));
    await waitFor(
      () => {
        const failed = document.querySelectorAll(".fui-MessageBar")[1];
        expect({ failed: failed?.textContent ?? null, blobs: blobs.length }).toEqual({
          failed: null,
          blobs: 1,
        });
      },
      { timeout: 10_000 }
    );
    // jsdom's Blob has no arrayBuffer(); its FileReader reads it.
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Справочно:");
    expect(xml.match(/<w:numPr>/g)).toHaveLength(240);
  });
});
