import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { report } from "./harness";

const ROOT = join(__dirname, "..");

/** Builds production into a temporary folder; returns the folder. */
export function productionBuild(): string {
  const out = mkdtempSync(join(tmpdir(), "bench-build-"));
  const r = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

const gzKb = (dir: string, files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) /
  1024;

export function benchBundle(dir = productionBuild()): void {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const pageScripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("http"));
  // What the functions need to answer: the webpack runtime, the shared core and the functions entry.
  report("functions_js_gz_kb", gzKb(dir, ["runtime.js", "core.js", "functions.js"]), "KB", 1);
  // Everything the page loads before first paint (office.js from the CDN excluded).
  report("taskpane_initial_js_gz_kb", gzKb(dir, pageScripts), "KB", 1);
}
