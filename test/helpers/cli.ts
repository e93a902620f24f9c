import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/** Runs the CLI exactly as the README says: npm run --silent cli -- ARGS. */
export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync("npm", ["run", "--silent", "cli", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const stderr = r.stderr
    .split("\n")
    .filter((l) => !l.startsWith("npm warn"))
    .join("\n")
    .trim();
  return { code: r.status, stdout: r.stdout, stderr };
}
