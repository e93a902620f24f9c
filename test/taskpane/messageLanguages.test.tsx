/**
 * @jest-environment jsdom
 */
/**
 * The pane's messages (the catalogues' texts: the audit's findings, the parser's issues, what Excel
 * says) one language at a time. Every other test file has all of them (test/helpers/allTexts.ts);
 * this one starts from a fresh module registry, where only English is here, as in a pane just
 * opened. A Kazakh pane fetches the Kazakh messages after its first screen; a message wanted before
 * they arrive waits for them rather than show English; a language switch waits for its messages
 * as for its strings.
 */
import type * as Testing from "@testing-library/react";
import type * as ReactModule from "react";
import { STRINGS } from "../helpers/paneStrings";

// Fresh modules for everything the pane runs (React included, so that the pane and the renderer
// share one), loaded after the registry is reset.
let React: typeof ReactModule;
let lib: typeof Testing;
let catalogue: typeof import("../../src/domain/catalogue");
let messages: typeof import("../../src/host/messageTexts");
let i18n: typeof import("../../src/taskpane/i18n");
let AppModule: typeof import("../../src/taskpane/App");
let previewHost: typeof import("../../src/taskpane/previewHost").previewHost;
let DatasetStore: typeof import("../../src/analysis/datasetStore").DatasetStore;
let findingMessage: typeof import("../../src/analysis/findingMessages").findingMessage;
let auditReport: typeof import("../../src/analysis/audit").auditReport;
let seedReport: typeof import("../helpers/seed").seedReport;

/** Lets the query messages' fetch end (see freshPane). */
let release: () => void = () => undefined;

/**
 * Fresh modules; `held`: the query messages' fetch (one of the two a language's messages need)
 * waits for release(), so that a message can be asked for before its language's texts are here.
 */
function freshPane(held = false) {
  jest.resetModules();
  if (held) {
    const gate = new Promise<void>((resolve) => (release = resolve));
    jest.doMock("../../src/analysis/queryLanguages", () => {
      const actual = jest.requireActual("../../src/analysis/queryLanguages");
      return { loadQueryTexts: (lang: string) => gate.then(() => actual.loadQueryTexts(lang)) };
    });
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  React = require("react");
  lib = require("@testing-library/react/pure");
  catalogue = require("../../src/domain/catalogue");
  messages = require("../../src/host/messageTexts");
  i18n = require("../../src/taskpane/i18n");
  AppModule = require("../../src/taskpane/App");
  previewHost = require("../../src/taskpane/previewHost").previewHost;
  DatasetStore = require("../../src/analysis/datasetStore").DatasetStore;
  findingMessage = require("../../src/analysis/findingMessages").findingMessage;
  auditReport = require("../../src/analysis/audit").auditReport;
  seedReport = require("../helpers/seed").seedReport;
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The page never idle here: only what is asked for is fetched.
  window.requestIdleCallback = () => 0;
  window.cancelIdleCallback = () => undefined;
}

afterEach(() => lib.cleanup());

/** Two workers share two cores with LibreOffice and Chromium: a jsdom render can take seconds. */
const LONG = { timeout: 20_000 };

async function renderPane(lang: "en" | "ru" | "kk") {
  await i18n.loadStrings(lang);
  const store = new DatasetStore([seedReport()]);
  store.setReady();
  lib.render(
    React.createElement(AppModule.App, {
      host: previewHost,
      store,
      startupProblem: null,
      initialLang: lang,
    })
  );
  await lib.screen.findByRole("region", { name: STRINGS[lang].tabData }, LONG);
}

/** Every text the tab panel has shown, from now on. */
function recordPanelTexts(): string[] {
  const seen: string[] = [];
  const panel = lib.screen.getByRole("tabpanel");
  new MutationObserver(() => seen.push(panel.textContent ?? "")).observe(panel, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return seen;
}

describe("the pane's messages, one language at a time", () => {
  it("starts with English only, and a Kazakh pane fetches the Kazakh messages once it is up", async () => {
    freshPane();
    expect(messages.messageTextsHere("en")).toBe(true);
    expect(messages.messageTextsHere("kk")).toBe(false);
    expect(catalogue.hasTexts("finding", "ru")).toBe(false);
    await renderPane("kk");
    await lib.waitFor(() => expect(messages.messageTextsHere("kk")).toBe(true), LONG);
    // Only the language in use.
    expect(messages.messageTextsHere("ru")).toBe(false);
  });

  it("says the audit's findings in Kazakh, never first in English, when asked for before the messages arrive", async () => {
    freshPane(true);
    await renderPane("kk");
    expect(messages.messageTextsHere("kk")).toBe(false);
    const findings = auditReport(seedReport());
    expect(findings.length).toBeGreaterThan(0);
    const english = findingMessage(findings[0], "en");
    const seen = recordPanelTexts();
    lib.fireEvent.click(lib.screen.getByRole("tab", { name: STRINGS.kk.tabAudit }));
    // The panel waits (its placeholder) while the messages are on their way.
    await new Promise((r) => setTimeout(r, 100));
    expect(lib.screen.queryByRole("region", { name: STRINGS.kk.tabAudit })).toBeNull();
    expect(lib.screen.getByRole("status", { name: STRINGS.kk.opening })).toBeTruthy();
    release();
    await lib.screen.findByRole("region", { name: STRINGS.kk.tabAudit }, LONG);
    const kazakh = findingMessage(findings[0], "kk");
    expect(kazakh).not.toBe(english);
    await lib.waitFor(
      () => expect(lib.screen.getByRole("tabpanel").textContent).toContain(kazakh),
      LONG
    );
    expect(seen.some((text) => text.includes(english))).toBe(false);
  });

  it("switches language only once the new language's messages are here too", async () => {
    freshPane();
    await renderPane("en");
    expect(messages.messageTextsHere("ru")).toBe(false);
    const combobox = lib.screen.getByRole("combobox", { name: STRINGS.en.language });
    lib.fireEvent.click(combobox);
    lib.fireEvent.click(lib.screen.getByRole("option", { name: "Русский" }));
    await lib.screen.findByRole("heading", { level: 1, name: STRINGS.ru.appTitle }, LONG);
    expect(messages.messageTextsHere("ru")).toBe(true);
    expect(i18n.languageLoaded("ru")).toBe(true);
  });
});
