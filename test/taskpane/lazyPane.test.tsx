/**
 * @jest-environment jsdom
 */
/**
 * The pane before anything but its first language is fetched (every other test file prepares all
 * of it: test/helpers/preparePane.ts). A tab not yet fetched shows a placeholder named as opening,
 * then its content; a language switch keeps the shell in the old language until the new one's
 * strings are here, never mixing the two; a view whose code fails to arrive says so, and is tried
 * again when asked for again, never in a loop.
 */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { LangContext, loadStrings, stringsLoaded, stringsOf } from "../../src/taskpane/i18n";
import { LazyPart, lazyView, PanelPlaceholder } from "../../src/taskpane/lazyView";
import { previewHost } from "../../src/taskpane/previewHost";
import { PaneTheme } from "../../src/taskpane/theme";
import { choose } from "../helpers/choose";
import { STRINGS } from "../helpers/paneStrings";
import { seedReport } from "../helpers/seed";

// A tab's code is a dynamic import, which ts-jest compiles on first use in a fresh worker: on a
// busy 2-core machine that passed testing-library's default 1 s wait once. The waits are for the
// same content; they only allow the compile.
configure({ asyncUtilTimeout: 5000 });

// The page never idle here: each tab's code is fetched only when it is shown.
beforeAll(() => {
  window.requestIdleCallback = () => 0;
  window.cancelIdleCallback = () => undefined;
});

function renderPane() {
  const store = new DatasetStore([seedReport()]);
  store.setReady();
  render(<App host={previewHost} store={store} startupProblem={null} initialLang="en" />);
}

describe("the pane, fetched a piece at a time", () => {
  it("has only the language it opens in", async () => {
    expect(() => stringsOf("en")).toThrow(/used before they were loaded/);
    await loadStrings("en");
    expect(stringsLoaded("en")).toBe(true);
    expect(stringsLoaded("ru")).toBe(false);
    expect(stringsLoaded("kk")).toBe(false);
  });

  it("shows a tab's placeholder, named as opening, until its code is here, then its content", async () => {
    await loadStrings("en");
    renderPane();
    expect(screen.getByRole("status", { name: STRINGS.en.opening })).toBeTruthy();
    expect(await screen.findByRole("region", { name: STRINGS.en.tabData })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: STRINGS.en.tabAudit }));
    expect(screen.getByRole("status", { name: STRINGS.en.opening })).toBeTruthy();
    expect(await screen.findByRole("region", { name: STRINGS.en.tabAudit })).toBeTruthy();
    expect(screen.queryByRole("status", { name: STRINGS.en.opening })).toBeNull();
  });

  it("switches language only once the new strings are here: the shell never mixes two", async () => {
    await loadStrings("en");
    renderPane();
    await screen.findByRole("region", { name: STRINGS.en.tabData });
    const shell = () => ({
      lang: screen.getByRole("main").getAttribute("lang"),
      title: screen.getByRole("heading", { level: 1 }).textContent,
      tab: screen.getAllByRole("tab")[0].textContent,
    });
    choose(screen.getByRole("combobox", { name: STRINGS.en.language }), "Русский");
    // Not yet fetched: still wholly English.
    expect(stringsLoaded("ru")).toBe(false);
    expect(shell()).toEqual({ lang: "en", title: STRINGS.en.appTitle, tab: expect.any(String) });
    expect(shell().tab).toContain(STRINGS.en.tabData);
    await screen.findByRole("heading", { level: 1, name: STRINGS.ru.appTitle });
    expect(shell().lang).toBe("ru");
    expect(shell().tab).toContain(STRINGS.ru.tabData);
  });

  it("says when a view's code did not arrive, and fetches it again only when asked for again", async () => {
    await loadStrings("en");
    let attempts = 0;
    const View = lazyView(async () => {
      attempts++;
      if (attempts === 1) throw new Error("Loading chunk 7 failed.");
      return () => <p>the view</p>;
    });
    const shown = (key: number, asked = 0) => (
      <LangContext.Provider value="en">
        <PaneTheme dark={false}>
          <ErrorBoundary key={key} title={STRINGS.en.errorTitle} resetKey={asked}>
            <React.Suspense fallback={<PanelPlaceholder />}>
              <View />
            </React.Suspense>
          </ErrorBoundary>
        </PaneTheme>
      </LangContext.Provider>
    );
    // React reports the error it catches; the boundary's message is what the user sees.
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { rerender } = render(shown(1));
    expect(await screen.findByText(STRINGS.en.errorTitle)).toBeTruthy();
    expect(screen.queryByText("the view")).toBeNull();
    // Rendered anew (a new boundary, so the view itself renders again) without being asked for:
    // the failure stands and is said again, with no new fetch.
    await act(async () => rerender(shown(2)));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText(STRINGS.en.errorTitle)).toBeTruthy();
    expect(attempts).toBe(1);
    quiet.mockRestore();
    // Asked for again (App does so when its tab is chosen, the same tab too): the same boundary,
    // told by its resetKey, renders the view.
    await act(async () => {
      await View.preload();
      rerender(shown(2, 1));
    });
    expect(await screen.findByText("the view")).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it("says a lazy part's failure in its place alone: the panel around it stays, and a press tries again", async () => {
    await loadStrings("en");
    let attempts = 0;
    const Part = lazyView(async () => {
      attempts++;
      if (attempts === 1) throw new Error("Loading chunk 9 failed.");
      return () => <p>the results</p>;
    });
    function Panel() {
      const [presses, setPresses] = React.useState(1);
      return (
        <section aria-label="panel">
          <button
            type="button"
            onClick={() => {
              Part.preload().catch(() => undefined);
              setPresses((n) => n + 1);
            }}
          >
            again
          </button>
          <p>the outcome</p>
          <LazyPart attempt={presses}>
            <Part />
          </LazyPart>
        </section>
      );
    }
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <LangContext.Provider value="en">
        <PaneTheme dark={false}>
          <Panel />
        </PaneTheme>
      </LangContext.Provider>
    );
    expect(await screen.findByText(STRINGS.en.errorTitle)).toBeTruthy();
    expect(screen.getByText("the outcome")).toBeTruthy();
    expect(screen.getByRole("button", { name: "again" })).toBeTruthy();
    quiet.mockRestore();
    fireEvent.click(screen.getByRole("button", { name: "again" }));
    expect(await screen.findByText("the results")).toBeTruthy();
    expect(screen.queryByText(STRINGS.en.errorTitle)).toBeNull();
    expect(screen.getByText("the outcome")).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
