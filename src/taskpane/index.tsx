/*
 * The page entry. The functions chunk ran first (shared runtime) and restores the workbook's
 * imported reports on Office.onReady; the pane renders once that is done — in Excel, or as a
 * standalone preview when Office.onReady reports no host (a plain browser).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { excelPaneHost } from "../excel/excelPaneHost";
import { runtimeStore } from "../functions/runtime";
import { App } from "./App";
import { initialLang } from "./i18n";
import type { PaneHost } from "../host/paneHost";
import { previewHost } from "./previewHost";
import { restorePreviewImports } from "./previewStorage";

function mount(host: PaneHost, language: string | undefined, background?: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App
      host={host}
      store={runtimeStore}
      startupProblem={runtimeStore.startupProblem}
      initialLang={initialLang(language)}
      officeBackground={background}
    />
  );
}

/** The preview, with the reports an earlier visit imported (kept by the browser). */
async function mountPreview(): Promise<void> {
  await restorePreviewImports(runtimeStore).catch(() => 0);
  mount(previewHost, navigator.language);
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
      mount(
        excelPaneHost,
        Office.context.displayLanguage,
        Office.context.officeTheme?.bodyBackgroundColor
      );
    } else await mountPreview();
  });
}

start();
