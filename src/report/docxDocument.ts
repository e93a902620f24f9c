/**
 * A Word .docx as the ministry sends it, read as a sequence of blocks: paragraphs of prose and
 * tables of cells, in document order. Reading word/document.xml ourselves (rather than a
 * converter's flat text) keeps a table a table, so its rows can be read as figures with their
 * place (table, row, cell). Only what carries the text is looked at: runs' text, tabs, breaks.
 */

export type DocxBlock = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

const TAG =
  /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:noBreakHyphen|w:gridSpan|mc:Fallback|w:delText)\b([^>]*?)(\/?)>/g;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

interface OpenTable {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** How many grid columns the open cell spans (w:gridSpan): its text is repeated in each. */
  span: number;
}

/** The blocks of a document.xml: paragraphs and tables (a nested table's text joins its cell). */
export function docxBlocks(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: OpenTable[] = [];
  let paragraph: string[] | null = null;
  let inText = false;
  let textStart = 0;
  let skipDepth = 0; // inside mc:Fallback (a copy of what mc:Choice already gave)

  const endParagraph = () => {
    if (paragraph === null) return;
    const text = paragraph.join("");
    paragraph = null;
    const table = tables.at(-1);
    if (table?.cell) table.cell.push(text);
    else if (tables.length === 0) blocks.push({ kind: "paragraph", text });
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const [, close, name, attrs, selfClosing] = m;
    if (inText && paragraph && skipDepth === 0)
      (paragraph as string[]).push(decodeXml(xml.slice(textStart, m.index)));
    inText = false;
    if (name === "mc:Fallback") {
      if (!selfClosing) skipDepth += close ? -1 : 1;
      continue;
    }
    if (skipDepth > 0 || name === "w:delText") continue;
    const table = tables.at(-1);
    switch (name) {
      case "w:p":
        if (close) endParagraph();
        else if (selfClosing) {
          paragraph = [];
          endParagraph();
        } else paragraph = [];
        break;
      case "w:t":
        if (!close && !selfClosing) {
          inText = true;
          textStart = m.index + m[0].length;
        }
        break;
      case "w:tab":
        if (!close) paragraph?.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (!close) paragraph?.push("\n");
        break;
      case "w:noBreakHyphen":
        if (!close) paragraph?.push("-");
        break;
      case "w:tbl":
        if (close) {
          const done = tables.pop()!;
          const outer = tables.at(-1);
          if (outer?.cell) outer.cell.push(done.rows.map((r) => r.join(" ")).join(" "));
          else if (!outer) blocks.push({ kind: "table", rows: done.rows });
        } else if (!selfClosing) tables.push({ rows: [], row: null, cell: null, span: 1 });
        break;
      case "w:tr":
        if (!table) break;
        if (close) {
          if (table.row) table.rows.push(table.row);
          table.row = null;
        } else if (!selfClosing) table.row = [];
        break;
      case "w:tc":
        if (!table) break;
        if (close) {
          const text = (table.cell ?? []).join(" ").replace(/\s+/g, " ").trim();
          for (let i = 0; i < table.span; i++) table.row?.push(text);
          table.cell = null;
        } else if (!selfClosing) {
          table.cell = [];
          table.span = 1;
        }
        break;
      case "w:gridSpan": {
        const n = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1);
        if (table?.cell) table.span = Math.max(1, Math.min(n, 64));
        break;
      }
    }
  }
  return blocks;
}

/** A zip with no word/document.xml: whatever it is, it is not a Word document. */
export class NotWordDocumentError extends Error {
  constructor() {
    super("it has no word/document.xml, so it is not a Word document");
    this.name = "NotWordDocumentError";
  }
}

/** Unzips a .docx and reads its body. jszip is loaded only when a .docx is read (its own chunk). */
export async function readDocx(bytes: Uint8Array): Promise<DocxBlock[]> {
  const { default: JSZip } = await import(/* webpackChunkName: "docx" */ "jszip");
  const zip = await JSZip.loadAsync(bytes);
  const main = zip.file("word/document.xml");
  if (!main) throw new NotWordDocumentError();
  return docxBlocks(await main.async("string"));
}
