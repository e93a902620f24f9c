/*
 * The page entry. The functions chunk is already loaded (shared runtime); here we restore the
 * workbook's imported reports, release the functions, then render the pane — in Excel, or as a
 * standalone preview when Office.onReady reports no host (a plain browser).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { excelPaneHost } from "../excel/excelPaneHost";
import { restoreImports } from "../excel/storedImports";
import { runtimeStore } from "../functions/runtime";
import { App } from "./App";
import { initialLang } from "./i18n";
import type { PaneHost } from "./paneHost";
import { previewHost } from "./previewHost";

function mount(host: PaneHost, startupProblem: string | null, language: string | undefined, background?: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App host={host} store={runtimeStore} startupProblem={startupProblem} initialLang={initialLang(language)} officeBackground={background} />,
  );
}

function start(): void {
  if (typeof Office === "undefined") {
    // office.js did not load (offline): the pane still works as a preview.
    runtimeStore.setReady();
    mount(previewHost, null, navigator.language);
    return;
  }
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    let problem: string | null = null;
    if (inExcel) {
      try {
        restoreImports(runtimeStore);
      } catch (e) {
        problem = `The reports stored in this workbook could not be restored: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    runtimeStore.setReady();
    if (inExcel) mount(excelPaneHost, problem, Office.context.displayLanguage, Office.context.officeTheme?.bodyBackgroundColor);
    else mount(previewHost, problem, navigator.language);
  });
}

start();
