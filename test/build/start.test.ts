import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const PID_FILE = join(ROOT, ".tmp/dev-server.pid");

function start(args: string[] = [], env: Record<string, string> = {}) {
  const child = spawn("npm", ["start", ...(args.length ? ["--", ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, BROWSER: "none", ...env },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, output: () => out, exited };
}

/** What npm start printed until `pattern` shows, or a failure after `ms`. */
function waitFor(
  run: { output: () => string },
  pattern: RegExp,
  ms: number
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} after ${ms} ms:\n${run.output().slice(-2000)}`)),
      ms
    );
    const check = setInterval(() => {
      const m = pattern.exec(run.output());
      if (m) {
        clearInterval(check);
        clearTimeout(timer);
        resolve(m);
      }
    }, 200);
  });
}

const stopAll = (child?: ChildProcess) => {
  const stop = spawnSync("npm", ["stop"], { cwd: ROOT, encoding: "utf8" });
  child?.kill("SIGTERM");
  return stop;
};

/** The README's start command on a machine without Excel: it serves the preview and says where. */
describe("npm start / npm stop", () => {
  it("serves the standalone preview on the port asked for, refuses a second start, and stops", async () => {
    const first = start([], { PORT: "3461" });
    try {
      const [, url] = await waitFor(
        first,
        /Standalone preview \(no Excel needed\): (\S+)/,
        150_000
      );
      expect(url).toMatch(/^https?:\/\/localhost:3461\/taskpane.html$/);
      // The manifest for that port, to sideload into Excel on the web.
      expect(first.output()).toMatch(
        /Upload My Add-in › choose \.tmp[\\/]manifest\.localhost-3461\.xml/
      );
      expect(readFileSync(join(ROOT, ".tmp/manifest.localhost-3461.xml"), "utf8")).toContain(
        "https://localhost:3461/taskpane.html"
      );
      if (url.startsWith("http:")) {
        expect(first.output()).toMatch(/Could not install the development certificate/);
        const page = await (await fetch(url)).text();
        expect(page).toContain("<title>School Safety Coverage</title>");
      }
      // A second npm start while it serves: one line, and the first is not lost track of.
      const pid = readFileSync(PID_FILE, "utf8");
      const second = start();
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(
        /already being served \(pid \d+\) at https:\/\/localhost:3461\//
      );
      expect(second.output()).not.toMatch(/EADDRINUSE|at .*\.js:\d+/);
      expect(readFileSync(PID_FILE, "utf8")).toBe(pid);
    } finally {
      const stop = stopAll();
      expect(stop.stdout).toMatch(/Stopped the dev server/);
      await first.exited;
    }
    expect(existsSync(PID_FILE)).toBe(false);
  }, 200_000);

  it("a port another program holds: one line naming it and how to choose another; nothing started", async () => {
    const other = createServer().listen(3462);
    await new Promise((r) => other.once("listening", r));
    try {
      const run = start(["--port", "3462"]);
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(
        /Port 3462 is in use by another program\. Choose another: npm start -- --port 3463 \(or PORT=3463 npm start\)\./
      );
      expect(run.output()).not.toMatch(/EADDRINUSE|Error:/);
      expect(existsSync(PID_FILE)).toBe(false);
      expect(stopAll().stdout).toMatch(/Nothing to stop/);
    } finally {
      other.close();
    }
  }, 60_000);
});
