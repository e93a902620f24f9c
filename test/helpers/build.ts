import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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

/**
 * The environment of the build the suites share: a public URL of its own, so that build.test can
 * see every https://localhost:3000/ of the manifest replaced (the pages do not depend on it).
 */
export const SHARED_BUILD_ENV = { ADDIN_PUBLIC_URL: "https://addin.example.kz/ssc/" };

/** What the production build is made from: the sources, seeds, assets, manifests, configuration and installed packages. */
const BUILD_INPUTS = [
  "src",
  "seeds",
  "assets",
  "webpack.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
];

/** A hash of the build's inputs (each file's path and content) and of its environment. */
function buildKey(env: Record<string, string>): string {
  const hash = createHash("sha256").update(JSON.stringify(env));
  const add = (rel: string): void => {
    const path = join(ROOT, rel);
    if (!existsSync(path)) return;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort((a, b) => a.localeCompare(b))
      : [path];
    for (const f of files) hash.update(f.slice(ROOT.length)).update(readFileSync(f));
  };
  for (const rel of [
    ...BUILD_INPUTS,
    ...readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f)),
  ])
    add(rel);
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** How long a worker waits for another's build of the same inputs before it builds itself. */
const WAIT_FOR_OTHER_BUILD_MS = 240_000;

/**
 * The production build of the sources as they are (SHARED_BUILD_ENV), with what webpack printed:
 * built once for every suite (and run) that needs it, and again whenever an input changes (the
 * folder is named by their hash). One worker builds; another that asks meanwhile waits for it.
 */
export function buildOnce(): { dir: string; log: string } {
  const dir = join(tmpdir(), `school-safety-coverage-build-${buildKey(SHARED_BUILD_ENV)}`);
  const done = () => existsSync(join(dir, "taskpane.html"));
  const read = () => ({ dir, log: readFileSync(`${dir}.log`, "utf8") });
  if (done()) return read();
  const lock = `${dir}.lock`;
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    // Another worker builds these inputs: wait for it (a lock it left behind is waited out).
    for (let waited = 0; waited < WAIT_FOR_OTHER_BUILD_MS && !done(); waited += 500) sleep(500);
    if (done()) return read();
    rmSync(lock, { recursive: true, force: true }); // left by a worker that died: not waited on again
  }
  try {
    const built = productionBuild(SHARED_BUILD_ENV);
    writeFileSync(`${dir}.log`, built.log);
    try {
      renameSync(built.dir, dir);
    } catch (e) {
      if (!done()) throw e;
      rmSync(built.dir, { recursive: true, force: true });
    }
    return read();
  } finally {
    if (mine) rmSync(lock, { recursive: true, force: true });
  }
}
