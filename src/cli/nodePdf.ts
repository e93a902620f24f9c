/**
 * pdf.js for Node (the CLI, the tests, the benchmark): its legacy build, with its worker's code
 * run in this thread (pdf.js's "fake worker", found on globalThis.pdfjsWorker). Loaded once, on
 * the first PDF read.
 */
import type { PdfEngine } from "../report/readPdf";

let engine: Promise<PdfEngine> | null = null;

export function nodePdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => {
    // pdf.js warns with console.log while it loads (a canvas it needs only to draw): on stderr,
    // never in the JSON the CLI writes to stdout.
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    try {
      const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      return pdfjs as unknown as PdfEngine;
    } finally {
      console.log = log;
    }
  })();
  return engine;
}
