import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/** The README's start command on a machine without Excel: it serves the preview and says where. */
describe("npm start / npm stop", () => {
  it("serves the standalone preview, prints its URL and how to sideload, and stops", async () => {
    const child = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, BROWSER: "none" } });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no preview URL after 150 s:\n${out.slice(-2000)}`)),
          150_000
        );
        const check = setInterval(() => {
          const m = /Standalone preview \(no Excel needed\): (\S+)/.exec(out);
          if (m) {
            clearInterval(check);
            clearTimeout(timer);
            resolve(m[1]);
          }
        }, 200);
      });
      expect(url).toMatch(/^https?:\/\/localhost:3000\/taskpane.html$/);
      expect(out).toMatch(/Upload My Add-in › choose manifest.xml/);
      if (url.startsWith("http:"))
        expect(out).toMatch(/Could not install the development certificate/);
      if (url.startsWith("http:")) {
        const page = await (await fetch(url)).text();
        expect(page).toContain("<title>School Safety Coverage</title>");
      }
    } finally {
      const stop = spawnSync("npm", ["stop"], { cwd: ROOT, encoding: "utf8" });
      expect(stop.stdout).toMatch(/Stopped the dev server/);
      await new Promise((r) => child.once("exit", r));
    }
  }, 200_000);
});
