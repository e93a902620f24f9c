/**
 * A report file's bytes as text. Ministries save in UTF-8, Windows-1251 or UTF-16 (with or without
 * a byte-order mark); older tools in KOI8-R or CP866. The mark decides first, then a strict UTF-8
 * reading, then the zero-byte pattern of UTF-16; then each single-byte Russian encoding, and UTF-8
 * with a few damaged bytes, is tried, and the one that reads as Russian prose is kept. Anything else
 * is named, never read as garbage: a Word (.docx) or other zip file, a PDF, an old Word .doc, RTF,
 * other binary data, or text in no encoding that gives Russian.
 */
import type { FileProblem } from "./fileMessages";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r" | "ibm866";

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** UTF-8 with bytes that are no UTF-8: how many were replaced (by U+FFFD), on which lines. */
      damaged?: { count: number; lines: number[] };
    }
  | { ok: false; problem: FileProblem };

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** Share of the letters that are Russian: Russian prose is mostly А–я, Ё, ё. */
function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return (text.match(/[А-яЁё]/g) ?? []).length / letters.length;
}

/**
 * The most frequent letter pairs of Russian prose: a wrong single-byte decoding gives Cyrillic
 * letters too, but in pairs Russian seldom has ("РџРѕ", "пПЙ"), so their share tells them apart.
 */
const COMMON_PAIRS = new Set(
  "ст но то на ен ов ни ра во ко ро ер ан ре по ал ор ли ос пр та ол ел ва ат ит ка де ис ле ом ия ти ет ин".split(
    " "
  )
);

/** How much a text reads like Russian: common pairs per Cyrillic letter (about 0.3 for prose). */
function russianScore(text: string): number {
  const sample = text.slice(0, 20000).toLowerCase();
  let letters = 0;
  let pairs = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c < "а" || c > "я") continue;
    letters++;
    if (COMMON_PAIRS.has(sample.slice(i, i + 2))) pairs++;
  }
  return letters < 20 ? 0 : pairs / letters;
}

/** Russian prose scores about 0.3; the wrong decoding of it, under 0.05. */
const RUSSIAN_ENOUGH = 0.12;

/** UTF-8 with damaged bytes is read only when they are few: a stray byte, a cut at the end. */
function fewReplaced(count: number, length: number): boolean {
  return count <= Math.max(3, length / 500);
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

/** The 1-based lines on which a text has U+FFFD. */
function replacedLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const ch of text) {
    if (ch === "\n") line++;
    else if (ch === "\uFFFD" && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

export function decodeReportBytes(input: Uint8Array | ArrayBuffer): Decoded {
  const b = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (starts(b, 0xef, 0xbb, 0xbf)) return utf8(b.subarray(3));
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
  // Text in UTF-8 or a single-byte encoding has no zero bytes; UTF-16 without a mark has many.
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
    // not clean UTF-8: a single-byte Russian encoding, or UTF-8 with a damaged byte or two
  }
  const candidates: Decoded[] = (["windows-1251", "koi8-r", "ibm866"] as const).map((encoding) => ({
    ok: true,
    text: new TextDecoder(encoding).decode(b),
    encoding,
  }));
  const damaged = utf8(b);
  if (damaged.ok && damaged.damaged && fewReplaced(damaged.damaged.count, b.length))
    candidates.push(damaged);
  let best: { decoded: Decoded; score: number } | null = null;
  for (const decoded of candidates) {
    if (!decoded.ok || cyrillicShare(decoded.text) <= 0.5) continue;
    const score = russianScore(decoded.text);
    if (score >= RUSSIAN_ENOUGH && (best === null || score > best.score)) best = { decoded, score };
  }
  return best?.decoded ?? { ok: false, problem: "encoding" };
}

/** UTF-8, each byte that is no UTF-8 replaced (and counted, with its line). */
function utf8(b: Uint8Array): Decoded {
  const text = new TextDecoder("utf-8").decode(b);
  const count = (text.match(/\uFFFD/g) ?? []).length;
  return count === 0
    ? { ok: true, text, encoding: "utf-8" }
    : { ok: true, text, encoding: "utf-8", damaged: { count, lines: replacedLines(text) } };
}
