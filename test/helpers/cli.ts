import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");

export type CliResult = { code: number | null; stdout: string; stderr: string };

/**
 * The CLI's own entry (runCli), in this process: what `npm run cli -- ARGS` does, without an npm
 * and a tsx start per case (seconds each). An error the CLI does not expect is printed and exits 1,
 * as its main does. `cliProcess` runs the README's command itself.
 */
export async function cli(...args: string[]): Promise<CliResult> {
  let stdout = "";
  const err: string[] = [];
  let code: number;
  try {
    code = await runCli(args, {
      out: (s) => void (stdout += `${s}\n`),
      err: (s) => void err.push(s),
    });
  } catch (e) {
    err.push(`cli: ${e instanceof Error ? e.message : String(e)}`);
    code = 1;
  }
  return { code, stdout, stderr: err.join("\n").trim() };
}

/** Runs the CLI exactly as the README says: npm run --silent cli -- ARGS. */
export function cliProcess(...args: string[]): CliResult {
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
