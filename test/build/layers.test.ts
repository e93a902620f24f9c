/**
 * The layers are enforced by `npm run lint` (eslint.config.mjs): an import that points outward
 * fails, one that points inward passes. Linted as if the code stood in each folder.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/**
 * Lints each probe (`import … from FROM` in FILE) with the project's ESLint and config, in one
 * Node process (ESLint loads eslint.config.mjs by a dynamic import, which jest's VM can't do).
 */
function restrictedAll(cases: Array<[string, string]>): boolean[] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("node:path");
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, from] of JSON.parse(process.argv[1])) {
        const [r] = await eslint.lintText('import { x } from "' + from + '";\\nexport const y = x;\\n', { filePath: path.join(process.cwd(), file) });
        out.push(r.messages.some((m) => m.ruleId === "no-restricted-imports"));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    })
  );
}

const OUTWARD: Array<[string, string]> = [
  ["src/domain/probe.ts", "../analysis/dataset"],
  ["src/domain/probe.ts", "../report/parseReport"],
  ["src/report/probe.ts", "../analysis/audit"],
  ["src/analysis/probe.ts", "../workbook/plan"],
  ["src/analysis/nested/probe.ts", "../../taskpane/App"],
  ["src/workbook/probe.ts", "../excel/loadPlan"],
  ["src/host/probe.ts", "../excel/errors"],
  ["src/excel/probe.ts", "../taskpane/App"],
  ["src/taskpane/components/probe.tsx", "../../excel/loadPlan"],
  ["src/taskpane/probe.ts", "../functions/runtime"],
  ["src/cli/probe.ts", "../excel/loadPlan"],
];
const INWARD: Array<[string, string]> = [
  ["src/report/probe.ts", "../domain/report"],
  ["src/workbook/probe.ts", "../analysis/dataset"],
  ["src/excel/probe.ts", "../workbook/plan"],
  ["src/functions/probe.ts", "../excel/requirements"],
  ["src/taskpane/components/probe.tsx", "../../host/paneHost"],
  ["src/taskpane/index.tsx", "../excel/excelPaneHost"],
  ["src/domain/probe.ts", "./lang"],
];

describe("the layers", () => {
  let verdicts: boolean[] = [];
  beforeAll(() => {
    verdicts = restrictedAll([...OUTWARD, ...INWARD]);
  });
  it.each(OUTWARD.map((c, i) => [...c, i] as const))("%s may not import %s", (_f, _from, i) => {
    expect(verdicts[i]).toBe(true);
  });
  it.each(INWARD.map((c, i) => [...c, OUTWARD.length + i] as const))(
    "%s may import %s",
    (_f, _from, i) => {
      expect(verdicts[i]).toBe(false);
    }
  );
});
