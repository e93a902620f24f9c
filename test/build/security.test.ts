import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const SRC = join(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("security of the add-in's own code", () => {
  const files = sources(SRC).map((p) => ({ p, text: readFileSync(p, "utf8") }));

  it("fetches nothing at run time and loads no remote code", () => {
    const offenders = files.filter((f) =>
      /\bfetch\(|XMLHttpRequest|new WebSocket|importScripts|\beval\(|new Function\(/.test(f.text)
    );
    expect(offenders.map((f) => f.p)).toEqual([]);
  });

  it("never injects HTML", () => {
    expect(
      files.filter((f) => /dangerouslySetInnerHTML|innerHTML\s*=/.test(f.text)).map((f) => f.p)
    ).toEqual([]);
  });

  it("keeps Office.js calls inside src/excel", () => {
    const outside = files.filter(
      (f) => !f.p.includes(`${join("src", "excel")}`) && /Excel\.run|context\.sync\(/.test(f.text)
    );
    expect(outside.map((f) => f.p)).toEqual([]);
  });
});
