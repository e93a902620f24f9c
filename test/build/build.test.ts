import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestProblems } from "../../scripts/manifestCheck";
import { buildOnce, SHARED_BUILD_ENV } from "../helpers/build";
import { functionsScriptsOf } from "../../bench/bundle.bench";

describe("production build", () => {
  let out = "";
  let log = "";
  beforeAll(() => {
    // Throws (fails the suite) when webpack exits non-zero.
    ({ dir: out, log } = buildOnce());
  }, 180_000);

  it("replaces every https://localhost:3000/ in the manifest, which stays valid", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`${SHARED_BUILD_ENV.ADDIN_PUBLIC_URL}functions.json`);
    // Every URL the add-in loads points at the public URL, and only there (the rest are XML namespaces).
    const urls = [...manifest.matchAll(/https?:\/\/[^"<>\s]+/g)].map((m) => m[0]);
    const loaded = urls.filter(
      (u) =>
        !u.startsWith("http://schemas.microsoft.com/") &&
        u !== "http://www.w3.org/2001/XMLSchema-instance"
    );
    expect(loaded.length).toBe(13);
    expect(loaded.filter((u) => !u.startsWith(SHARED_BUILD_ENV.ADDIN_PUBLIC_URL))).toEqual([]);
    expect(manifestProblems(join(out, "manifest.xml"))).toEqual([]);
  });

  it("emits functions.json and one page that loads the functions before the task pane", () => {
    const metadata = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    expect(metadata.functions).toHaveLength(12);
    // EDU.TERRITORY returns an entity value: PR excel/custom-functions-data-types-concepts.md,
    // "Enable data types for custom functions" (allowCustomDataForDataTypeAny set to true).
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src=([^ >]+)/g)].map((m) =>
      m[1].replace(/"/g, "")
    );
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "runtime.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(html).toContain("Content-Security-Policy");
  });

  it("emits the functions' help in Russian and Kazakh, and the manifest gives each to its Office language", () => {
    const english = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const metadataUrl = /<bt:Url id="Functions\.Metadata\.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(
      manifest
    );
    for (const [lang, locale, sample] of [
      ["ru", "ru-RU", /^Охват: доля организаций/],
      ["kk", "kk-KZ", /^Қамту: шарамен қамтылған ұйымдардың үлесі/],
    ] as const) {
      const local = JSON.parse(readFileSync(join(out, `functions-${lang}.json`), "utf8"));
      expect(local.functions.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual(
        english.functions.map((f: { id: string; name: string }) => [f.id, f.name])
      );
      expect(local.functions[0].description).toMatch(sample);
      expect(local.allowCustomDataForDataTypeAny).toBe(true);
      expect(metadataUrl?.[1]).toContain(
        `<bt:Override Locale="${locale}" Value="${SHARED_BUILD_ENV.ADDIN_PUBLIC_URL}functions-${lang}.json"/>`
      );
    }
  });

  it("appends the CustomFunctions.associate calls and embeds the built-in dataset (no fetch at run time)", () => {
    // What the functions' runtime runs before its first answer (bench/bundle.bench.ts).
    const core = functionsScriptsOf(out)
      .map((f) => readFileSync(join(out, f), "utf8"))
      .join("\n");
    for (const id of [
      "COVERAGE",
      "COVERED",
      "TOTAL",
      "GAP",
      "STATED",
      "LAGGING",
      "RANK",
      "TERRITORIES",
      "TERRITORY",
    ]) {
      expect(core).toContain(`CustomFunctions.associate("${id}"`);
    }
    expect(core).toContain("2023-Q1");
    expect(core).toContain("Караганда и Темиртау");
    expect(existsSync(join(out, "assets/icon-80.png"))).toBe(true);
    expect(log).not.toMatch(/ERROR/);
  });
});
