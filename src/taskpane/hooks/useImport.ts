import * as React from "react";
import { auditReport } from "../../analysis/audit";
import { compareReports, movers, previousReport } from "../../analysis/compare";
import type { DatasetStore } from "../../analysis/datasetStore";
import { quarterBefore } from "../../analysis/period";
import { issueCount, type Report } from "../../domain/report";
import type { PaneHost } from "../../host/paneHost";
import { parseReport } from "../../report/parseReport";
import { readReportSource, UnreadableFileError } from "../../report/readReportFile";
import { parseReportSource, type ReportSource } from "../../report/reportSource";
import { browserPdfEngine } from "../browserPdf";
import { useAction } from "./useAction";

export interface Preview {
  text: string;
  report: Report;
}

/** A chosen file's bytes (FileReader: every webview Office runs the pane in has it). */
function fileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () =>
      reject(
        new UnreadableFileError(file.name, "read-failed", {
          detail: reader.error?.message ?? reader.error?.name ?? "",
        })
      );
    reader.readAsArrayBuffer(file);
  });
}

export type Review = ReturnType<typeof reviewOf>;

/**
 * What the preview shows: the report's problems, its differences (from the loaded period it
 * replaces, else the period before), its stated changes against the quarter before, who moved,
 * its own contradictions. A text with no figures is no report: the preview says only that.
 */
function reviewOf(store: DatasetStore, { report }: Preview) {
  const comparison = compareReports(
    previousReport(store.dataset.reportList(), report.period),
    report
  );
  const stated = comparison.changes.filter((c) => c.statedChangeMatches !== null);
  const moved = (c: (typeof comparison.changes)[number]) =>
    c.coveredChange !== null && c.coveredChange !== 0;
  const replaced = report.period ? store.dataset.report(report.period) : undefined;
  // The same quarter again: what differs from the one loaded, figure by figure.
  const against = replaced ? compareReports(replaced, report) : comparison;
  return {
    notReport: report.records.length === 0,
    differencesAgainst: replaced ? "loaded" : comparison.previousPeriod ? "previous" : null,
    errors: issueCount(report.issues.filter((i) => i.severity === "error")),
    previousPeriod: comparison.previousPeriod,
    changed: against.changes.filter(moved).length,
    stated: stated.length,
    mismatched: stated.filter((c) => c.statedChangeMatches === false),
    /** The quarter the report's stated changes are against, when it is not loaded (so unchecked). */
    statedAgainstMissing:
      !comparison.statedChecked &&
      report.period &&
      report.records.some((r) => r.statedChange !== null)
        ? quarterBefore(report.period)
        : null,
    /** Figures that moved since the period compared with, or whose stated change does not match. */
    differences: against.changes.filter(
      (c) => moved(c) || (!replaced && c.statedChangeMatches === false)
    ).length,
    movers: comparison.previousPeriod ? movers(comparison) : null,
    contradictions: auditReport(report).length,
    replaces: replaced !== undefined,
  };
}

/**
 * The Import panel's actions: read a chosen file into the text, preview the text as a report,
 * and add it as a period (the workbook first). Every failure is the panel's one message (`error`).
 */
export function useImport({ store, host }: { store: DatasetStore; host: PaneHost }) {
  const action = useAction();
  const [text, setText] = React.useState("");
  const [fileName, setFileName] = React.useState<string | null>(null);
  /** The file as read (a Word file's tables keep their places) while the text is not edited. */
  const [source, setSource] = React.useState<ReportSource | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [accepted, setAccepted] = React.useState(false);
  /** The period the last import added (its success message), and who moved with it. */
  const [addedPeriod, setAddedPeriod] = React.useState<string | null>(null);
  const [addedMovers, setAddedMovers] = React.useState<Review["movers"]>(null);

  async function readFile(file: File | undefined) {
    if (!file) return;
    setPreview(null);
    // A PDF (its text layer), a .docx (prose or tables), or text in any encoding the ministry saves.
    const read = await action.run(
      async () => readReportSource(file.name, await fileBytes(file), { pdf: browserPdfEngine }),
      file.name
    );
    if (read === undefined) {
      // Its error takes the place of an earlier success message.
      setAddedPeriod(null);
      setFileName(null);
      return;
    }
    setSource(read);
    setText(read.text);
    setFileName(file.name);
  }

  async function add() {
    if (!preview) return;
    // Who moved, against the periods as they were before this one is added: shown after it too.
    const moved = reviewOf(store, preview).movers;
    const period = await action.run(async () => {
      // The workbook first: the EDU functions must never answer for a period the workbook did not store.
      await host.saveImports(store.importedTextsWith(preview.report, preview.text), () =>
        store.addImported(preview.report, preview.text)
      );
      return preview.report.period!;
    });
    if (period === undefined) return;
    setAddedPeriod(period);
    setAddedMovers(moved);
    setPreview(null);
    setText("");
    setFileName(null);
    setAccepted(false);
  }

  const found = preview ? reviewOf(store, preview) : null;
  return {
    /** Reading a file (a PDF takes a moment): the panel shows it, and waits. */
    busy: action.busy,
    text,
    fileName,
    preview,
    review: found,
    accepted,
    accept: setAccepted,
    // A report is a period: one that names none can't be added (the preview says so).
    canAdd:
      preview !== null &&
      preview.report.period !== null &&
      !found?.notReport &&
      (found?.errors === 0 || accepted),
    addedPeriod,
    /** The Changes view of the last import added, kept after it is added (null with no period before). */
    addedMovers: addedPeriod ? addedMovers : null,
    error: action.error,
    edit: (value: string) => {
      setText(value);
      setSource(null);
      setFileName(null);
      setPreview(null);
    },
    readFile: (file: File | undefined) => void readFile(file),
    showPreview: () => {
      action.clearError();
      setAddedPeriod(null);
      setAccepted(false);
      const report = source?.text === text ? parseReportSource(source) : parseReport(text);
      setPreview({ text, report });
    },
    add: () => void add(),
    cancel: () => {
      setPreview(null);
      setAccepted(false);
    },
  };
}
