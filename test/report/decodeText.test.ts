import { decodeReportBytes } from "../../src/report/decodeText";
import { parseReport } from "../../src/report/parseReport";
import { SEED_TEXT, seedReport } from "../helpers/seed";

/** The seed as each encoding writes it (Node writes UTF-16; Windows-1251 is encoded by hand). */
function cp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else if (c === 0x2013) out.push(0x96);
    else if (c === 0x2014) out.push(0x97);
    else if (c === 0xa0) out.push(0xa0);
    else if (c === 0x2116) out.push(0xb9);
    else if (c === 0xab) out.push(0xab);
    else if (c === 0xbb) out.push(0xbb);
    else throw new Error(`no Windows-1251 byte for U+${c.toString(16)}`);
  }
  return Uint8Array.from(out);
}
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

const ENCODED: Record<string, Uint8Array> = {
  "utf-8": Buffer.from(SEED_TEXT, "utf8"),
  "utf-8 with BOM": Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(SEED_TEXT, "utf8"),
  ]),
  "utf-16le with BOM": Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(SEED_TEXT, "utf16le"),
  ]),
  "utf-16le without BOM": Buffer.from(SEED_TEXT, "utf16le"),
  "utf-16be with BOM": Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SEED_TEXT)]),
  "utf-16be without BOM": utf16be(SEED_TEXT),
  "windows-1251": cp1251(SEED_TEXT),
};

describe("report files in any encoding the ministry saves", () => {
  for (const [name, bytes] of Object.entries(ENCODED))
    it(`${name}: read exactly, every figure as the seed's`, () => {
      const d = decodeReportBytes(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.encoding).toBe(name.split(" ")[0]);
      expect(d.text.replace(/^\uFEFF/, "")).toBe(SEED_TEXT);
      expect(parseReport(d.text).records).toEqual(seedReport().records);
    });

  it("names what a file is when it is not text", () => {
    const message = (bytes: number[]) => {
      const d = decodeReportBytes(Uint8Array.from(bytes));
      return d.ok ? `read as ${d.encoding}` : d.message;
    };
    expect(message([0x50, 0x4b, 0x03, 0x04, 1, 2])).toMatch(
      /^This is a zip file \(a Word .docx is one/
    );
    expect(message([0x25, 0x50, 0x44, 0x46, 0x2d])).toMatch(/^This is a PDF file/);
    expect(message([0xd0, 0xcf, 0x11, 0xe0, 0xa1])).toMatch(/^This is an old Word .doc file/);
    expect(message([0x01, 0x00, 0x9f, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff])).toBe(
      "This is binary data, not a text report (.txt or .docx)."
    );
    expect(message([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(
      /neither UTF-8, UTF-16 nor Windows-1251/
    );
  });
});
