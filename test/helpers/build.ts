import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/** A production build (webpack) into a fresh temporary folder: its folder and what webpack printed. */
export function productionBuild(env: Record<string, string> = {}): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), "build-"));
  const r = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  const log = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`build failed:\n${log}`);
  return { dir, log };
}
