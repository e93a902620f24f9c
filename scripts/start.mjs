#!/usr/bin/env node
/**
 * npm start: build and serve the add-in on https://localhost:3000 (another port: `npm start --
 * --port 3001`, or PORT=3001).
 * - Windows or macOS: office-addin-debugging sideloads manifest.xml into desktop Excel (it starts the dev server).
 * - Elsewhere (Linux): keeps serving, prints the standalone preview URL and how to sideload into Excel on the web.
 * - No trusted development certificate: says so and serves the preview over http (Excel itself needs https).
 * - Already serving, or the port taken by another program: one line saying so, and nothing started.
 * npm stop ends it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const DEFAULT_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
const pidFile = join(root, ".tmp/dev-server.pid");

/** `--port N`, else PORT, else package.json's config.dev_server_port (3000). */
function chosenPort() {
  const i = process.argv.indexOf("--port");
  const raw = i >= 0 ? process.argv[i + 1] : process.env.PORT;
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(
      `"${raw}" is not a port: give a number from 1 to 65535 (npm start -- --port 3001).`
    );
    process.exit(2);
  }
  return port;
}

/** What a running npm start left: its pid and port, if that process still runs. */
function running() {
  if (!existsSync(pidFile)) return null;
  const [pid, port] = readFileSync(pidFile, "utf8").trim().split(/\s+/).map(Number);
  try {
    process.kill(pid, 0);
    return { pid, port: port || DEFAULT_PORT };
  } catch {
    rmSync(pidFile, { force: true }); // left by a server that ended without npm stop
    return null;
  }
}

/** Whether another program listens on the port (a bind attempt, closed at once). */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES"));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

function portBusyLine(port) {
  return `Port ${port} is in use by another program. Choose another: npm start -- --port ${port + 1} (or PORT=${port + 1} npm start).`;
}

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

/**
 * The manifest for this port: manifest.xml itself on the default port, else a copy whose
 * https://localhost:3000/ URLs name this port (in .tmp/, not to be committed).
 */
function manifestFor(port) {
  if (port === 3000) return "manifest.xml";
  const copy = join(".tmp", `manifest.localhost-${port}.xml`);
  const xml = readFileSync(join(root, "manifest.xml"), "utf8");
  writeFileSync(
    join(root, copy),
    xml.split("https://localhost:3000/").join(`https://localhost:${port}/`)
  );
  return copy;
}

/** Starts the server; the pid file holds its pid and port while it runs, and goes with it. */
function run(command, args, env, port) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  writeFileSync(pidFile, `${child.pid} ${port}`);
  let busy = false;
  child.stderr.on("data", (chunk) => {
    // Taken between the probe and the server's start: said in one line, not as a stack.
    if (/EADDRINUSE/.test(String(chunk))) {
      if (!busy) console.error(portBusyLine(port));
      busy = true;
      return;
    }
    if (!busy) process.stderr.write(chunk);
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    if (running()?.pid === child.pid) rmSync(pidFile, { force: true });
    process.exit(busy ? 1 : (code ?? 0));
  });
  return child;
}

function announce(scheme, port, manifest, problem) {
  console.log("");
  console.log(`Standalone preview (no Excel needed): ${scheme}://localhost:${port}/taskpane.html`);
  if (!desktop) {
    console.log(
      "No desktop Excel on this system, so nothing was sideloaded. To use the add-in in Excel on the web:"
    );
    console.log(
      `  open a workbook › Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in › choose ${manifest}`
    );
    console.log(
      `  (the page must be served over https with a trusted certificate${problem ? ", see above" : ""}).`
    );
  }
  console.log("npm stop ends the server.");
}

const port = chosenPort();
const already = running();
if (already) {
  console.error(
    `The add-in is already being served (pid ${already.pid}) at https://localhost:${already.port}/taskpane.html (or http:, without a certificate). npm stop ends it.`
  );
  process.exit(1);
}
if (await portTaken(port)) {
  console.error(portBusyLine(port));
  process.exit(1);
}
mkdirSync(join(root, ".tmp"), { recursive: true });
const manifest = manifestFor(port);
const problem = await certificateProblem();
const serverEnv = { DEV_SERVER_PORT: String(port), ...(problem ? { DEV_SERVER_HTTP: "1" } : {}) };
if (desktop && !problem) {
  const child = run(
    "npx",
    [
      "office-addin-debugging",
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(port),
    ],
    serverEnv,
    port
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
  const child = run("npx", ["webpack", "serve", "--mode", "development"], serverEnv, port);
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(String(chunk))) {
      announced = true;
      announce(scheme, port, manifest, problem);
    }
  });
}
