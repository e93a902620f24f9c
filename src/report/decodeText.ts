/**
 * A report file's bytes as text. Ministries save in UTF-8, Windows-1251 or UTF-16 (with or without
 * a byte-order mark): the mark decides first, then a strict UTF-8 reading, then the zero-byte
 * pattern of UTF-16, then Windows-1251 if it yields Russian text. Anything else is named, never
 * read as garbage: a Word (.docx) or other zip file, a PDF, an old Word .doc, other binary data.
 */
import type { FileProblem } from "./fileMessages";

export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" }
  | { ok: false; problem: FileProblem };

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** Share of the letters that are Russian: Russian prose is mostly А–я, Ё, ё. */
function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return (text.match(/[А-яЁё]/g) ?? []).length / letters.length;
}

/** UTF-16 without a mark: in Russian text every other byte is 0x00 (ASCII) or 0x04 (Cyrillic). */
function utf16Without(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + 1] === 0x00 || b[i + 1] === 0x04) odd++;
    if (b[i] === 0x00 || b[i] === 0x04) even++;
  }
  const half = n / 2;
  if (odd / half > 0.6 && even / half < 0.2) return "utf-16le";
  if (even / half > 0.6 && odd / half < 0.2) return "utf-16be";
  return null;
}

function binaryKind(b: Uint8Array): FileProblem | null {
  if (starts(b, 0x50, 0x4b, 0x03, 0x04)) return "zip";
  if (starts(b, 0x25, 0x50, 0x44, 0x46)) return "pdf";
  if (starts(b, 0xd0, 0xcf, 0x11, 0xe0)) return "doc";
  if (starts(b, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return "rtf";
  return null;
}

export function decodeReportBytes(input: Uint8Array | ArrayBuffer): Decoded {
  const b = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (starts(b, 0xef, 0xbb, 0xbf))
    return { ok: true, text: new TextDecoder("utf-8").decode(b.subarray(3)), encoding: "utf-8" };
  if (starts(b, 0xff, 0xfe))
    return {
      ok: true,
      text: new TextDecoder("utf-16le").decode(b.subarray(2)),
      encoding: "utf-16le",
    };
  if (starts(b, 0xfe, 0xff))
    return {
      ok: true,
      text: new TextDecoder("utf-16be").decode(b.subarray(2)),
      encoding: "utf-16be",
    };
  const kind = binaryKind(b);
  if (kind) return { ok: false, problem: kind };
  // Text in UTF-8 or Windows-1251 has no zero bytes; UTF-16 without a mark has many.
  if (b.includes(0x00)) {
    const utf16 = utf16Without(b);
    if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(b), encoding: utf16 };
    return { ok: false, problem: "binary" };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(b),
      encoding: "utf-8",
    };
  } catch {
    // not UTF-8: Windows-1251, if it reads as Russian
  }
  const cp1251 = new TextDecoder("windows-1251").decode(b);
  if (cyrillicShare(cp1251) > 0.5) return { ok: true, text: cp1251, encoding: "windows-1251" };
  return { ok: false, problem: "encoding" };
}
