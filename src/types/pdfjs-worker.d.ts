/** pdf.js's worker module ships no types of its own; the Node engine only hands it to pdf.js. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
