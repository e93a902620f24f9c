/**
 * The ministry sends its reports as Word files: the text of a .docx, for parseReport. mammoth is
 * loaded only when a .docx is actually read (its own chunk in the page).
 */
export async function docxToText(bytes: ArrayBuffer): Promise<string> {
  const mammoth = await import(/* webpackChunkName: "docx" */ "mammoth");
  const input =
    typeof Buffer !== "undefined" ? { buffer: Buffer.from(bytes) } : { arrayBuffer: bytes };
  const result = await mammoth.extractRawText(input as { arrayBuffer: ArrayBuffer });
  // mammoth separates paragraphs by a blank line; the report's own line breaks are paragraphs.
  return result.value.replace(/\n\n/g, "\n").replace(/\s+$/, "\n");
}

export function isDocx(fileName: string): boolean {
  return /\.docx$/i.test(fileName);
}
