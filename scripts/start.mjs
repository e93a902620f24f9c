#!/usr/bin/env node
/**
 * npm start: build and serve the add-in on https://localhost:3000.
 * - Windows or macOS: office-addin-debugging sideloads manifest.xml into desktop Excel (it starts the dev server).
 * - Elsewhere (Linux): keeps serving, prints the standalone preview URL and how to sideload into Excel on the web.
 * - No trusted development certificate: says so and serves the preview over http (Excel itself needs https).
 * npm stop ends it.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";

async function certificateProblem() {
  try {
    const devCerts = require("office-addin-dev-certs");
    await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 60_000)),
    ]);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function run(command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  mkdirSync(join(root, ".tmp"), { recursive: true });
  writeFileSync(join(root, ".tmp/dev-server.pid"), String(child.pid));
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

const problem = await certificateProblem();
if (desktop && !problem) {
  const child = run(
    "npx",
    ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"],
    {}
  );
  child.stdout.pipe(process.stdout);
} else {
  const scheme = problem ? "http" : "https";
  if (problem) {
    console.log(`Could not install the development certificate: ${problem}`);
    console.log(
      "Serving the standalone preview over http. Excel needs https: run `npx office-addin-dev-certs install` with admin rights, then npm start again."
    );
  }
  const child = run(
    "npx",
    ["webpack", "serve", "--mode", "development"],
    problem ? { DEV_SERVER_HTTP: "1" } : {}
  );
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(String(chunk))) {
      announced = true;
      console.log("");
      console.log(
        `Standalone preview (no Excel needed): ${scheme}://localhost:${port}/taskpane.html`
      );
      if (!desktop) {
        console.log(
          "No desktop Excel on this system, so nothing was sideloaded. To use the add-in in Excel on the web:"
        );
        console.log(
          "  open a workbook › Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in › choose manifest.xml"
        );
        console.log(
          `  (the page must be served over https with a trusted certificate${problem ? ", see above" : ""}).`
        );
      }
      console.log("npm stop ends the server.");
    }
  });
}
