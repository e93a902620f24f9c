/**
 * The real engines some tests and benchmarks drive: a Chromium-family browser, LibreOffice, xmllint
 * and the manifest XSDs. Each is looked for where Linux, macOS and Windows install it, and an
 * environment variable overrides the search. A missing engine is a clear skip on a user's machine;
 * with REQUIRE_ENGINES=1 (CI) it is a failure, so CI still proves everything.
 */
import { spawnSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";

export type Engine = { found: true; path: string } | { found: false; why: string };

export const REQUIRE_ENGINES = process.env.REQUIRE_ENGINES === "1";

const env = (name: string) => process.env[name] ?? "";

/** An executable on PATH (with Windows' extensions), or null. */
export function onPath(name: string): string | null {
  const exts = process.platform === "win32" ? ["", ".exe", ".cmd", ".bat"] : [""];
  for (const dir of env("PATH").split(delimiter).filter(Boolean))
    for (const ext of exts) {
      const p = join(dir, name + ext);
      if (existsSync(p)) return p;
    }
  return null;
}

function first(
  override: string,
  overrideName: string,
  candidates: string[],
  missing: string
): Engine {
  if (override) {
    return existsSync(override)
      ? { found: true, path: override }
      : { found: false, why: `${overrideName}=${override} does not exist` };
  }
  const path = candidates.find((c) => c && existsSync(c));
  return path ? { found: true, path } : { found: false, why: missing };
}

const programFiles = [env("PROGRAMFILES"), env("PROGRAMFILES(X86)"), env("LOCALAPPDATA")].filter(
  Boolean
);

/** Chromium, Chrome or Edge (playwright-core drives any of them). CHROMIUM_PATH overrides. */
export function findChromium(): Engine {
  const names = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
  ];
  return first(
    env("CHROMIUM_PATH"),
    "CHROMIUM_PATH",
    [
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/snap/bin/chromium",
      ...names.map((n) => onPath(n) ?? ""),
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      ...programFiles.flatMap((d) => [
        join(d, "Google/Chrome/Application/chrome.exe"),
        join(d, "Microsoft/Edge/Application/msedge.exe"),
        join(d, "Chromium/Application/chrome.exe"),
      ]),
    ],
    "no Chromium, Chrome or Edge found: install one (Debian: apt-get install chromium), or set CHROMIUM_PATH"
  );
}

/** LibreOffice's soffice. SOFFICE_PATH overrides. */
export function findSoffice(): Engine {
  return first(
    env("SOFFICE_PATH"),
    "SOFFICE_PATH",
    [
      onPath("soffice") ?? "",
      onPath("libreoffice") ?? "",
      "/usr/lib/libreoffice/program/soffice",
      "/opt/libreoffice/program/soffice",
      "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      ...programFiles.map((d) => join(d, "LibreOffice/program/soffice.exe")),
    ],
    "LibreOffice not found: install it (Debian: apt-get install libreoffice-calc-nogui; or libreoffice.org), or set SOFFICE_PATH"
  );
}

/**
 * LibreOffice with its Writer (a Word document printed to PDF): the soffice found, and its Writer
 * module beside it (Debian installs Writer apart from Calc; the Windows and macOS builds hold both).
 */
export function findSofficeWriter(soffice: Engine = findSoffice()): Engine {
  if (!soffice.found) return soffice;
  if (process.platform === "win32" || process.platform === "darwin") return soffice;
  const program = dirname(realpathSync(soffice.path));
  return existsSync(join(program, "libswlo.so"))
    ? soffice
    : {
        found: false,
        why: `LibreOffice Writer not found beside ${soffice.path}: install it (Debian: apt-get install libreoffice-writer-nogui)`,
      };
}

/** xmllint, for the manifest's XSD check. */
export function findXmllint(): Engine {
  const path = onPath("xmllint");
  return path
    ? { found: true, path }
    : {
        found: false,
        why: "xmllint not found: install it (Debian: apt-get install libxml2-utils; macOS has it)",
      };
}

/** The add-in manifest XSDs: MANIFEST_SCHEMAS, else ../shared/schemas beside the repository. */
export function findSchemas(): Engine {
  const dir = env("MANIFEST_SCHEMAS") || resolve(__dirname, "../../shared/schemas");
  const xsd = join(dir, "office-addin-manifest/OfficeAppManifestV1_1.xsd");
  return existsSync(xsd)
    ? { found: true, path: xsd }
    : {
        found: false,
        why: `manifest XSDs not found at ${dir} (set MANIFEST_SCHEMAS to the folder holding office-addin-manifest/)`,
      };
}

/** Whether the engine runs at all, within seconds (a browser or soffice that hangs must not stall the suite). */
export function runsWithin(path: string, args: string[], ms = 20_000): string | null {
  const r = spawnSync(path, args, { timeout: ms, encoding: "utf8", windowsHide: true });
  if (r.error) return `${path} ${args.join(" ")}: ${r.error.message}`;
  if (r.status !== 0)
    return `${path} ${args.join(" ")} exited ${r.status}: ${(r.stderr || "").trim().slice(0, 300)}`;
  return null;
}

/** The line printed when a suite is skipped for want of an engine. */
export function skipLine(what: string, engine: Extract<Engine, { found: false }>): string {
  return `SKIPPED ${what}: ${engine.why}. (CI sets REQUIRE_ENGINES=1, where this is a failure.)`;
}

/** Poppler's pdftotext, the other common way text leaves a PDF. PDFTOTEXT_PATH overrides. */
export function findPdftotext(): Engine {
  return first(
    env("PDFTOTEXT_PATH"),
    "PDFTOTEXT_PATH",
    [onPath("pdftotext") ?? "", "/opt/homebrew/bin/pdftotext", "/usr/local/bin/pdftotext"],
    "pdftotext not found: install Poppler (Debian: apt-get install poppler-utils; macOS: brew install poppler), or set PDFTOTEXT_PATH"
  );
}
