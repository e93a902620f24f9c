/*
 * The page entry. The functions chunk ran first (shared runtime) and restores the workbook's
 * imported reports on Office.onReady; the pane renders once that is done, in Excel or as a
 * standalone preview when Office.onReady reports no host (a plain browser). It renders in one
 * language, fetched first; the host behind it (Excel's or the preview's) is fetched on its first call.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { lazyPaneHost } from "../host/lazyPaneHost";
import type { PaneHost } from "../host/paneHost";
import { runtimeStore } from "../functions/runtime";
import { App } from "./App";
import { initialLang, loadStrings } from "./i18n";
import { firstPanel } from "./panels/lazyPanels";
import { restorePreviewImports } from "./previewStorage";

const excelHost = lazyPaneHost("excel", () =>
  import(/* webpackChunkName: "excel-host" */ "../excel/excelPaneHost").then((m) => m.excelPaneHost)
);
const previewHost = lazyPaneHost("preview", () =>
  import(/* webpackChunkName: "preview-host" */ "./previewHost").then((m) => m.previewHost)
);

/** The shell's status line, when the pane's code could not be fetched (offline): in all three languages, as the shell is. */
function sayCouldNotStart(): void {
  // In three languages, kept with the shell's own words (taskpane.html): no catalogue came.
  const status = document.getElementById("shell-status");
  if (status?.dataset.failed) {
    status.textContent = status.dataset.failed;
    status.closest("[aria-label]")?.setAttribute("aria-label", status.dataset.failed);
  }
}

async function mount(host: PaneHost, language: string | undefined, background?: string) {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = initialLang(language);
  // The static shell (taskpane.html) stays until the strings and the first tab are here: no text
  // in a wrong language, no placeholder for the tab the pane opens on.
  try {
    await Promise.all([loadStrings(lang), firstPanel(host.kind).preload()]);
  } catch {
    sayCouldNotStart();
    return;
  }
  createRoot(container).render(
    <App
      host={host}
      store={runtimeStore}
      startupProblem={runtimeStore.startupProblem}
      initialLang={lang}
      officeBackground={background}
    />
  );
}

/** The preview, with the reports an earlier visit imported (kept by the browser). */
async function mountPreview(): Promise<void> {
  await restorePreviewImports(runtimeStore).catch(() => 0);
  await mount(previewHost, navigator.language);
}

function start(): void {
  if (typeof Office === "undefined") {
    // office.js did not load (offline): the pane still works as a preview.
    void mountPreview();
    return;
  }
  Office.onReady(async (info) => {
    await runtimeStore.whenReady();
    if (info.host === Office.HostType.Excel) {
      await mount(
        excelHost,
        Office.context.displayLanguage,
        Office.context.officeTheme?.bodyBackgroundColor
      );
    } else await mountPreview();
  });
}

start();
