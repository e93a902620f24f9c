import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { productionBuild as build } from "../test/helpers/build";
import { BUDGETS } from "./budgets";
import { report } from "./harness";

/** A production build in a temporary folder (the same helper the tests use). */
export function productionBuild(): string {
  return build().dir;
}

const gzKb = (dir: string, files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) /
  1024;

/** The scripts taskpane.html names (office.js from the CDN excluded), in the build in `dir`. */
export function pageScriptsOf(dir: string): string[] {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("http"));
}

/**
 * The functions' runtime before its first answer: the page's scripts but the pane's entry. No
 * chunk is fetched unless the workbook holds imports, or Office speaks Russian or Kazakh (one
 * language's query messages, about 1 KB).
 */
export function functionsScriptsOf(dir: string): string[] {
  return pageScriptsOf(dir).filter((f) => f !== "taskpane.js");
}

export function benchBundle(dir = productionBuild()): void {
  const pageScripts = pageScriptsOf(dir);
  // What the functions need to answer: the webpack runtime and the functions entry.
  report("functions_js_gz_kb", gzKb(dir, functionsScriptsOf(dir)), "KB", 1);
  report("functions_js_budget_kb", BUDGETS.functionsJsGzKb, "KB", 0);
  // The scripts taskpane.html itself names (office.js from the CDN excluded); the first screen's
  // whole count, with the chunks it fetches, is taskpane_initial_js_gz_kb (paint.bench.ts).
  report("taskpane_html_js_gz_kb", gzKb(dir, pageScripts), "KB", 1);
  // The PDF reader, fetched only when a PDF is chosen: pdf.js's chunks and its worker.
  const pdfFiles = readdirSync(dir).filter(
    (f) =>
      f.endsWith(".js") &&
      !pageScripts.includes(f) &&
      (f.startsWith("pdf.") || readFileSync(join(dir, f), "utf8").includes("GlobalWorkerOptions"))
  );
  report("pdf_reader_js_gz_kb", gzKb(dir, pdfFiles), "KB", 1);
}
