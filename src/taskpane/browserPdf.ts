/**
 * pdf.js in the pane. Loaded the first time a PDF is chosen, as a chunk of its own, so the pane's
 * first load does not carry it; its worker is one of the add-in's own files (the build copies it
 * beside the bundles under a content-hashed name): nothing comes from a CDN, and the page's
 * Content-Security-Policy ('self' for scripts and workers) holds.
 */
import type { PdfEngine } from "../report/readPdf";

/** The worker's file name in the build (webpack.config.js defines it). */
declare const __PDF_WORKER__: string | undefined;

let engine: Promise<PdfEngine> | null = null;

export function browserPdfEngine(): Promise<PdfEngine> {
  engine ??= import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.mjs").then(
    (pdfjs) => {
      const worker = typeof __PDF_WORKER__ === "string" ? __PDF_WORKER__ : "pdf.worker.js";
      pdfjs.GlobalWorkerOptions.workerSrc = new URL(worker, document.baseURI).href;
      return pdfjs as unknown as PdfEngine;
    },
    (e: unknown) => {
      engine = null; // a chunk that failed to load is tried again next time
      throw e;
    }
  );
  return engine;
}
