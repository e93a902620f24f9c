/** Browser APIs jsdom lacks that Fluent UI uses (layout observers): inert stand-ins, for jsdom tests only. */
if (typeof window !== "undefined") {
  class NoopObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= NoopObserver;
  w.matchMedia ??= () => ({
    matches: false,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
  });
}

/**
 * A query that finds nothing says so in one line. Testing Library's default error lists every
 * accessible role and prints the DOM; over the pane's 240-row table in jsdom that takes minutes
 * per miss, so a wrong button name became a test that seemed to hang.
 */
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({
    // A documented-in-source switch (used by waitFor itself): skip the role listing.
    ...({ _disableExpensiveErrorDiagnostics: true } as object),
    getElementError: (message) => {
      const error = new Error((message ?? "").split("\n\nHere are the accessible roles")[0]);
      error.name = "TestingLibraryElementError";
      return error;
    },
  });
}
