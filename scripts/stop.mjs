#!/usr/bin/env node
/** npm stop: ends what npm start began (the dev server; on Windows/macOS also the sideloaded Excel session). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: true,
  });
}
const pidFile = join(root, ".tmp/dev-server.pid");
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8").trim().split(/\s+/)[0]);
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(pidFile);
} else {
  console.log("Nothing to stop.");
}
