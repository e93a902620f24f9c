/**
 * A fresh clone anywhere: where an engine is missing, its suites are skipped with one line naming
 * it; with REQUIRE_ENGINES=1 (CI) the same absence fails. Run as a user would, in child processes.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { findChromium, findSchemas, findSoffice } from "../../scripts/engines";

const ROOT = join(__dirname, "../..");
const NOWHERE = join(ROOT, "no-such-engine");
const bin = (name: string) =>
  join(ROOT, "node_modules/.bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(bin(command), args, {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
    env: {
      ...process.env,
      REQUIRE_ENGINES: "",
      CHROMIUM_PATH: NOWHERE,
      SOFFICE_PATH: NOWHERE,
      MANIFEST_SCHEMAS: NOWHERE,
      ...env,
    },
    shell: process.platform === "win32",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("engines found or skipped", () => {
  it("an override that names nothing says so", () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      CHROMIUM_PATH: NOWHERE,
      SOFFICE_PATH: NOWHERE,
      MANIFEST_SCHEMAS: NOWHERE,
    });
    try {
      expect(findChromium()).toEqual({
        found: false,
        why: `CHROMIUM_PATH=${NOWHERE} does not exist`,
      });
      expect(findSoffice()).toEqual({
        found: false,
        why: `SOFFICE_PATH=${NOWHERE} does not exist`,
      });
      expect(findSchemas()).toMatchObject({ found: false, why: expect.stringContaining(NOWHERE) });
    } finally {
      process.env = saved;
    }
  });

  it("the manifest check: XSD skipped with a line, structural checks still run; a failure under REQUIRE_ENGINES=1", () => {
    const user = run("tsx", ["scripts/manifestCheck.ts"], {});
    expect(user.status).toBe(0);
    expect(user.out).toMatch(
      /SKIPPED the manifest's XSD check: manifest XSDs not found at .*no-such-engine/
    );
    expect(user.out).toMatch(/valid \(resource ids, permissions\)/);
    const ci = run("tsx", ["scripts/manifestCheck.ts"], { REQUIRE_ENGINES: "1" });
    expect(ci.status).toBe(1);
    expect(ci.out).toContain("[xsd] manifest XSDs not found");
  });

  it("LibreOffice suites: skipped with one line on a user's machine, failed under REQUIRE_ENGINES=1", () => {
    const args = ["--runTestsByPath", "test/xlsx/recalc.test.ts", "--coverage=false"];
    const user = run("jest", args, {});
    expect(user.status).toBe(0);
    expect(user.out).toContain(
      `SKIPPED "the exported workbook, recomputed by LibreOffice": SOFFICE_PATH=${NOWHERE} does not exist.`
    );
    expect(user.out).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
    const ci = run("jest", args, { REQUIRE_ENGINES: "1" });
    expect(ci.status).toBe(1);
    expect(ci.out).toContain("needs LibreOffice");
  }, 300_000);
});
