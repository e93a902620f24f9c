import type { Report } from "../domain/report";
import { CoverageDataset } from "./dataset";
import { QueryCache } from "./queryCache";

/**
 * The one dataset a shared runtime holds: the built-in reports plus the user's imports. The
 * custom functions, the task pane and the workbook writer all read it; listeners hear of imports.
 */
export class DatasetStore {
  readonly dataset: CoverageDataset;
  readonly queries: QueryCache;
  private readonly imported = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private markReady: () => void = () => undefined;
  private readonly readyPromise: Promise<void>;
  private isReady = false;
  /** A problem met while restoring the workbook's imports, for the pane to show. */
  startupProblem: Error | null = null;

  constructor(builtin: readonly Report[]) {
    this.dataset = new CoverageDataset(builtin);
    this.queries = new QueryCache(this.dataset);
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  /** Resolves once the reports stored in the workbook have been restored (or there are none). */
  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  get ready(): boolean {
    return this.isReady;
  }

  setReady(): void {
    this.isReady = true;
    this.markReady();
  }

  /** Adds an imported report (its source text is kept, so it can be stored in the workbook). */
  addImported(report: Report, sourceText: string): void {
    this.dataset.addReport(report);
    this.imported.set(report.period ?? "unknown", sourceText);
    for (const l of this.listeners) l();
  }

  /** The texts of the imported reports by period, for persisting in the workbook. */
  importedTexts(): Array<{ period: string; text: string }> {
    return [...this.imported.entries()].map(([period, text]) => ({ period, text }));
  }

  /** The texts as they will be once `report` is added (it replaces an import of the same period). */
  importedTextsWith(report: Report, sourceText: string): Array<{ period: string; text: string }> {
    const next = new Map(this.imported);
    next.set(report.period ?? "unknown", sourceText);
    return [...next.entries()].map(([period, text]) => ({ period, text }));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
